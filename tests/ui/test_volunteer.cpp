// The volunteer's workflow, second part, driven with simulated clicks and keys offscreen:
// merging another volunteer's project through the review dialog, the Cameras filters (type,
// operator, source, date range) that the list, the map and the density follow, search across
// scripts, the History dock, the direction handle, photos dropped on the Details dock, a site
// from a photo's GPS position, copying attributes (Ctrl+Shift+V) and Undo on a fresh project.
// When NADZOR_SCREENSHOT_DIR is set, the merge dialog and the History dock are saved.
#include "maps/cameralayer.h"
#include "testphotos.h"
#include "maps/mapcanvas.h"
#include "store/journalentry.h"
#include "store/projectstore.h"
#include "ui/camerafilterform.h"
#include "ui/cameraspanel.h"
#include "ui/densitypanel.h"
#include "ui/densitytablemodel.h"
#include "ui/editcontroller.h"
#include "ui/editor.h"
#include "ui/historypanel.h"
#include "ui/mainwindow.h"
#include "ui/mergepairpreview.h"
#include "ui/mergereviewdialog.h"
#include "ui/mergeworkflow.h"
#include "ui/photostrip.h"
#include "ui/promptbar.h"
#include "ui/searchbox.h"
#include "ui/siteedittool.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDockWidget>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace nadzor;

namespace {

const domain::GeoPoint kBelgrade{20.4573, 44.8125};

// `metres` east of a point.
domain::GeoPoint east(const domain::GeoPoint &p, double metres)
{
    return {p.lon + metres / (111319.49 * std::cos(p.lat * M_PI / 180.0)), p.lat};
}

using testing::jpegWithGps;

bool hasExif(const QByteArray &bytes)
{
    return testing::hasPhotoMetadata(bytes);
}

domain::Camera camera(const QString &manufacturer, const QString &cameraType, const QString &direction = {})
{
    domain::Camera c;
    c.surveillance = QStringLiteral("public");
    c.surveillanceType = QStringLiteral("camera");
    c.manufacturer = manufacturer;
    c.cameraType = cameraType;
    c.direction = direction;
    return c;
}

bool addSite(store::ProjectStore &store, const domain::GeoPoint &at, const QList<domain::Camera> &cameras,
             const QString &address = {})
{
    domain::Site site;
    site.position = at;
    site.address = address;
    site.cameras = cameras;
    return store.addSite(site).ok();
}

} // namespace

class TestVolunteer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void freshProjectHasNothingToUndo();
    void mergeReviewAcceptAndReject();
    void filtersFollowListMapAndDensity_data();
    void filtersFollowListMapAndDensity();
    void searchAcrossScripts();
    void historyDockUndoToHere();
    void directionHandleSetsBearing();
    void photoDroppedOnDetails();
    void siteFromPhotoPosition();
    void copyAttributesFromPrevious();

private:
    bool openWindow(const QString &path, bool create);
    store::ProjectStore *store() const { return m_window->projectStore(); }
    QString filtersProject();
    void save(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestVolunteer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("NadzorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_ui_volunteer"));
    QSettings().clear();
    QSettings().setValue(QStringLiteral("editing/author"), QStringLiteral("Vesna"));
    QVERIFY(m_dir.isValid());
}

void TestVolunteer::cleanup()
{
    m_window.reset();
}

bool TestVolunteer::openWindow(const QString &path, bool create)
{
    m_window = std::make_unique<ui::MainWindow>();
    m_window->resize(1280, 800);
    if (!m_window->openProject(path, create))
        return false;
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return false;
    QApplication::setActiveWindow(m_window.get());
    m_window->canvas()->setAnimationDuration(0);
    maps::Viewport vp = m_window->canvas()->viewport();
    vp.setCentre(kBelgrade.lon, kBelgrade.lat);
    vp.setZoom(17.0);
    m_window->canvas()->setViewport(vp);
    m_window->waitForIdle();
    return true;
}

