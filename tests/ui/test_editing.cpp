// The volunteer's workflow in the main window, driven with simulated clicks and keys on an
// offscreen screen: pin, fill the form, undo/redo, duplicate warning, drag, delete, review,
// photos with GPS. When NADZOR_SCREENSHOT_DIR is set, the pinning and form scenes are saved.
#include "i18n/translator.h"
#include "maps/cameralayer.h"
#include "maps/mapcanvas.h"
#include "store/projectstore.h"
#include "testphotos.h"
#include "ui/cameraform.h"
#include "ui/editcontroller.h"
#include "ui/editor.h"
#include "ui/mainwindow.h"
#include "ui/promptbar.h"
#include "ui/reviewpanel.h"

#include <QAction>
#include <QDockWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace nadzor;

namespace {

const domain::GeoPoint kBelgrade{20.4573, 44.8125};

using testing::jpegWithGps;

bool hasExif(const QByteArray &bytes)
{
    return testing::hasPhotoMetadata(bytes);
}

} // namespace

class TestEditing : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pinFillUndoRedo();
    void invalidDirectionNotCommitted();
    void duplicateWarningAddsToSite();
    void dragSite();
    void deleteAndUndo();
    void markVerified();
    void photoWithGps();
    void historySurvivesReopening();
    void purgeDeletedPhotos();
    void formToolsFitTheDock_data();
    void formToolsFitTheDock();

private:
    std::unique_ptr<ui::MainWindow> openWindow(const QString &name);
    store::ProjectStore *store() const { return m_window->projectStore(); }
    QPoint pixelOf(const domain::GeoPoint &p) const
    {
        return m_window->canvas()->viewport().lonLatToScreen(p).toPoint();
    }
    void save(const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestEditing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("NadzorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_ui_editing"));
    QSettings().clear();
    QSettings().setValue(QStringLiteral("editing/author"), QStringLiteral("Vesna"));
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<ui::MainWindow> TestEditing::openWindow(const QString &name)
{
    auto w = std::make_unique<ui::MainWindow>();
    w->resize(1280, 800);
    if (!w->openProject(m_dir.filePath(name), true))
        return nullptr;
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    QApplication::setActiveWindow(w.get());
    w->canvas()->setAnimationDuration(0);
    maps::Viewport vp = w->canvas()->viewport();
    vp.setCentre(kBelgrade.lon, kBelgrade.lat);
    vp.setZoom(17.0);
    w->canvas()->setViewport(vp);
    w->waitForIdle();
    return w;
}

void TestEditing::init()
{
    static int n = 0;
    m_window = openWindow(QStringLiteral("edit%1.nadzor").arg(++n));
    QVERIFY(m_window);
}

void TestEditing::cleanup()
{
    m_window.reset();
    i18n::install(i18n::Language::English);
}

void TestEditing::save(const QString &name)
{
    const QString dir = qEnvironmentVariable("NADZOR_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    m_window->waitForIdle();
    QTRY_VERIFY(!m_window->canvas()->isRenderPending());
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(QDir(dir).filePath(name)));
}

