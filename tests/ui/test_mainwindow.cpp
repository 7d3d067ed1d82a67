// The main window, driven as a user would: simulated clicks and keys on an offscreen screen,
// against projects written to a temporary folder.
#include "boundaries/serbianlayer.h"
#include "maps/boundarygeometry.h"
#include "maps/boundarylayer.h"
#include "maps/cameralayer.h"
#include "maps/choroplethlayer.h"
#include "maps/heatmaplayer.h"
#include "maps/mapcanvas.h"
#include "maps/mercator.h"
#include "store/projectstore.h"
#include "ui/cameraspanel.h"
#include "ui/cameratablemodel.h"
#include "ui/densitypanel.h"
#include "ui/densityproxymodel.h"
#include "ui/densitytablemodel.h"
#include "ui/detailspanel.h"
#include "ui/layerspanel.h"
#include "ui/mainwindow.h"
#include "ui/recentprojects.h"

#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleOptionGroupBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <sqlite3.h>

using namespace nadzor;

namespace {

// Closes every message box that appears (with a simulated click on its OK button) and keeps
// its text, so a test can see what the user was told.
class MessageCatcher : public QObject {
public:
    MessageCatcher()
    {
        connect(&m_timer, &QTimer::timeout, this, &MessageCatcher::poll);
        m_timer.start(10);
    }
    QStringList texts;

private:
    void poll()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (!box || !box->isVisible() || m_closing.contains(box))
                continue;
            texts << box->text();
            m_closing << box;
            QAbstractButton *ok = box->button(QMessageBox::Ok);
            if (ok)
                QTest::mouseClick(ok, Qt::LeftButton);
            else
                box->reject();
        }
    }
    QTimer m_timer;
    QList<QPointer<QMessageBox>> m_closing;
};

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    const QString message = error ? QString::fromUtf8(error) : QString();
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

// An interior point of each municipality of the bundled layer (its label point).
QHash<QString, domain::GeoPoint> interiorPoints()
{
    QHash<QString, domain::GeoPoint> out;
    auto layer = boundaries::bundledSerbianLayer();
    if (!layer.ok())
        return out;
    const auto geometry = maps::BoundaryGeometry::build(layer.value());
    for (const maps::ProjectedBoundary &b : geometry->boundaries()) {
        const QPointF p = maps::mercator::worldToLonLat(b.labelPoint.x(), b.labelPoint.y());
        out.insert(b.name, {p.x(), p.y()});
    }
    return out;
}

// A site with `count` cameras at a position.
domain::Site siteWith(const domain::GeoPoint &position, int count, const QString &manufacturer)
{
    domain::Site site;
    site.position = position;
    site.address = QStringLiteral("Test street 1");
    for (int i = 0; i < count; ++i) {
        domain::Camera c;
        c.surveillanceType = QStringLiteral("camera");
        c.manufacturer = manufacturer;
        c.model = QStringLiteral("M-%1").arg(i);
        site.cameras << c;
    }
    return site;
}

QPoint rowCentre(QTableView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    return view->visualRect(index).center();
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void opensWithBundledLayer();
    void densitySortIsNumeric();
    void densityFilterIgnoresDiacritics();
    void refusesUnusableProject_data();
    void refusesUnusableProject();
    void densityRowClickChangesViewport();
    void layerSwitchesToggleVisibility();
    void cameraRowSelectsAndPans();
    void cameraSearchFiltersMapAndDensity();
    void importUndoRedo();
    void findShortcutFocusesSearch();
    void recentProjectsRemembered();

private:
    // A project with cameras in a few municipalities: Beograd 200, Novi Sad 40, Niš 25,
    // Crna Trava 11, Osečina 3 (all "Hikvision" but Niš "Dahua").
    QString makeProjectWithCameras(const QString &name);

    QTemporaryDir m_dir;
    QHash<QString, domain::GeoPoint> m_points;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("NadzorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_ui"));
    QVERIFY(m_dir.isValid());
    m_points = interiorPoints();
    QCOMPARE(m_points.size(), 145);
}

void TestMainWindow::init()
{
    QSettings().clear();
}

