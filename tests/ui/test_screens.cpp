// The main window at full size with many generated cameras, as a user sees it: the density
// map, the heatmap over Belgrade and a selected camera's details. Each scene is checked
// (frame rendered, legend, heatmap raster, details) and, when NADZOR_SCREENSHOT_DIR is set,
// saved there as a PNG for the documentation (NADZOR_SCREENSHOT_CAMERAS sets the camera count,
// 20,000 by default).
#include "maps/cameralayer.h"
#include "maps/choroplethlayer.h"
#include "maps/heatmaplayer.h"
#include "maps/mapcanvas.h"
#include "store/importsession.h"
#include "store/projectstore.h"
#include "tools/gencameras/gencameras.h"
#include "ui/cameraspanel.h"
#include "ui/densitypanel.h"
#include "ui/densitytablemodel.h"
#include "ui/detailspanel.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace nadzor;

class TestScreens : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void densityMap();
    void heatmapOverBelgrade();
    void cameraDetails();
    void cleanupTestCase();

private:
    void settle();
    void save(const QString &name);

    QTemporaryDir m_dir;
    QString m_path;
    int m_count = 20000;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestScreens::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("NadzorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_ui_screens"));
    QSettings().clear();
    if (qEnvironmentVariableIsSet("NADZOR_SCREENSHOT_CAMERAS"))
        m_count = qEnvironmentVariableIntValue("NADZOR_SCREENSHOT_CAMERAS");

    m_path = m_dir.filePath(QStringLiteral("Demo.nadzor"));
    auto store = store::ProjectStore::create(m_path);
    QVERIFY2(store.ok(), qPrintable(store.errorString()));
    auto session = store.value()->beginImport(QStringLiteral("generated cameras"));
    QVERIFY(session.ok());
    const QVector<domain::GeoPoint> points = tools::generateCameras(m_count);
    for (int i = 0; i < points.size(); ++i) {
        domain::Site site;
        site.position = points.at(i);
        domain::Camera c;
        c.surveillance = QStringLiteral("public");
        c.surveillanceType = i % 11 == 0 ? QStringLiteral("ALPR") : QStringLiteral("camera");
        c.cameraType = i % 3 == 0 ? QStringLiteral("dome") : QStringLiteral("fixed");
        c.manufacturer = tools::generatedManufacturer(i);
        c.operatorName = i % 4 == 0 ? QStringLiteral("MUP Srbije") : QStringLiteral("Grad");
        c.status = i % 7 == 0 ? domain::VerificationStatus::Verified
                 : i % 23 == 0 ? domain::VerificationStatus::Disputed
                               : domain::VerificationStatus::Unverified;
        c.faceRecognition = i % 13 == 0 ? domain::FaceRecognition::Confirmed : domain::FaceRecognition::Unknown;
        c.direction = QString::number((i * 37) % 360);
        c.angle = 70;
        c.height = 4.5;
        c.source = QStringLiteral("generated");
        site.cameras << c;
        QVERIFY(session.value()->addSite(site).ok());
    }
    QVERIFY(session.value()->commit().ok());
    session.value().reset();
    store.value().reset();

    m_window = std::make_unique<ui::MainWindow>();
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_path));
    settle();
}

void TestScreens::settle()
{
    m_window->waitForIdle();
    maps::MapCanvas *canvas = m_window->canvas();
    QTRY_VERIFY_WITH_TIMEOUT(!canvas->isRenderPending() && !canvas->isAnimating()
                                 && canvas->frameGeneration() == canvas->requestedGeneration(),
                             20000);
    QTest::qWait(50);
}

void TestScreens::save(const QString &name)
{
    const QString dir = qEnvironmentVariable("NADZOR_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(m_window->grab().save(QDir(dir).filePath(name)));
}

void TestScreens::densityMap()
{
    QCOMPARE(m_window->densityPanel()->model()->rowCount(), 145);
    QCOMPARE(m_window->cameraLayer()->index()->size(), m_count);
    const maps::Legend legend = m_window->choroplethLayer()->legend();
    QCOMPARE(legend.title, QStringLiteral("Cameras per 1,000 inhabitants"));
    QVERIFY(legend.entries.size() >= 5);
    QVERIFY(!m_window->canvas()->lastFrame().isNull());
    save(QStringLiteral("main-window.png"));

    // How long the map takes to show a new zoom level with every camera (reported, not
    // asserted: speed targets live in bench/).
    maps::MapCanvas *canvas = m_window->canvas();
    canvas->setAnimationDuration(0);
    QElapsedTimer timer;
    timer.start();
    for (int step = 0; step < 4; ++step) {
        canvas->zoomIn();
        settle();
    }
    for (int step = 0; step < 4; ++step) {
        canvas->zoomOut();
        settle();
    }
    qInfo("8 zoom steps with %d cameras, each until the frame was rendered: %.0f ms per step",
          m_count, timer.elapsed() / 8.0);
}

void TestScreens::heatmapOverBelgrade()
{
    ui::MapSettings s = m_window->mapSettings();
    s.heatmap = true;
    s.choropleth = false;
    s.heatmapRadiusMetres = 600;
    s.cameras = false;
    m_window->applyMapSettings(s);
    QTableView *view = m_window->densityPanel()->view();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data().toString() == QLatin1String("Beograd")) {
            m_window->zoomToBoundary(index.data(ui::DensityTableModel::BoundaryIdRole).toLongLong());
            break;
        }
    }
    QVERIFY(m_window->canvas()->viewport().zoom() > 9.0);
    settle();
    QVERIFY(m_window->heatmapLayer()->isVisible());
    QVERIFY(!m_window->heatmapLayer()->image().isNull());
    QVERIFY(!m_window->choroplethLayer()->isVisible());
    save(QStringLiteral("heatmap.png"));
    s.heatmap = false;
    s.choropleth = true;
    s.cameras = true;
    m_window->applyMapSettings(s);
}

void TestScreens::cameraDetails()
{
    // The generated camera nearest to the centre of Belgrade.
    const domain::GeoPoint centre{20.4573, 44.8176};
    qint64 best = 0;
    double bestDistance = 1e9;
    for (const domain::Site &site : m_window->sites()) {
        const double d = std::hypot(site.position.lon - centre.lon, site.position.lat - centre.lat);
        if (d < bestDistance && site.cameras.first().faceRecognition == domain::FaceRecognition::Confirmed) {
            bestDistance = d;
            best = site.cameras.first().id;
        }
    }
    QVERIFY(best > 0);
    m_window->selectCamera(best, true);
    settle();
    QCOMPARE(m_window->detailsPanel()->cameraId(), best);
    QCOMPARE(m_window->detailsPanel()->value(QStringLiteral("Face recognition")), QStringLiteral("Confirmed"));
    QCOMPARE(m_window->canvas()->selectedCameras(), QSet<qint64>{best});
    QVERIFY(m_window->canvas()->viewport().zoom() >= 16.0);
    save(QStringLiteral("camera-details.png"));
}

void TestScreens::cleanupTestCase()
{
    m_window.reset();
}

QTEST_MAIN(TestScreens)
#include "test_screens.moc"