void TestEditing::pinFillUndoRedo()
{
    ui::Editor *editor = m_window->editor();
    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(editor->pinMode());
    QCOMPARE(m_window->canvas()->cursor().shape(), Qt::CrossCursor);

    const QPoint pixel(300, 260);
    const domain::GeoPoint expected = m_window->canvas()->viewport().screenToLonLat(pixel);
    QTest::mouseClick(m_window->canvas(), Qt::LeftButton, {}, pixel);
    QCOMPARE(store()->siteCount(), qint64(1));
    QCOMPARE(store()->cameraCount(), qint64(1));
    const domain::Site site = store()->sites().value().first();
    QVERIFY2(ui::EditController::distanceMetres(site.position, expected) < 1.0,
             qPrintable(QStringLiteral("%1 m off").arg(ui::EditController::distanceMetres(site.position, expected))));
    const qint64 cameraId = site.cameras.first().id;
    QCOMPARE(editor->currentCameraId(), cameraId);
    QVERIFY(editor->form()->isAncestorOf(QApplication::focusWidget()));
    const domain::Camera pinned = store()->camera(cameraId).value();

    // Fill the form: each field commits when it is left.
    ui::CameraForm *form = editor->form();
    form->manufacturerEdit()->setFocus();
    QTest::keyClicks(form->manufacturerEdit(), QStringLiteral("Hikvision"));
    QTest::keyClick(form->manufacturerEdit(), Qt::Key_Tab);
    QCOMPARE(store()->camera(cameraId).value().manufacturer, QStringLiteral("Hikvision"));
    const domain::Camera withManufacturer = store()->camera(cameraId).value();
    form->directionEdit()->setFocus();
    QTest::keyClicks(form->directionEdit(), QStringLiteral("90-270"));
    QTest::keyClick(form->directionEdit(), Qt::Key_Tab);
    QCOMPARE(store()->camera(cameraId).value().direction, QStringLiteral("90-270"));
    QVERIFY(form->directionMessage()->isHidden());
    const domain::Camera withDirection = store()->camera(cameraId).value();
    QCOMPARE(m_window->editor()->controller()->undoStack()->count(), 3);  // pin, 2 fields (the seeded layer is no step)
    save(QStringLiteral("camera-form.png"));

    // Ctrl+Z and Ctrl+Shift+Z restore the exact stored states.
    m_window->canvas()->setFocus();
    QTest::keyClick(m_window->canvas(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(store()->camera(cameraId).value(), withManufacturer);
    QTest::keyClick(m_window->canvas(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(store()->camera(cameraId).value(), pinned);
    QTest::keyClick(m_window->canvas(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(store()->siteCount(), qint64(0));
    QTest::keyClick(m_window->canvas(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(store()->siteCount(), qint64(1));
    QCOMPARE(store()->camera(cameraId).value().manufacturer, pinned.manufacturer);
    QCOMPARE(store()->camera(cameraId).value().uuid, pinned.uuid);
    QCOMPARE(store()->camera(cameraId).value().siteId, pinned.siteId);
    QCOMPARE(store()->camera(cameraId).value(), pinned);
    QTest::keyClick(m_window->canvas(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(m_window->canvas(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(store()->camera(cameraId).value(), withDirection);
    QCOMPARE(m_window->editor()->controller()->undoStack()->index(), 3);

    // Enter in the form returns to pinning: the next click pins the next camera.
    m_window->selectCamera(cameraId, false);
    form->manufacturerEdit()->setFocus();
    QTest::keyClick(form->manufacturerEdit(), Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(m_window->canvas()));
    QTest::mouseClick(m_window->canvas(), Qt::LeftButton, {}, QPoint(200, 420));
    QCOMPARE(store()->siteCount(), qint64(2));
    m_window->waitForIdle();
    save(QStringLiteral("pinning.png"));
}

void TestEditing::invalidDirectionNotCommitted()
{
    auto pinned = m_window->editor()->controller()->pinCamera(kBelgrade);
    QVERIFY(pinned.ok());
    m_window->selectCamera(pinned.value(), false);
    ui::CameraForm *form = m_window->editor()->form();
    form->directionEdit()->setFocus();
    QTest::keyClicks(form->directionEdit(), QStringLiteral("sideways"));
    QTest::keyClick(form->directionEdit(), Qt::Key_Tab);
    QVERIFY(!form->directionMessage()->isHidden());
    QVERIFY(form->directionMessage()->text().startsWith(QStringLiteral("Not a direction")));
    QCOMPARE(store()->camera(pinned.value()).value().direction, QString());
    // Correcting it commits and clears the message.
    form->directionEdit()->setFocus();
    form->directionEdit()->selectAll();
    QTest::keyClicks(form->directionEdit(), QStringLiteral("NE"));
    QTest::keyClick(form->directionEdit(), Qt::Key_Tab);
    QVERIFY(form->directionMessage()->isHidden());
    QCOMPARE(store()->camera(pinned.value()).value().direction, QStringLiteral("NE"));
}

void TestEditing::duplicateWarningAddsToSite()
{
    auto first = m_window->editor()->controller()->pinCamera(kBelgrade);
    QVERIFY(first.ok());
    // 3 m east.
    const double dLon = 3.0 / (111320.0 * std::cos(kBelgrade.lat * M_PI / 180.0));
    const domain::GeoPoint near{kBelgrade.lon + dLon, kBelgrade.lat};
    QVERIFY(std::abs(ui::EditController::distanceMetres(kBelgrade, near) - 3.0) < 0.05);
    m_window->editor()->setPinMode(true);
    QTest::mouseClick(m_window->canvas(), Qt::LeftButton, {}, pixelOf(near));
    ui::PromptBar *prompt = m_window->editor()->prompt();
    QVERIFY(prompt->isOpen());
    QVERIFY2(prompt->text().contains(QStringLiteral("Likely duplicate")), qPrintable(prompt->text()));
    QCOMPARE(prompt->acceptButton()->text(), QStringLiteral("Add to existing site"));
    QCOMPARE(store()->cameraCount(), qint64(1));
    // Enter takes the default answer.
    QTest::keyClick(prompt->acceptButton(), Qt::Key_Return);
    QVERIFY(!prompt->isOpen());
    QCOMPARE(store()->siteCount(), qint64(1));
    QCOMPARE(store()->cameraCount(), qint64(2));

    // 30 m away is another site, without a question.
    const domain::GeoPoint far{kBelgrade.lon + 10 * dLon, kBelgrade.lat};
    m_window->editor()->pinAt(far);
    QVERIFY(!prompt->isOpen());
    QCOMPARE(store()->siteCount(), qint64(2));
}

void TestEditing::dragSite()
{
    auto pinned = m_window->editor()->controller()->pinCamera(kBelgrade);
    QVERIFY(pinned.ok());
    m_window->waitForIdle();
    QTRY_VERIFY(m_window->cameraLayer()->index() && m_window->cameraLayer()->index()->size() == 1);
    m_window->editor()->moveAction()->setChecked(true);
    const QPoint from = pixelOf(kBelgrade);
    QCOMPARE(m_window->canvas()->cameraAt(from), std::optional<qint64>(pinned.value()));
    const QPoint to = from + QPoint(60, -30);
    const domain::GeoPoint expected = m_window->canvas()->viewport().screenToLonLat(QPointF(to));
    QTest::mousePress(m_window->canvas(), Qt::LeftButton, {}, from);
    QTest::mouseMove(m_window->canvas(), from + QPoint(20, -10));
    QTest::mouseMove(m_window->canvas(), to);
    QTest::mouseRelease(m_window->canvas(), Qt::LeftButton, {}, to);
    const domain::Site moved = store()->sites().value().first();
    QVERIFY2(ui::EditController::distanceMetres(moved.position, expected) < 0.5,
             qPrintable(QStringLiteral("%1 m off").arg(ui::EditController::distanceMetres(moved.position, expected))));
    // The map did not pan while the site moved.
    QCOMPARE(m_window->canvas()->viewport().centre(), kBelgrade);
    // One undo puts it back.
    QVERIFY(m_window->editor()->controller()->undo());
    QCOMPARE(store()->sites().value().first().position, kBelgrade);
}

void TestEditing::deleteAndUndo()
{
    auto pinned = m_window->editor()->controller()->pinCamera(kBelgrade);
    QVERIFY(pinned.ok());
    const domain::Site before = store()->sites().value().first();
    m_window->selectCamera(pinned.value(), false);
    m_window->canvas()->setFocus();
    QTest::keyClick(m_window->canvas(), Qt::Key_Delete);
    QCOMPARE(store()->siteCount(), qint64(0));
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.startsWith(QStringLiteral("Deleted site")) && message.endsWith(QStringLiteral("Undo (Ctrl+Z)")),
             qPrintable(message));
    QTest::keyClick(m_window->canvas(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(store()->siteCount(), qint64(1));
    QCOMPARE(store()->sites().value().first(), before);
}

void TestEditing::markVerified()
{
    auto pinned = m_window->editor()->controller()->pinCamera(kBelgrade);
    QVERIFY(pinned.ok());
    QCOMPARE(m_window->editor()->reviewPanel()->cameraIds(), QList<qint64>{pinned.value()});
    m_window->selectCamera(pinned.value(), false);
    m_window->canvas()->setFocus();
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QTest::keyClick(m_window->canvas(), Qt::Key_1, Qt::ControlModifier);
    const domain::Camera c = store()->camera(pinned.value()).value();
    QCOMPARE(c.status, domain::VerificationStatus::Verified);
    QCOMPARE(c.reviewedBy, QStringLiteral("Vesna"));
    QVERIFY(c.reviewedAt >= before && c.reviewedAt <= QDateTime::currentDateTimeUtc());
    QVERIFY(m_window->editor()->reviewPanel()->cameraIds().isEmpty());
    QTest::keyClick(m_window->canvas(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(store()->camera(pinned.value()).value().status, domain::VerificationStatus::Disputed);
    QCOMPARE(m_window->editor()->reviewPanel()->cameraIds(), QList<qint64>{pinned.value()});
}

void TestEditing::photoWithGps()
{
    auto pinned = m_window->editor()->controller()->pinCamera(kBelgrade);
    QVERIFY(pinned.ok());
    m_window->selectCamera(pinned.value(), false);
    const QString path = m_dir.filePath(QStringLiteral("walk-001.jpg"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(jpegWithGps());
    }
    m_window->editor()->attachPhotoFiles({path});
    ui::PromptBar *prompt = m_window->editor()->prompt();
    QVERIFY(prompt->isOpen());
    // 44°48'59.76"N 20°27'25.2"E
    QVERIFY2(prompt->text().contains(QStringLiteral("(44.816600, 20.457000)")), qPrintable(prompt->text()));
    QVERIFY(prompt->text().contains(QStringLiteral("Place site at the photo's position")));
    auto photos = store()->photosOfCamera(pinned.value());
    QVERIFY(photos.ok());
    QCOMPARE(photos.value().size(), 1);
    QVERIFY(!hasExif(photos.value().first().data));
    QVERIFY(!photos.value().first().data.contains("Secret Volunteer"));
    prompt->accept();
    const domain::Site moved = store()->sites().value().first();
    QVERIFY(std::abs(moved.position.lat - 44.8166) < 1e-9);
    QVERIFY(std::abs(moved.position.lon - 20.457) < 1e-9);
}

void TestEditing::historySurvivesReopening()
{
    auto pinned = m_window->editor()->controller()->pinCamera(kBelgrade);
    QVERIFY(pinned.ok());
    domain::Camera c = store()->camera(pinned.value()).value();
    c.manufacturer = QStringLiteral("Dahua");
    QVERIFY(m_window->editor()->controller()->updateCamera(c).ok());
    const QString path = store()->path();
    m_window.reset();
    m_window = std::make_unique<ui::MainWindow>();
    QVERIFY(m_window->openProject(path));
    QUndoStack *stack = m_window->editor()->controller()->undoStack();
    QCOMPARE(stack->count(), 2);  // pin, change (the seeded boundary layer is no step)
    QVERIFY(stack->undoText().startsWith(QStringLiteral("Changed camera")));
    QVERIFY(m_window->editor()->controller()->undo());
    QCOMPARE(store()->camera(pinned.value()).value().manufacturer, QString());
    QVERIFY(m_window->editor()->controller()->redo());
    QCOMPARE(store()->camera(pinned.value()).value().manufacturer, QStringLiteral("Dahua"));
}

void TestEditing::purgeDeletedPhotos()
{
    auto pinned = m_window->editor()->controller()->pinCamera(kBelgrade);
    QVERIFY(pinned.ok());
    m_window->selectCamera(pinned.value(), false);
    const QString path = m_dir.filePath(QStringLiteral("walk-purge.jpg"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(jpegWithGps());
    }
    m_window->editor()->attachPhotoFiles({path});
    m_window->editor()->prompt()->cancel();
    auto photos = store()->photosOfCamera(pinned.value());
    QVERIFY(photos.ok());
    QCOMPARE(photos.value().size(), 1);
    const QByteArray stored = photos.value().first().data;
    QVERIFY(m_window->editor()->controller()->deletePhoto(photos.value().first().id).ok());
    QCOMPARE(store()->deletedPhotoCount().value(), qint64(1));
    QVERIFY(m_window->editor()->controller()->undoStack()->canUndo());

    auto *action = m_window->findChild<QAction *>(QStringLiteral("purgePhotosAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    // Cancel first: nothing changes.
    bool asked = false;
    const auto answer = [&asked](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [&asked, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = box->text().startsWith(QStringLiteral("1 deleted photo"));
            box->button(button)->click();
        });
    };
    answer(QMessageBox::Cancel);
    action->trigger();
    QVERIFY(asked);
    QCOMPARE(store()->deletedPhotoCount().value(), qint64(1));

    asked = false;
    answer(QMessageBox::Yes);
    action->trigger();
    QVERIFY(asked);
    QCOMPARE(store()->deletedPhotoCount().value(), qint64(0));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Purged 1 deleted photo")),
             qPrintable(m_window->statusBar()->currentMessage()));
    // Undo stops at the purge: the photo cannot come back, in the GUI or from the store.
    QVERIFY(!m_window->editor()->controller()->undoStack()->canUndo());
    QVERIFY(!store()->canUndo());
    // (That the bytes leave the file and its WAL is tested on the store: test_photos.)
    Q_UNUSED(stored);
}

void TestEditing::formToolsFitTheDock_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("verifyText");
    QTest::newRow("en") << int(i18n::Language::English) << QStringLiteral("Mark Verified");
    QTest::newRow("sr_Latn") << int(i18n::Language::SerbianLatin) << QStringLiteral("Označi kao proverenu");
    QTest::newRow("sr_Cyrl") << int(i18n::Language::SerbianCyrillic) << QStringLiteral("Означи као проверену");
}

// The form's buttons (copy attributes, mark verified/disputed/removed) are each shown whole in
// the Details dock at its default width, in every language: they wrap onto further lines
// instead of running off the dock's right edge.
void TestEditing::formToolsFitTheDock()
{
    QFETCH(int, language);
    QFETCH(QString, verifyText);
    m_window.reset();
    QVERIFY(i18n::install(i18n::Language(language)));
    static int n = 0;
    m_window = openWindow(QStringLiteral("tools%1.nadzor").arg(++n));
    QVERIFY(m_window);
    auto pinned = m_window->editor()->controller()->pinCamera(kBelgrade);
    QVERIFY(pinned.ok());
    m_window->selectCamera(pinned.value(), false);
    m_window->waitForIdle();
    QApplication::processEvents();

    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("detailsDock"));
    QVERIFY(dock && dock->isVisible());
    QVERIFY2(dock->width() >= 400 && dock->width() <= 560, qPrintable(QString::number(dock->width())));
    QWidget *row = m_window->findChild<QWidget *>(QStringLiteral("cameraFormTools"));
    QVERIFY(row && row->isVisible());
    QScrollArea *scroll = nullptr;
    for (QWidget *w = row->parentWidget(); w && !scroll; w = w->parentWidget())
        scroll = qobject_cast<QScrollArea *>(w);
    QVERIFY(scroll);
    QWidget *viewport = scroll->viewport();
    QTRY_VERIFY(!scroll->horizontalScrollBar()->isVisible() || scroll->horizontalScrollBar()->maximum() == 0);
    const QList<QToolButton *> buttons = row->findChildren<QToolButton *>();
    QCOMPARE(buttons.size(), 4);
    QStringList texts;
    for (QToolButton *b : buttons) {
        texts << b->text();
        QVERIFY(b->isVisible());
        const QRect shown(b->mapTo(viewport, QPoint(0, 0)), b->size());
        QVERIFY2(viewport->rect().contains(shown),
                 qPrintable(QStringLiteral("\"%1\" at %2,%3 %4x%5 outside the dock's %6 px")
                                .arg(b->text()).arg(shown.x()).arg(shown.y()).arg(shown.width()).arg(shown.height())
                                .arg(viewport->width())));
        QVERIFY2(b->width() >= b->sizeHint().width(), qPrintable(b->text()));  // the text is not cut
    }
    QVERIFY(texts.contains(verifyText));
    // No two buttons overlap.
    for (int i = 0; i < buttons.size(); ++i)
        for (int j = i + 1; j < buttons.size(); ++j)
            QVERIFY(!buttons[i]->geometry().intersects(buttons[j]->geometry()));
    const QString dir = qEnvironmentVariable("NADZOR_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(dock->grab().save(QDir(dir).filePath(QStringLiteral("form-tools-%1.png").arg(QTest::currentDataTag()))));
}

QTEST_MAIN(TestEditing)
#include "test_editing.moc"