QString TestMainWindow::makeProjectWithCameras(const QString &name)
{
    const QString path = m_dir.filePath(name);
    auto store = store::ProjectStore::create(path);
    if (!store.ok()) {
        qWarning() << store.errorString();
        return {};
    }
    const QList<std::tuple<QString, int, QString>> plan = {
        {QStringLiteral("Beograd"), 200, QStringLiteral("Hikvision")},
        {QStringLiteral("Novi Sad"), 40, QStringLiteral("Hikvision")},
        {QStringLiteral("Niš"), 25, QStringLiteral("Dahua")},
        {QStringLiteral("Crna Trava"), 11, QStringLiteral("Hikvision")},
        {QStringLiteral("Osečina"), 3, QStringLiteral("Hikvision")},
    };
    for (const auto &[municipality, count, manufacturer] : plan) {
        if (!m_points.contains(municipality)) {
            qWarning() << "no municipality" << municipality;
            return {};
        }
        domain::Site site = siteWith(m_points.value(municipality), count, manufacturer);
        if (!store.value()->addSite(site).ok())
            return {};
    }
    return path;
}

void TestMainWindow::opensWithBundledLayer()
{
    ui::MainWindow w;
    const QString path = m_dir.filePath(QStringLiteral("fresh.nadzor"));
    QVERIFY(w.openProject(path, true));
    QCOMPARE(w.projectPath(), path);
    QCOMPARE(w.boundaryLayer().boundaries.size(), 145);
    w.waitForIdle();
    QCOMPARE(w.densityPanel()->model()->rowCount(), 145);
    QCOMPARE(w.densityPanel()->view()->model()->rowCount(), 145);
    QVERIFY(!w.choroplethLayer()->legend().isEmpty());
    QCOMPARE(w.choroplethLayer()->legend().title, QStringLiteral("Cameras per 1,000 inhabitants"));

    // The new project carries the bundled layer in its file.
    auto reopened = store::ProjectStore::open(path, store::OpenMode::ReadOnly);
    QVERIFY2(reopened.ok(), qPrintable(reopened.errorString()));
    auto layers = reopened.value()->boundaryLayers();
    QVERIFY(layers.ok());
    QCOMPARE(layers.value().size(), 1);
    QCOMPARE(layers.value().first().boundaries.size(), 145);
}

void TestMainWindow::densitySortIsNumeric()
{
    const QString path = makeProjectWithCameras(QStringLiteral("sort.nadzor"));
    QVERIFY(!path.isEmpty());
    ui::MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openProject(path));
    w.waitForIdle();
    QTableView *view = w.densityPanel()->view();
    QCOMPARE(view->model()->rowCount(), 145);

    // Click the "Per 1,000" header (twice: descending, then ascending).
    QHeaderView *header = view->horizontalHeader();
    const int column = ui::DensityTableModel::Per1000;
    const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        if (header->sortIndicatorSection() != column || header->sortIndicatorOrder() != order)
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        if (header->sortIndicatorOrder() != order)
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), column);
        QCOMPARE(header->sortIndicatorOrder(), order);

        QVector<double> shown;
        QStringList texts;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, column);
            const QVariant v = index.data(ui::DensityTableModel::SortRole);
            if (v.isValid())
                shown << v.toDouble();
            texts << index.data().toString();
        }
        QVERIFY(shown.size() >= 140);
        QVector<double> expected = shown;
        std::sort(expected.begin(), expected.end());
        if (order == Qt::DescendingOrder)
            std::reverse(expected.begin(), expected.end());
        QCOMPARE(shown, expected);
        // Crna Trava (11 cameras, ~1,100 inhabitants: about 10 per 1,000) ranks above Beograd
        // (200 cameras, ~1.7 million: about 0.12), though "0.118" > "10.0" ... as text "1" < "0" fails.
        if (order == Qt::DescendingOrder) {
            QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Crna Trava"));
            QVERIFY(shown.first() > 9.0);
        }
    }
}

void TestMainWindow::densityFilterIgnoresDiacritics()
{
    ui::MainWindow w;
    QVERIFY(w.openProject(m_dir.filePath(QStringLiteral("filter.nadzor")), true));
    w.waitForIdle();
    QLineEdit *filter = w.densityPanel()->filterBox();
    QTest::keyClicks(filter, QStringLiteral("cacak"));
    QAbstractItemModel *model = w.densityPanel()->view()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Čačak"));
    filter->clear();
    QCOMPARE(model->rowCount(), 145);
}

void TestMainWindow::refusesUnusableProject_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("newer version") << "newer" << "newer version of Nadzor";
    QTest::newRow("corrupt") << "corrupt" << "damaged";
    QTest::newRow("not a project") << "text" << "not an SQLite database";
}

