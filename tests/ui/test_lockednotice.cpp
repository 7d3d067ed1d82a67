// Two instances, one project: the second window opens the project read-only and says why.
#include "store/projectstore.h"
#include "ui/mainwindow.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

using namespace nadzor;

class TestLockedNotice : public QObject {
    Q_OBJECT
private slots:
    void secondWindowIsReadOnly();
};

void TestLockedNotice::secondWindowIsReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.nadzor"));
    ui::MainWindow first;
    QVERIFY(first.openProject(path, true));

    ui::MainWindow second;
    QVERIFY(second.openProject(path));
    QVERIFY(second.windowTitle().contains(QStringLiteral("read-only")));
    auto *notice = second.findChild<QLabel *>(QStringLiteral("noticeLabel"));
    QVERIFY(notice);
    QVERIFY2(notice->text().contains(QStringLiteral("open in another Nadzor")), qPrintable(notice->text()));
    QVERIFY(!first.windowTitle().contains(QStringLiteral("read-only")));
}

QTEST_MAIN(TestLockedNotice)
#include "test_lockednotice.moc"