void TestVolunteer::save(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("NADZOR_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    m_window->waitForIdle();
    QTRY_VERIFY(!m_window->canvas()->isRenderPending());
    QApplication::processEvents();
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

void TestVolunteer::freshProjectHasNothingToUndo()
{
    const QString path = m_dir.filePath(QStringLiteral("fresh.nadzor"));
    QVERIFY(openWindow(path, true));
    // The bundled municipalities are in the file, but seeding them was no edit.
    QCOMPARE(store()->boundaryLayers().value().size(), 1);
    QCOMPARE(store()->boundaryLayers().value().first().boundaries.size(), 145);
    QVERIFY(store()->journal().value().isEmpty());
    QVERIFY(!store()->canUndo());
    QCOMPARE(m_window->editor()->controller()->undoStack()->count(), 0);
    QAction *undo = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = a;
    QVERIFY(undo);
    QVERIFY(!undo->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(store()->boundaryLayers().value().size(), 1);
    // The first edit is the first step; undoing it leaves the layer.
    QVERIFY(m_window->editor()->controller()->pinCamera(kBelgrade).ok());
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QVERIFY(!undo->isEnabled());
    QCOMPARE(store()->siteCount(), qint64(0));
    QCOMPARE(store()->boundaryLayers().value().size(), 1);
    // Reopened, still nothing to undo.
    m_window.reset();
    QVERIFY(openWindow(path, false));
    QVERIFY(!store()->canUndo());
    QCOMPARE(m_window->boundaryLayer().boundaries.size(), 145);
}

void TestVolunteer::mergeReviewAcceptAndReject()
{
    const domain::GeoPoint far{20.4700, 44.8050};
    const domain::GeoPoint second = east(kBelgrade, 200);
    // The project: a Dahua dome at kBelgrade, a fixed Hikvision 200 m east.
    const QString basePath = m_dir.filePath(QStringLiteral("base.nadzor"));
    {
        auto created = store::ProjectStore::create(basePath);
        QVERIFY(created.ok());
        QVERIFY(addSite(*created.value(), kBelgrade, {camera(QStringLiteral("Dahua"), QStringLiteral("dome"), QStringLiteral("90"))},
                        QStringLiteral("Knez Mihailova 5")));
        QVERIFY(addSite(*created.value(), second, {camera(QStringLiteral("Hikvision"), QStringLiteral("fixed"))}));
    }
    // Ana's project: the same Dahua 4 m away with its model; a dome 5 m from the Hikvision
    // (a different camera type: a pair to review); a new site.
    const QString anaPath = m_dir.filePath(QStringLiteral("ana.nadzor"));
    {
        auto created = store::ProjectStore::create(anaPath);
        QVERIFY(created.ok());
        created.value()->setAuthor(QStringLiteral("Ana"));
        domain::Camera dahua = camera(QStringLiteral("Dahua"), QStringLiteral("dome"), QStringLiteral("95"));
        dahua.model = QStringLiteral("IPC-HDW2431");
        QVERIFY(addSite(*created.value(), east(kBelgrade, 4), {dahua}));
        QVERIFY(addSite(*created.value(), east(second, 5), {camera(QString(), QStringLiteral("dome"))}));
        QVERIFY(addSite(*created.value(), far, {camera(QStringLiteral("Huawei"), QStringLiteral("fixed"))}));
    }
    QVERIFY(openWindow(basePath, false));
    QCOMPARE(store()->siteCount(), qint64(2));
    const qint64 dahuaId = store()->sites().value().first().cameras.first().id;

    ui::MergeWorkflow *merge = m_window->editor()->merge();
    QVERIFY(merge->action()->isEnabled());
    QSignalSpy ready(merge, &ui::MergeWorkflow::reviewReady);
    QVERIFY(merge->start(anaPath));
    merge->waitForReview();
    QTRY_COMPARE(ready.count(), 1);
    ui::MergeReviewDialog *dialog = merge->dialog();
    QVERIFY(dialog && dialog->isVisible());
    QApplication::setActiveWindow(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));

    // Two likely duplicates, side by side.
    QCOMPARE(dialog->pairList()->count(), 2);
    QCOMPARE(dialog->contributorsEdit()->text(), QStringLiteral("Ana"));
    QCOMPARE(dialog->currentItem(), 0);
    QVERIFY2(dialog->pairHeader()->text().contains(QStringLiteral("4.0 m")), qPrintable(dialog->pairHeader()->text()));
    QTableWidget *table = dialog->comparison();
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("Existing"));
    bool modelRow = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() != QStringLiteral("Model"))
            continue;
        modelRow = true;
        QCOMPARE(table->item(row, 1)->text(), QString());
        QCOMPARE(table->item(row, 2)->text(), QStringLiteral("IPC-HDW2431"));
        QVERIFY(table->item(row, 2)->background() != QBrush());  // fills an empty field
    }
    QVERIFY(modelRow);
    QVERIFY(!dialog->preview()->render(QSize(200, 150)).isNull());

    // A accepts the first pair and moves on; R rejects the second (a different place).
    QTest::keyClick(dialog->pairList(), Qt::Key_A);
    QCOMPARE(dialog->plan().item(0).decision, merge::Decision::Accept);
    QCOMPARE(dialog->pairList()->currentRow(), 1);
    QVERIFY2(dialog->pairHeader()->text().contains(QStringLiteral("5.0 m")), qPrintable(dialog->pairHeader()->text()));
    // The camera types differ: highlighted as a conflict.
    bool conflict = false;
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == QStringLiteral("Camera type"))
            conflict = table->item(row, 1)->text() == QStringLiteral("Fixed") && table->item(row, 2)->text() == QStringLiteral("Dome")
                && table->item(row, 1)->background() != QBrush();
    QVERIFY(conflict);
    QTest::keyClick(dialog->pairList(), Qt::Key_R);
    QCOMPARE(dialog->plan().item(1).decision, merge::Decision::Reject);
    // Each entry is shown whole: wrapped at word breaks and as tall as its text, also after a
    // decision made it longer ("✗ rejected: keep both").
    QListWidget *pairs = dialog->pairList();
    QVERIFY(pairs->wordWrap());
    QVERIFY2(pairs->width() >= 300, qPrintable(QString::number(pairs->width())));
    for (int row = 0; row < pairs->count(); ++row) {
        const QRect shown = pairs->visualItemRect(pairs->item(row));
        const QRect needed = pairs->fontMetrics().boundingRect(QRect(0, 0, shown.width() - 8, 10000), Qt::TextWordWrap,
                                                               pairs->item(row)->text());
        QVERIFY2(shown.height() >= needed.height() && shown.right() <= pairs->viewport()->width(),
                 qPrintable(QStringLiteral("%1: %2 px shown, %3 px needed").arg(pairs->item(row)->text())
                                .arg(shown.height()).arg(needed.height())));
    }
    // The same keys on a Serbian Cyrillic layout (Р U+0420, А U+0410) decide too.
    dialog->pairList()->setCurrentRow(0);
    // (QTest::keyClick only takes Latin keys: send the events a Cyrillic layout delivers.)
    const auto cyrillicKey = [&](int key, const QString &text) {
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
        QApplication::sendEvent(dialog->pairList(), &press);
    };
    cyrillicKey(0x0420, QStringLiteral("р"));
    QCOMPARE(dialog->plan().item(0).decision, merge::Decision::Reject);
    dialog->pairList()->setCurrentRow(0);
    cyrillicKey(0x0410, QStringLiteral("а"));
    QCOMPARE(dialog->plan().item(0).decision, merge::Decision::Accept);
    QCOMPARE(dialog->plan().item(1).decision, merge::Decision::Reject);
    // Arrows move between the pairs.
    dialog->pairList()->setCurrentRow(1);
    QTest::keyClick(dialog->pairList(), Qt::Key_Up);
    QCOMPARE(dialog->currentItem(), 0);
    const ui::MergeReviewDialog::Summary s = dialog->summary();
    QCOMPARE(s.added, 1);
    QCOMPARE(s.merged, 1);
    QCOMPARE(s.keptBoth, 1);
    QCOMPARE(dialog->summaryLabel()->text(), QStringLiteral("1 new, 1 merged, 1 kept both"));
    save(dialog, QStringLiteral("merge-review.png"));

    // Enter applies: one step naming Ana.
    QSignalSpy merged(merge, &ui::MergeWorkflow::merged);
    QTest::keyClick(dialog->pairList(), Qt::Key_Return);
    QTRY_COMPARE(merged.count(), 1);
    QCOMPARE(store()->siteCount(), qint64(4));
    QCOMPARE(store()->cameraCount(), qint64(4));
    QCOMPARE(m_window->sites().size(), 4);
    QCOMPARE(store()->camera(dahuaId).value().model, QStringLiteral("IPC-HDW2431"));
    QCOMPARE(store()->camera(dahuaId).value().direction, QStringLiteral("90"));  // the existing value is kept
    const store::JournalEntry entry = store()->journal().value().last();
    QCOMPARE(entry.action, QStringLiteral("merge"));
    QCOMPARE(entry.author, QStringLiteral("Vesna"));
    QVERIFY2(entry.summary.contains(QStringLiteral("Ana")) && entry.summary.contains(QStringLiteral("ana.nadzor")),
             qPrintable(entry.summary));
    // The History dock shows who contributed what.
    ui::HistoryPanel *history = m_window->editor()->historyPanel();
    QCOMPARE(history->view()->topLevelItem(0)->text(ui::HistoryPanel::Summary), entry.summary);
    QCOMPARE(history->view()->topLevelItem(0)->text(ui::HistoryPanel::Action), QStringLiteral("Merge"));
    QCOMPARE(history->currentRow(), 0);

    // One undo takes the whole merge back.
    QVERIFY(m_window->editor()->controller()->undo());
    QCOMPARE(store()->siteCount(), qint64(2));
    QCOMPARE(store()->cameraCount(), qint64(2));
    QCOMPARE(store()->camera(dahuaId).value().model, QString());
    QCOMPARE(m_window->sites().size(), 2);
    QVERIFY(m_window->editor()->controller()->redo());
    QCOMPARE(store()->siteCount(), qint64(4));
}