void TestMainWindow::refusesUnusableProject()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);

    const QString good = makeProjectWithCameras(QStringLiteral("good-%1.nadzor").arg(kind));
    QVERIFY(!good.isEmpty());
    const QString bad = m_dir.filePath(QStringLiteral("bad-%1.nadzor").arg(kind));
    if (kind == QLatin1String("text")) {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,lon,lat\n1,20.4,44.8\n");
    } else {
        {
            auto s = store::ProjectStore::create(bad);
            QVERIFY(s.ok());
            for (int i = 0; i < 50; ++i) {
                domain::Site site = siteWith({20.0 + i * 0.01, 44.0}, 2, QStringLiteral("Dahua"));
                QVERIFY(s.value()->addSite(site).ok());
            }
        }
        if (kind == QLatin1String("newer")) {
            rawExec(bad, "PRAGMA user_version = 99;");
        } else {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 4 * 4096);
            f.seek(4096);
            f.write(QByteArray(4096, '\xA5'));
        }
    }
    const QByteArray before = fileHash(bad);
    const QByteArray walBefore = fileHash(bad + QStringLiteral("-wal"));
    const bool walExisted = QFileInfo::exists(bad + QStringLiteral("-wal"));

    ui::MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openProject(good));
    w.waitForIdle();
    const qint64 cameras = w.densityPanel()->model()->aggregation().cameras;
    QCOMPARE(cameras, qint64(279));
    QSignalSpy opened(&w, &ui::MainWindow::projectOpened);

    MessageCatcher catcher;
    QVERIFY(!w.openProject(bad));
    QCOMPARE(catcher.texts.size(), 1);
    QVERIFY2(catcher.texts.first().contains(expected), qPrintable(catcher.texts.first()));
    QVERIFY2(catcher.texts.first().contains(bad), qPrintable(catcher.texts.first()));

    // Nothing changed: the good project is still open, the bad file untouched.
    QCOMPARE(opened.count(), 0);
    QCOMPARE(w.projectPath(), good);
    QCOMPARE(w.sites().size(), 5);
    w.waitForIdle();
    QCOMPARE(w.densityPanel()->model()->aggregation().cameras, cameras);
    QCOMPARE(w.densityPanel()->model()->rowCount(), 145);
    QCOMPARE(fileHash(bad), before);
    // (SQLite may leave an empty -wal beside a WAL-mode file it only read.)
    if (walExisted)
        QCOMPARE(fileHash(bad + QStringLiteral("-wal")), walBefore);
    else
        QVERIFY(!QFileInfo::exists(bad + QStringLiteral("-wal")) || QFileInfo(bad + QStringLiteral("-wal")).size() == 0);
    QVERIFY(!ui::RecentProjects::list().contains(QFileInfo(bad).absoluteFilePath()));
}

void TestMainWindow::densityRowClickChangesViewport()
{
    ui::MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openProject(m_dir.filePath(QStringLiteral("zoom.nadzor")), true));
    w.waitForIdle();
    maps::MapCanvas *canvas = w.canvas();
    const double zoomBefore = canvas->viewport().zoom();

    QLineEdit *filter = w.densityPanel()->filterBox();
    QTest::keyClicks(filter, QStringLiteral("Novi Sad"));
    QTableView *view = w.densityPanel()->view();
    QCOMPARE(view->model()->rowCount(), 1);

    QSignalSpy spy(canvas, &maps::MapCanvas::viewportChanged);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rowCentre(view, view->model()->index(0, 0)));
    QVERIFY(spy.count() >= 1);
    const maps::Viewport vp = canvas->viewport();
    QVERIFY2(vp.zoom() > zoomBefore + 1.5, qPrintable(QString::number(vp.zoom())));
    const domain::GeoPoint noviSad = m_points.value(QStringLiteral("Novi Sad"));
    QVERIFY(vp.visibleBounds().contains(noviSad.lon, noviSad.lat));
    // Belgrade's centre, 70 km away, is out of view.
    const domain::GeoPoint beograd = m_points.value(QStringLiteral("Beograd"));
    QVERIFY(!vp.visibleBounds().contains(beograd.lon, beograd.lat));
}

void TestMainWindow::layerSwitchesToggleVisibility()
{
    const QString path = makeProjectWithCameras(QStringLiteral("layers.nadzor"));
    QVERIFY(!path.isEmpty());
    ui::MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openProject(path));
    w.waitForIdle();

    const auto clickGroupCheck = [](QGroupBox *group) {
        QStyleOptionGroupBox option;
        option.initFrom(group);
        option.subControls = QStyle::SC_GroupBoxCheckBox | QStyle::SC_GroupBoxLabel;
        option.text = group->title();
        option.features = QStyleOptionFrame::None;
        option.state |= QStyle::State_On;
        const QRect box = group->style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxCheckBox, group);
        QTest::mouseClick(group, Qt::LeftButton, {}, box.center());
    };

    ui::LayersPanel *panel = w.layersPanel();
    QVERIFY(w.choroplethLayer()->isVisible());
    QVERIFY(!w.heatmapLayer()->isVisible());

    clickGroupCheck(panel->heatmapGroup());
    QVERIFY(panel->heatmapGroup()->isChecked());
    QVERIFY(w.heatmapLayer()->isVisible());
    QVERIFY(w.mapSettings().heatmap);
    w.waitForIdle();
    QVERIFY(!w.heatmapLayer()->image().isNull());

    clickGroupCheck(panel->choroplethGroup());
    QVERIFY(!panel->choroplethGroup()->isChecked());
    QVERIFY(!w.choroplethLayer()->isVisible());

    clickGroupCheck(panel->heatmapGroup());
    QVERIFY(!w.heatmapLayer()->isVisible());
    clickGroupCheck(panel->choroplethGroup());
    QVERIFY(w.choroplethLayer()->isVisible());

    QTest::mouseClick(panel->camerasBox(), Qt::LeftButton, {}, QPoint(8, panel->camerasBox()->height() / 2));
    QVERIFY(!w.cameraLayer()->isVisible());
    QTest::mouseClick(panel->boundariesBox(), Qt::LeftButton, {}, QPoint(8, panel->boundariesBox()->height() / 2));
    QVERIFY(!w.boundaryOverlay()->isVisible());

    // The choices are remembered for the next window.
    w.close();
    ui::MainWindow again;
    QVERIFY(!again.cameraLayer()->isVisible());
    QVERIFY(!again.boundaryOverlay()->isVisible());
    QVERIFY(again.choroplethLayer()->isVisible());
    QVERIFY(!again.layersPanel()->camerasBox()->isChecked());
}

void TestMainWindow::cameraRowSelectsAndPans()
{
    const QString path = makeProjectWithCameras(QStringLiteral("select.nadzor"));
    QVERIFY(!path.isEmpty());
    ui::MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openProject(path));
    w.waitForIdle();

    QTableView *view = w.camerasPanel()->view();
    QCOMPARE(view->model()->rowCount(), 279);
    // Sort by manufacturer: the Dahua cameras (Niš) come first.
    view->sortByColumn(ui::CameraTableModel::Manufacturer, Qt::AscendingOrder);
    const QModelIndex first = view->model()->index(0, ui::CameraTableModel::Manufacturer);
    QCOMPARE(first.data().toString(), QStringLiteral("Dahua"));
    const qint64 id = first.data(ui::CameraTableModel::CameraIdRole).toLongLong();

    QSignalSpy spy(w.canvas(), &maps::MapCanvas::viewportChanged);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rowCentre(view, first));
    QVERIFY(spy.count() >= 1);
    QCOMPARE(w.canvas()->selectedCameras(), QSet<qint64>{id});
    QCOMPARE(w.detailsPanel()->cameraId(), id);
    QCOMPARE(w.detailsPanel()->value(QStringLiteral("Manufacturer")), QStringLiteral("Dahua"));
    const domain::GeoPoint nis = m_points.value(QStringLiteral("Niš"));
    const domain::GeoPoint centre = w.canvas()->viewport().centre();
    QVERIFY(std::abs(centre.lon - nis.lon) < 1e-6);
    QVERIFY(std::abs(centre.lat - nis.lat) < 1e-6);
    QVERIFY(w.canvas()->viewport().zoom() >= 16.0);

    // A click on the map beside the camera clears the selection; a click on it selects it.
    maps::MapCanvas *canvas = w.canvas();
    const QPoint onCamera = canvas->viewport().lonLatToScreen(nis.lon, nis.lat).toPoint();
    QSignalSpy clicked(canvas, &maps::MapCanvas::cameraClicked);
    QTest::mouseClick(canvas, Qt::LeftButton, {}, onCamera + QPoint(150, 0));
    QVERIFY(w.canvas()->selectedCameras().isEmpty());
    QCOMPARE(w.detailsPanel()->cameraId(), qint64(0));
    QTest::mouseClick(canvas, Qt::LeftButton, {}, onCamera);
    QCOMPARE(clicked.count(), 1);
    const qint64 picked = clicked.first().first().toLongLong();
    QCOMPARE(w.canvas()->selectedCameras(), QSet<qint64>{picked});
    QCOMPARE(w.detailsPanel()->cameraId(), picked);
}