QString TestVolunteer::filtersProject()
{
    const QString path = m_dir.filePath(QStringLiteral("filters.nadzor"));
    if (QFileInfo::exists(path))
        return path;
    auto created = store::ProjectStore::create(path);
    if (!created.ok())
        return {};
    struct Row {
        const char *type, *op, *source;
        QDate observed;
    };
    const Row rows[] = {
        {"camera", "MUP", "volunteer", QDate(2024, 3, 1)},
        {"ALPR", "MUP", "osm", QDate(2024, 6, 15)},
        {"camera", "Grad Beograd", "volunteer", QDate(2023, 12, 31)},
        {"camera", "MUP", "osm", QDate()},
        {"guard", "Grad Beograd", "procurement", QDate(2024, 9, 1)},
    };
    int i = 0;
    for (const Row &r : rows) {
        domain::Camera c = camera(QStringLiteral("Dahua"), QStringLiteral("dome"));
        c.surveillanceType = QString::fromLatin1(r.type);
        c.operatorName = QString::fromLatin1(r.op);
        c.source = QString::fromLatin1(r.source);
        c.observed = r.observed;
        if (!addSite(*created.value(), east(kBelgrade, 30.0 * i++), {c}))
            return {};
    }
    return path;
}

void TestVolunteer::filtersFollowListMapAndDensity_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("expected");
    QTest::newRow("type camera") << "type" << "camera" << QDate() << QDate() << 3;
    QTest::newRow("type ALPR") << "type" << "ALPR" << QDate() << QDate() << 1;
    QTest::newRow("operator MUP") << "operator" << "MUP" << QDate() << QDate() << 3;
    QTest::newRow("source osm") << "source" << "osm" << QDate() << QDate() << 2;
    QTest::newRow("first half of 2024") << "" << "" << QDate(2024, 1, 1) << QDate(2024, 6, 30) << 2;
    QTest::newRow("from 2024") << "" << "" << QDate(2024, 1, 1) << QDate() << 3;
    QTest::newRow("until 2023") << "" << "" << QDate() << QDate(2023, 12, 31) << 1;
    QTest::newRow("MUP in 2024") << "operator" << "MUP" << QDate(2024, 1, 1) << QDate(2024, 12, 31) << 2;
}