void TestMainWindow::cameraSearchFiltersMapAndDensity()
{
    const QString path = makeProjectWithCameras(QStringLiteral("search.nadzor"));
    QVERIFY(!path.isEmpty());
    ui::MainWindow w;
    QVERIFY(w.openProject(path));
    w.waitForIdle();
    QCOMPARE(w.cameraLayer()->index()->size(), 279);

    QSignalSpy updated(&w, &ui::MainWindow::densityUpdated);
    QLineEdit *search = w.camerasPanel()->searchBox();
    QTest::keyClicks(search, QStringLiteral("dahua"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(w.camerasPanel()->view()->model()->rowCount(), 25);
    w.waitForIdle();
    QVERIFY(updated.count() >= 1);
    QCOMPARE(w.densityPanel()->model()->aggregation().cameras, qint64(25));
    QCOMPARE(w.cameraLayer()->index()->size(), 25);

    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    w.waitForIdle();
    QCOMPARE(w.densityPanel()->model()->aggregation().cameras, qint64(279));
}

void TestMainWindow::importUndoRedo()
{
    ui::MainWindow w;
    QVERIFY(w.openProject(m_dir.filePath(QStringLiteral("import.nadzor")), true));
    w.waitForIdle();
    QCOMPARE(w.densityPanel()->model()->aggregation().cameras, qint64(0));

    const QString file = QStringLiteral(NADZOR_TEST_FIXTURES) + QStringLiteral("/real/cameras-albania-osm/osm.geojson");
    QVERIFY(w.importCameras(file));
    w.waitForIdle();
    qint64 imported = 0;
    for (const domain::Site &s : w.sites())
        imported += s.cameras.size();
    QCOMPARE(imported, qint64(62));
    QCOMPARE(w.camerasPanel()->view()->model()->rowCount(), 62);
    // Albania lies outside every Serbian municipality.
    QCOMPARE(w.densityPanel()->model()->aggregation().outsideCameras, qint64(62));

    QAction *undo = nullptr;
    QAction *redo = nullptr;
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = a;
        if (a->shortcut() == QKeySequence(QKeySequence::Redo))
            redo = a;
    }
    QVERIFY(undo && redo);
    QVERIFY(undo->isEnabled());
    QVERIFY(!redo->isEnabled());
    undo->trigger();
    QCOMPARE(w.sites().size(), 0);
    QCOMPARE(w.camerasPanel()->view()->model()->rowCount(), 0);
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(w.camerasPanel()->view()->model()->rowCount(), 62);

    // A file that is not camera data changes nothing and says why.
    MessageCatcher catcher;
    const QString notCameras = m_dir.filePath(QStringLiteral("broken.geojson"));
    QFile f(notCameras);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ this is not json");
    f.close();
    QVERIFY(!w.importCameras(notCameras));
    QCOMPARE(catcher.texts.size(), 1);
    QVERIFY2(catcher.texts.first().contains(QStringLiteral("broken.geojson")), qPrintable(catcher.texts.first()));
    QCOMPARE(w.camerasPanel()->view()->model()->rowCount(), 62);
}

void TestMainWindow::findShortcutFocusesSearch()
{
    ui::MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.canvas()->setFocus();
    QTest::keySequence(&w, QKeySequence(QKeySequence::Find));
    QTRY_VERIFY(w.camerasPanel()->searchBox()->hasFocus());
}

void TestMainWindow::recentProjectsRemembered()
{
    ui::MainWindow w;
    const QString a = m_dir.filePath(QStringLiteral("recent-a.nadzor"));
    const QString b = m_dir.filePath(QStringLiteral("recent-b.nadzor"));
    QVERIFY(w.openProject(a, true));
    QVERIFY(w.openProject(b, true));
    const QStringList recent = ui::RecentProjects::list();
    QVERIFY(recent.size() >= 2);
    QCOMPARE(recent.at(0), QFileInfo(b).absoluteFilePath());
    QCOMPARE(recent.at(1), QFileInfo(a).absoluteFilePath());
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