void TestVolunteer::filtersFollowListMapAndDensity()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, expected);
    const QString path = filtersProject();
    QVERIFY(!path.isEmpty());
    QVERIFY(openWindow(path, false));
    QCOMPARE(m_window->cameraLayer()->index()->size(), 5);
    ui::CameraFilterForm *form = m_window->camerasPanel()->filterForm();
    QSignalSpy updated(m_window.get(), &ui::MainWindow::densityUpdated);
    if (!field.isEmpty()) {
        QComboBox *box = field == QLatin1String("type") ? form->typeBox()
            : field == QLatin1String("operator")        ? form->operatorBox()
                                                        : form->sourceBox();
        const int index = box->findData(value);  // the stored value (the type shows its label)
        QVERIFY(index > 0);
        box->setCurrentIndex(index);
    }
    if (from.isValid() || to.isValid()) {
        // The date edits (an end left at its minimum shows "any": the empty state).
        if (from.isValid())
            form->fromEdit()->setDate(from);
        if (to.isValid())
            form->toEdit()->setDate(to);
        QCOMPARE(form->fromEdit()->text() == QStringLiteral("any"), !from.isValid());
    }
    QCOMPARE(form->observedFrom(), from);
    QCOMPARE(form->observedTo(), to);
    QCOMPARE(m_window->camerasPanel()->view()->model()->rowCount(), expected);
    m_window->waitForIdle();
    QTRY_VERIFY(updated.count() >= 1);
    QCOMPARE(m_window->cameraLayer()->index()->size(), expected);
    QCOMPARE(m_window->densityPanel()->model()->aggregation().cameras, qint64(expected));
    QCOMPARE(m_window->cameraFilter().observedFrom, from);

    if (QByteArray(QTest::currentDataTag()) == "MUP in 2024") {
        // The screenshot: the filtered Cameras dock, and the History dock beside the layers.
        auto *cameras = m_window->findChild<QDockWidget *>(QStringLiteral("camerasDock"));
        auto *history = m_window->findChild<QDockWidget *>(QStringLiteral("historyDock"));
        QVERIFY(cameras && history);
        QVERIFY(m_window->editor()->controller()->pinCamera(east(kBelgrade, -40)).ok());
        m_window->addDockWidget(Qt::LeftDockWidgetArea, history);
        history->show();
        cameras->raise();
        m_window->waitForIdle();
        save(m_window.get(), QStringLiteral("history-filters.png"));
        QVERIFY(m_window->editor()->controller()->undo());
    }

    // The empty state: back to every camera.
    form->reset();
    m_window->waitForIdle();
    QCOMPARE(m_window->camerasPanel()->view()->model()->rowCount(), 5);
    QTRY_COMPARE(m_window->cameraLayer()->index()->size(), 5);
}

void TestVolunteer::searchAcrossScripts()
{
    const QString path = m_dir.filePath(QStringLiteral("scripts.nadzor"));
    {
        auto created = store::ProjectStore::create(path);
        QVERIFY(created.ok());
        domain::Camera c = camera(QStringLiteral("Dahua"), QStringLiteral("dome"));
        c.notes = QStringLiteral("Осечина, центар");
        QVERIFY(addSite(*created.value(), kBelgrade, {c}));
        c.notes = QStringLiteral("kod opštine Osečina");
        QVERIFY(addSite(*created.value(), east(kBelgrade, 50), {c}));
        c.notes = QStringLiteral("Valjevo");
        QVERIFY(addSite(*created.value(), east(kBelgrade, 100), {c}));
    }
    QVERIFY(openWindow(path, false));
    ui::SearchBox *search = m_window->camerasPanel()->searchBox();
    QTest::keyClicks(search, QStringLiteral("osecina"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_window->camerasPanel()->view()->model()->rowCount(), 2);
    m_window->waitForIdle();
    QTRY_COMPARE(m_window->cameraLayer()->index()->size(), 2);
    search->clear();
    search->insert(QStringLiteral("ОСЕЧИНА"));  // as an input method types it (keyClicks is Latin-1 only)
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_window->camerasPanel()->view()->model()->rowCount(), 2);

    // The density table's filter, both ways round.
    QCOMPARE(ui::SearchBox::fold(QStringLiteral("Осечина")), QStringLiteral("osecina"));
    QCOMPARE(ui::SearchBox::fold(QStringLiteral("Ђурђево")), QStringLiteral("djurdjevo"));
    ui::SearchBox *filter = m_window->densityPanel()->filterBox();
    QAbstractItemModel *model = m_window->densityPanel()->view()->model();
    filter->insert(QStringLiteral("осечина"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Osečina"));
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("osecina"));
    QCOMPARE(model->rowCount(), 1);
    filter->clear();
    QCOMPARE(model->rowCount(), 145);
}

void TestVolunteer::historyDockUndoToHere()
{
    const QString path = m_dir.filePath(QStringLiteral("history.nadzor"));
    QVERIFY(openWindow(path, true));
    ui::EditController *controller = m_window->editor()->controller();
    for (int i = 0; i < 3; ++i)
        QVERIFY(controller->pinCamera(east(kBelgrade, 40.0 * i)).ok());
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("historyDock"));
    QVERIFY(dock);
    dock->show();
    dock->raise();
    ui::HistoryPanel *history = m_window->editor()->historyPanel();
    QTreeWidget *view = history->view();
    QCOMPARE(view->topLevelItemCount(), 4);  // three entries and the start
    QCOMPARE(history->currentRow(), 0);
    const QList<store::JournalEntry> journal = store()->journal().value();
    QCOMPARE(view->topLevelItem(0)->text(ui::HistoryPanel::Time),
             QStringLiteral("▶ ") + QLocale().toString(journal.last().at.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(view->topLevelItem(0)->text(ui::HistoryPanel::Author), QStringLiteral("Vesna"));
    QCOMPARE(view->topLevelItem(0)->text(ui::HistoryPanel::Action), QStringLiteral("Add site"));
    QCOMPARE(view->topLevelItem(2)->data(0, ui::HistoryPanel::JournalIdRole).toLongLong(), journal.first().id);

    // "Undo to Here" on the oldest entry: the two newer ones are undone.
    view->setCurrentItem(view->topLevelItem(2));
    QVERIFY(history->undoToHereButton()->isEnabled());
    QTest::mouseClick(history->undoToHereButton(), Qt::LeftButton);
    QCOMPARE(store()->siteCount(), qint64(1));
    QCOMPARE(m_window->sites().size(), 1);
    QCOMPARE(history->currentRow(), 2);
    save(m_window.get(), QStringLiteral("history-dock.png"));

    // Ctrl+Shift+Z redoes one; the mark follows.
    m_window->canvas()->setFocus();
    QTest::keyClick(m_window->canvas(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(store()->siteCount(), qint64(2));
    QCOMPARE(history->currentRow(), 1);

    // Activate the newest entry (Enter, as a double-click does): redone up to it.
    view->setFocus();
    view->setCurrentItem(view->topLevelItem(0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(store()->siteCount(), qint64(3));
    QCOMPARE(history->currentRow(), 0);

    // The start row undoes everything.
    QVERIFY(history->undoTo(0));
    QCOMPARE(store()->siteCount(), qint64(0));
    QCOMPARE(history->currentRow(), 3);
    QVERIFY(history->undoTo(journal.at(1).id));
    QCOMPARE(store()->siteCount(), qint64(2));

    // Reopened: the same list and mark.
    m_window.reset();
    QVERIFY(openWindow(path, false));
    history = m_window->editor()->historyPanel();
    QCOMPARE(history->view()->topLevelItemCount(), 4);
    QCOMPARE(history->currentRow(), 1);
}

void TestVolunteer::directionHandleSetsBearing()
{
    QVERIFY(openWindow(m_dir.filePath(QStringLiteral("direction.nadzor")), true));
    auto pinned = m_window->editor()->controller()->pinCamera(kBelgrade);
    QVERIFY(pinned.ok());
    m_window->waitForIdle();
    m_window->selectCamera(pinned.value(), false);
    const auto handle = m_window->editor()->editTool()->handlePosition(m_window->canvas()->viewport());
    QVERIFY(handle);
    const QPointF site = m_window->canvas()->viewport().lonLatToScreen(kBelgrade);
    // South-east of the site: 135°.
    const QPoint from = handle->toPoint();
    const QPoint to = (site + QPointF(90, 90)).toPoint();
    QTest::mousePress(m_window->canvas(), Qt::LeftButton, {}, from);
    QTest::mouseMove(m_window->canvas(), from + QPoint(10, 10));
    QTest::mouseMove(m_window->canvas(), to);
    QTest::mouseRelease(m_window->canvas(), Qt::LeftButton, {}, to);
    const double degrees = store()->camera(pinned.value()).value().direction.toDouble();
    QVERIFY2(std::abs(degrees - 135.0) <= 1.0, qPrintable(store()->camera(pinned.value()).value().direction));
    // Due west.
    const auto handle2 = m_window->editor()->editTool()->handlePosition(m_window->canvas()->viewport());
    QVERIFY(handle2);
    const QPoint west = (site + QPointF(-100, 0)).toPoint();
    QTest::mousePress(m_window->canvas(), Qt::LeftButton, {}, handle2->toPoint());
    QTest::mouseMove(m_window->canvas(), handle2->toPoint() + QPoint(-10, 0));
    QTest::mouseMove(m_window->canvas(), west);
    QTest::mouseRelease(m_window->canvas(), Qt::LeftButton, {}, west);
    QCOMPARE(store()->camera(pinned.value()).value().direction, QStringLiteral("270"));
    QVERIFY(m_window->editor()->controller()->undo());
    QVERIFY(std::abs(store()->camera(pinned.value()).value().direction.toDouble() - 135.0) <= 1.0);
}

void TestVolunteer::photoDroppedOnDetails()
{
    QVERIFY(openWindow(m_dir.filePath(QStringLiteral("drop.nadzor")), true));
    auto pinned = m_window->editor()->controller()->pinCamera(kBelgrade);
    QVERIFY(pinned.ok());
    m_window->selectCamera(pinned.value(), false);
    const QString file = m_dir.filePath(QStringLiteral("dropped.jpg"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(jpegWithGps());
    }
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("detailsTabs"));
    QVERIFY(tabs);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    const QPoint at = tabs->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tabs, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tabs, &drop);
    QVERIFY(drop.isAccepted());
    auto photos = store()->photosOfCamera(pinned.value());
    QVERIFY(photos.ok());
    QCOMPARE(photos.value().size(), 1);
    QCOMPARE(photos.value().first().fileName, QStringLiteral("dropped.jpg"));
    QVERIFY(!hasExif(photos.value().first().data));
    QVERIFY(!photos.value().first().data.contains("Secret Volunteer"));
    QCOMPARE(m_window->editor()->photoStrip()->count(), 1);
    // The photo's GPS position is 520 m away: the site may move there.
    QVERIFY(m_window->editor()->prompt()->isOpen());
}

void TestVolunteer::siteFromPhotoPosition()
{
    QVERIFY(openWindow(m_dir.filePath(QStringLiteral("photosite.nadzor")), true));
    const QString file = m_dir.filePath(QStringLiteral("site.jpg"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(jpegWithGps());
    }
    m_window->editor()->addSiteFromPhoto(file);
    ui::PromptBar *prompt = m_window->editor()->prompt();
    QVERIFY(prompt->isOpen());
    // 44°48'59.76"N 20°27'25.2"E
    QVERIFY2(prompt->text().contains(QStringLiteral("(44.816600, 20.457000)")), qPrintable(prompt->text()));
    QCOMPARE(store()->siteCount(), qint64(0));
    prompt->accept();
    QCOMPARE(store()->siteCount(), qint64(1));
    const domain::Site site = store()->sites().value().first();
    QVERIFY(std::abs(site.position.lat - 44.8166) < 1e-9);
    QVERIFY(std::abs(site.position.lon - 20.457) < 1e-9);
    auto photos = store()->photosOfCamera(site.cameras.first().id);
    QVERIFY(photos.ok());
    QCOMPARE(photos.value().size(), 1);
    QVERIFY(!hasExif(photos.value().first().data));
}

void TestVolunteer::copyAttributesFromPrevious()
{
    QVERIFY(openWindow(m_dir.filePath(QStringLiteral("copy.nadzor")), true));
    ui::EditController *controller = m_window->editor()->controller();
    auto first = controller->pinCamera(kBelgrade);
    auto second = controller->pinCamera(east(kBelgrade, 60));
    QVERIFY(first.ok() && second.ok());
    domain::Camera a = store()->camera(first.value()).value();
    a.manufacturer = QStringLiteral("Hikvision");
    a.operatorName = QStringLiteral("MUP");
    a.cameraType = QStringLiteral("dome");
    a.height = 4.5;
    a.direction = QStringLiteral("45");
    a.notes = QStringLiteral("only this one");
    QVERIFY(controller->updateCamera(a).ok());
    m_window->selectCamera(first.value(), false);
    m_window->selectCamera(second.value(), false);
    QVERIFY(m_window->editor()->copyAction()->isEnabled());
    m_window->canvas()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    const domain::Camera b = store()->camera(second.value()).value();
    QCOMPARE(b.manufacturer, QStringLiteral("Hikvision"));
    QCOMPARE(b.operatorName, QStringLiteral("MUP"));
    QCOMPARE(b.cameraType, QStringLiteral("dome"));
    QCOMPARE(b.height, std::optional<double>(4.5));
    QCOMPARE(b.direction, QString());  // each camera points its own way
    QCOMPARE(b.notes, QString());
    QVERIFY(controller->undo());
    QCOMPARE(store()->camera(second.value()).value().manufacturer, QString());
}

QTEST_MAIN(TestVolunteer)
#include "test_volunteer.moc"
