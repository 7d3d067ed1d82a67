// Slides, presentation mode and the GUI's documents, driven as a presenter would: slides made
// from five views, the arrow keys, Page Up, Home, End and Esc; the report dialog writing a PDF
// (checked with pdfinfo and pdftotext) and the map image export writing PNG and SVG.
#include "maps/mapcanvas.h"
#include "maps/viewport.h"
#include "store/importsession.h"
#include "store/projectstore.h"
#include "tools/gencameras/gencameras.h"
#include "ui/flightpath.h"
#include "ui/presentationoverlay.h"
#include "ui/imageexportdialog.h"
#include "ui/mainwindow.h"
#include "ui/presentationcontroller.h"
#include "ui/presentationwindow.h"
#include "ui/reportdialog.h"
#include "ui/slidespanel.h"
#include "ui/slideview.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QScreen>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace nadzor;

namespace {

struct Place {
    const char *title;
    double lon, lat, zoom;
};
// Five views of a briefing: Serbia, then four towns (centre and zoom).
const Place kPlaces[] = {
    {"Srbija: kamere na 1.000 stanovnika", 20.9, 44.1, 7.0},
    {"Beograd", 20.4573, 44.8125, 11.0},
    {"Novi Sad", 19.8335, 45.2671, 12.0},
    {"Niš", 21.8958, 43.3209, 12.5},
    {"Subotica", 19.6650, 46.1000, 11.5},
};

domain::Site siteAt(double lon, double lat, int cameras, const QString &manufacturer)
{
    domain::Site site;
    site.position = {lon, lat};
    for (int i = 0; i < cameras; ++i) {
        domain::Camera c;
        c.surveillanceType = QStringLiteral("camera");
        c.manufacturer = manufacturer;
        site.cameras << c;
    }
    return site;
}

QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

bool near(double a, double b, double tolerance = 1e-6)
{
    return std::abs(a - b) <= tolerance;
}

} // namespace

class TestPresentation : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void slidesFromFiveViews();
    void arrowKeysStepThroughSlides();
    void clickerKeys_data();
    void clickerKeys();
    void slideLayersAppliedAndRestored();
    void flightEndsAtTheSlide();
    void flightPathEndpoints();
    void slidesDockEdits();
    void goToSlideFromDock();
    void reportDialogWritesPdf();
    void reportDialogWritesFactSheet();
    void imageExport_data();
    void imageExport();
    void briefingScreen();

private:
    QString makeProject();
    void addFiveSlides();

    QTemporaryDir m_dir;
    int m_projects = 0;
    ui::MainWindow *m_window = nullptr;
};

void TestPresentation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("NadzorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_presentation"));
    QVERIFY(m_dir.isValid());
}

QString TestPresentation::makeProject()
{
    const QString path = m_dir.filePath(QStringLiteral("briefing-%1.nadzor").arg(++m_projects));
    auto store = store::ProjectStore::create(path);
    if (!store)
        return {};
    const QList<std::tuple<double, double, int, QString>> plan = {
        {20.4573, 44.8125, 40, QStringLiteral("Hikvision")}, {20.47, 44.80, 25, QStringLiteral("Huawei")},
        {19.8335, 45.2671, 12, QStringLiteral("Hikvision")}, {21.8958, 43.3209, 9, QStringLiteral("Dahua")},
        {19.6650, 46.1000, 4, QStringLiteral("Hikvision")},  {19.8167, 44.2167, 3, QStringLiteral("Dahua")},
    };
    for (const auto &[lon, lat, count, manufacturer] : plan) {
        domain::Site site = siteAt(lon, lat, count, manufacturer);
        if (!store.value()->addSite(site))
            return {};
    }
    return path;
}

void TestPresentation::init()
{
    QSettings().clear();
    const QString path = makeProject();
    QVERIFY(!path.isEmpty());
    m_window = new ui::MainWindow;
    m_window->resize(1200, 800);
    QVERIFY(m_window->openProject(path));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->waitForIdle();
    m_window->presentation()->setFlightDuration(0);
}

void TestPresentation::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestPresentation::addFiveSlides()
{
    maps::MapCanvas *canvas = m_window->canvas();
    for (const Place &p : kPlaces) {
        canvas->setViewport(maps::Viewport(p.lon, p.lat, p.zoom, canvas->size()));
        QVERIFY(m_window->presentation()->addSlideFromView(QString::fromUtf8(p.title)));
    }
}

void TestPresentation::slidesFromFiveViews()
{
    addFiveSlides();
    const QList<domain::Slide> &slides = m_window->presentation()->slidesPanel()->slides();
    QCOMPARE(slides.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(slides[i].title, QString::fromUtf8(kPlaces[i].title));
        QCOMPARE(slides[i].position, i);
        QVERIFY(near(slides[i].centreLon, kPlaces[i].lon));
        QVERIFY(near(slides[i].centreLat, kPlaces[i].lat));
        QCOMPARE(slides[i].zoom, kPlaces[i].zoom);
        QVERIFY(slides[i].hasBounds());
    }
    // In the project file, after reopening.
    const QString path = m_window->projectPath();
    QVERIFY(m_window->openProject(path));
    auto stored = m_window->projectStore()->slides();
    QVERIFY(stored);
    QCOMPARE(stored.value(), slides);
    QCOMPARE(m_window->presentation()->slidesPanel()->list()->count(), 5);
}

void TestPresentation::arrowKeysStepThroughSlides()
{
    addFiveSlides();
    ui::PresentationWindow *show = m_window->presentation()->startPresentation(0);
    QVERIFY(show);
    QVERIFY(QTest::qWaitForWindowExposed(show));
    QVERIFY(show->isFullScreen());
    QCOMPARE(show->count(), 5);
    QCOMPARE(show->currentIndex(), 0);
    QCOMPARE(show->titleLabel()->text(), QString::fromUtf8(kPlaces[0].title));
    QCOMPARE(show->counterLabel()->text(), QStringLiteral("1 / 5"));
    QVERIFY(show->titleLabel()->font().pointSizeF() >= 28.0);

    QSignalSpy viewports(show->canvas(), &maps::MapCanvas::viewportChanged);
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(show, Qt::Key_Right);
    QCOMPARE(show->currentIndex(), 4);
    QVERIFY(viewports.count() >= 4);
    QCOMPARE(show->canvas()->viewport(), show->viewportFor(4));
    // Slide 5's framing: its centre, and everything it showed is on screen.
    const domain::Slide &fifth = m_window->presentation()->slidesPanel()->slides().at(4);
    QVERIFY(near(show->canvas()->viewport().centre().lon, fifth.centreLon, 1e-6));
    QVERIFY(near(show->canvas()->viewport().centre().lat, fifth.centreLat, 1e-6));
    const maps::GeoBounds visible = show->canvas()->viewport().visibleBounds();
    QVERIFY(visible.west <= fifth.west + 1e-9 && visible.east >= fifth.east - 1e-9);
    QVERIFY(visible.south <= fifth.south + 1e-9 && visible.north >= fifth.north - 1e-9);
    QCOMPARE(show->titleLabel()->text(), QStringLiteral("Subotica"));
    QCOMPARE(show->counterLabel()->text(), QStringLiteral("5 / 5"));

    QTest::keyClick(show, Qt::Key_Right);  // past the end: stays
    QCOMPARE(show->currentIndex(), 4);
    QTest::keyClick(show, Qt::Key_PageUp);
    QCOMPARE(show->currentIndex(), 3);
    QCOMPARE(show->titleLabel()->text(), QString::fromUtf8("Niš"));
    QCOMPARE(show->canvas()->viewport(), show->viewportFor(3));
    QTest::keyClick(show, Qt::Key_Home);
    QCOMPARE(show->currentIndex(), 0);
    QCOMPARE(show->canvas()->viewport(), show->viewportFor(0));
    QTest::keyClick(show, Qt::Key_End);
    QCOMPARE(show->currentIndex(), 4);
    // The Slides dock follows.
    QCOMPARE(m_window->presentation()->slidesPanel()->currentIndex(), 4);

    QSignalSpy finished(show, &ui::PresentationWindow::finished);
    QTest::keyClick(show, Qt::Key_Escape);
    QCOMPARE(finished.count(), 1);
    QTRY_VERIFY(m_window->presentation()->presentation() == nullptr);
}

void TestPresentation::clickerKeys_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("expected");
    QTest::newRow("Page Down") << 1 << int(Qt::Key_PageDown) << 2;
    QTest::newRow("Page Up") << 1 << int(Qt::Key_PageUp) << 0;
    QTest::newRow("Down") << 2 << int(Qt::Key_Down) << 3;
    QTest::newRow("Up") << 2 << int(Qt::Key_Up) << 1;
    QTest::newRow("Left") << 3 << int(Qt::Key_Left) << 2;
    QTest::newRow("Space") << 3 << int(Qt::Key_Space) << 4;
    QTest::newRow("Left at the start") << 0 << int(Qt::Key_Left) << 0;
    QTest::newRow("End") << 0 << int(Qt::Key_End) << 4;
    QTest::newRow("Home") << 4 << int(Qt::Key_Home) << 0;
}

void TestPresentation::clickerKeys()
{
    QFETCH(int, start);
    QFETCH(int, key);
    QFETCH(int, expected);
    addFiveSlides();
    ui::PresentationWindow *show = m_window->presentation()->startPresentation(start);
    QVERIFY(show);
    QCOMPARE(show->currentIndex(), start);
    QTest::keyClick(show, Qt::Key(key));
    QCOMPARE(show->currentIndex(), expected);
    QCOMPARE(show->canvas()->viewport(), show->viewportFor(expected));
    QCOMPARE(show->titleLabel()->text(), QString::fromUtf8(kPlaces[expected].title));
    show->close();
}

void TestPresentation::slideLayersAppliedAndRestored()
{
    ui::MapSettings plain = m_window->mapSettings();
    plain.heatmap = false;
    plain.cameras = true;
    plain.metric = ui::DensityMetric::CamerasPer1000;
    m_window->applyMapSettings(plain);
    addFiveSlides();
    // Slide 2 shows the heatmap without the cameras, Huawei only, by cameras per km².
    domain::Slide second = m_window->presentation()->slidesPanel()->slides().at(1);
    second.heatmap = true;
    second.heatmapRadiusMetres = 800.0;
    second.cameras = false;
    second.metric = QStringLiteral("cameras_per_km2");
    second.filter = {QStringLiteral("manufacturer=Huawei")};
    QVERIFY(m_window->projectStore()->updateSlide(second));
    m_window->presentation()->slidesPanel()->reload();

    ui::PresentationWindow *show = m_window->presentation()->startPresentation(0);
    QVERIFY(show);
    QVERIFY(!m_window->mapSettings().heatmap);
    QTest::keyClick(show, Qt::Key_Right);
    QVERIFY(m_window->mapSettings().heatmap);
    QCOMPARE(m_window->mapSettings().heatmapRadiusMetres, 800.0);
    QVERIFY(!m_window->mapSettings().cameras);
    QCOMPARE(m_window->mapSettings().metric, ui::DensityMetric::CamerasPerKm2);
    QCOMPARE(m_window->cameraFilter().manufacturers, QStringList{QStringLiteral("Huawei")});
    // The presentation map shows the main window's layers.
    QCOMPARE(show->canvas()->layers()->layers(), m_window->canvas()->layers()->layers());
    m_window->waitForIdle();

    QTest::keyClick(show, Qt::Key_Escape);
    QCOMPARE(m_window->mapSettings(), plain);
    QVERIFY(m_window->cameraFilter().manufacturers.isEmpty());
}

void TestPresentation::flightEndsAtTheSlide()
{
    addFiveSlides();
    m_window->presentation()->setFlightDuration(150);
    ui::PresentationWindow *show = m_window->presentation()->startPresentation(0);
    QVERIFY(show);
    QVERIFY(QTest::qWaitForWindowExposed(show));
    QSignalSpy arrived(show, &ui::PresentationWindow::arrived);
    QTest::keyClick(show, Qt::Key_Right);
    QCOMPARE(show->currentIndex(), 1);
    QTRY_COMPARE(arrived.count(), 1);
    QCOMPARE(arrived.at(0).at(0).toInt(), 1);
    QVERIFY(!show->isFlying());
    QCOMPARE(show->canvas()->viewport(), show->viewportFor(1));
    // A key during a flight finishes it and starts the next.
    QTest::keyClick(show, Qt::Key_Right);
    QTest::keyClick(show, Qt::Key_Right);
    QCOMPARE(show->currentIndex(), 3);
    QTRY_VERIFY(!show->isFlying());
    QCOMPARE(show->canvas()->viewport(), show->viewportFor(3));
    show->close();
}

void TestPresentation::flightPathEndpoints()
{
    const maps::Viewport from(20.4573, 44.8125, 12.0, QSize(1920, 1080));
    const maps::Viewport to(19.665, 46.1, 12.5, QSize(1920, 1080));
    const ui::FlightPath path(from, to);
    QCOMPARE(path.at(0.0), from);
    QCOMPARE(path.at(1.0), to);
    QVERIFY(path.length() > 0);
    // Far apart, the flight zooms out on the way (van Wijk), and it moves monotonically.
    double minZoom = 99, lastLat = from.centre().lat;
    for (int i = 1; i < 20; ++i) {
        const maps::Viewport vp = path.at(i / 20.0);
        minZoom = std::min(minZoom, vp.zoom());
        QVERIFY(vp.centre().lat >= lastLat - 1e-9);
        lastLat = vp.centre().lat;
    }
    QVERIFY(minZoom < from.zoom());
    // In place, only the zoom changes.
    const maps::Viewport closer(20.4573, 44.8125, 14.0, QSize(1920, 1080));
    const maps::Viewport mid = ui::FlightPath(from, closer).at(0.5);
    QVERIFY(near(mid.centre().lon, 20.4573) && near(mid.centre().lat, 44.8125));
    QVERIFY(mid.zoom() > 12.0 && mid.zoom() < 14.0);
}

void TestPresentation::slidesDockEdits()
{
    addFiveSlides();
    ui::SlidesPanel *panel = m_window->presentation()->slidesPanel();
    panel->setCurrentIndex(4);
    QTest::mouseClick(panel->findChild<QToolButton *>(QStringLiteral("slideUp")), Qt::LeftButton);
    QCOMPARE(panel->slides().at(3).title, QStringLiteral("Subotica"));
    QCOMPARE(panel->currentIndex(), 3);
    QVERIFY(panel->renameSlide(3, QStringLiteral("Subotica, centar")));
    QCOMPARE(panel->list()->item(3)->text(), QStringLiteral("Subotica, centar"));
    panel->setCurrentIndex(0);
    QTest::mouseClick(panel->findChild<QToolButton *>(QStringLiteral("deleteSlide")), Qt::LeftButton);
    QCOMPARE(panel->slides().size(), 4);
    QCOMPARE(panel->slides().at(0).title, QStringLiteral("Beograd"));
    // Each edit is in the project's journal: undo brings the deleted slide back.
    QVERIFY(m_window->projectStore()->undo());
    panel->reload();
    QCOMPARE(panel->slides().size(), 5);
    QCOMPARE(panel->slides().at(0).title, QString::fromUtf8(kPlaces[0].title));
    // Ctrl+M adds the current view.
    m_window->presentation()->addSlideAction()->setEnabled(true);
    QVERIFY(m_window->presentation()->addSlideFromView(QStringLiteral("Šesti")));
    QCOMPARE(panel->slides().size(), 6);
    QCOMPARE(panel->slides().last().position, 5);
}

void TestPresentation::goToSlideFromDock()
{
    addFiveSlides();
    ui::SlidesPanel *panel = m_window->presentation()->slidesPanel();
    m_window->canvas()->setViewport(maps::Viewport(22.0, 42.5, 9.0, m_window->canvas()->size()));
    m_window->presentation()->slidesDock()->raise();
    QListWidget *list = panel->list();
    QVERIFY(QTest::qWaitForWindowExposed(list));
    // Enter on a slide goes to it (as a double-click does).
    list->setCurrentRow(2);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    const maps::Viewport vp = m_window->canvas()->viewport();
    QVERIFY2(near(vp.centre().lon, kPlaces[2].lon, 1e-6), qPrintable(QStringLiteral("%1 %2 %3 row %4").arg(vp.centre().lon).arg(vp.centre().lat).arg(vp.zoom()).arg(list->currentRow())));
    QVERIFY(near(vp.centre().lat, kPlaces[2].lat, 1e-6));
    QVERIFY(near(vp.zoom(), kPlaces[2].zoom, 1e-6));  // same canvas size: same zoom
}

void TestPresentation::reportDialogWritesPdf()
{
    const QString pdf = m_dir.filePath(QStringLiteral("briefing.pdf"));
    ui::ReportDialog dialog(m_window);
    dialog.setTitle(QStringLiteral("Briefing Skupstina 2024"));
    dialog.setFormat(report::ReportFormat::Pdf);
    dialog.setMetric(report::Metric::CamerasPer1000);
    dialog.setPath(pdf);
    QSignalSpy done(&dialog, &ui::ReportDialog::finishedWriting);
    QVERIFY2(dialog.start(), qPrintable(dialog.lastStatus().errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 120000);
    QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
    QVERIFY(QFile::exists(pdf));

    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY2(pages.hasMatch(), qPrintable(info));
    QVERIFY(pages.captured(1).toInt() >= 1);
    // NFKC: the PDF may set "fi" as a ligature.
    const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
                             .normalized(QString::NormalizationForm_KC);
    QVERIFY2(text.contains(QStringLiteral("Briefing Skupstina 2024")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("Beograd")));
}

void TestPresentation::reportDialogWritesFactSheet()
{
    const QString html = m_dir.filePath(QStringLiteral("nis.html"));
    ui::ReportDialog dialog(m_window);
    dialog.setKind(ui::ReportDialog::Kind::FactSheet);
    QVERIFY(dialog.setMunicipality(QStringLiteral("Nis")));  // without the diacritic
    dialog.setFormat(report::ReportFormat::Html);
    dialog.setPath(html);
    QSignalSpy done(&dialog, &ui::ReportDialog::finishedWriting);
    QVERIFY(dialog.start());
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 120000);
    QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(file.readAll());
    QVERIFY(page.contains(QString::fromUtf8("Niš")));
    QVERIFY(page.contains(QStringLiteral("Dahua")));

    // No municipality: refused before any work starts.
    ui::ReportDialog empty(m_window);
    empty.setKind(ui::ReportDialog::Kind::FactSheet);
    empty.setPath(QString());
    QVERIFY(!empty.start());
    QVERIFY(!empty.lastStatus().errorString().isEmpty());
}

void TestPresentation::imageExport_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("dpi");
    QTest::newRow("png screen") << "png" << QSize(1200, 800) << 96.0;
    QTest::newRow("png 150 dpi") << "png" << QSize(1654, 1169) << 150.0;
    QTest::newRow("png A3 300 dpi") << "png" << QSize(4961, 3508) << 300.0;
    QTest::newRow("svg") << "svg" << QSize(1600, 1000) << 96.0;
}

void TestPresentation::imageExport()
{
    QFETCH(QString, format);
    QFETCH(QSize, size);
    QFETCH(double, dpi);
    const QString path = m_dir.filePath(QStringLiteral("map-%1-%2.%3").arg(size.width()).arg(int(dpi)).arg(format));
    ui::ImageExportDialog dialog(m_window);
    dialog.setTitle(QStringLiteral("Kamere u Beogradu"));
    dialog.setFormat(format);
    dialog.setDpi(dpi);
    dialog.setPixelSize(size);
    dialog.setPath(path);
    QCOMPARE(dialog.pixelSize(), size);
    const domain::Status status = dialog.exportImage();
    QVERIFY2(status, qPrintable(status.errorString()));
    if (format == QLatin1String("png")) {
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage image = reader.read();
        QCOMPARE(image.size(), size);
        QCOMPARE(image.dotsPerMeterX(), qRound(dpi / 0.0254));
        QCOMPARE(image.dotsPerMeterY(), qRound(dpi / 0.0254));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("Kamere u Beogradu"));
    }
    // Beyond A3 at 300 dpi is refused with a message.
    dialog.setPixelSize(QSize(4961, 4961));
    const domain::Status tooLarge = dialog.exportImage();
    QVERIFY(!tooLarge);
    QVERIFY(tooLarge.errorString().contains(QLatin1String("A3")));
}

// A briefing as the audience sees it: generated cameras over Serbia, the density slide full
// screen. With NADZOR_SCREENSHOT_DIR set the screen is saved there as presentation.png, and
// NADZOR_SCREENSHOT_HOLD_MS keeps it up that long (for `import -window root` under Xvfb).
void TestPresentation::briefingScreen()
{
    delete m_window;
    const QString path = m_dir.filePath(QStringLiteral("generated.nadzor"));
    {
        auto store = store::ProjectStore::create(path);
        QVERIFY(store);
        auto session = store.value()->beginImport(QStringLiteral("generated cameras"));
        QVERIFY(session);
        const QVector<domain::GeoPoint> points = tools::generateCameras(6000);
        for (int i = 0; i < points.size(); ++i) {
            domain::Site site = siteAt(points[i].lon, points[i].lat, 1, tools::generatedManufacturer(i));
            site.cameras[0].direction = QString::number((i * 37) % 360);
            site.cameras[0].angle = 70;
            QVERIFY(session.value()->addSite(site));
        }
        QVERIFY(session.value()->commit());
    }
    m_window = new ui::MainWindow;
    m_window->resize(1400, 900);
    QVERIFY(m_window->openProject(path));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->waitForIdle();
    ui::PresentationController *controller = m_window->presentation();
    controller->setFlightDuration(0);
    ui::MapSettings settings = m_window->mapSettings();
    settings.heatmap = false;
    settings.cameras = false;
    settings.metric = ui::DensityMetric::CamerasPer1000;
    m_window->applyMapSettings(settings);
    maps::MapCanvas *canvas = m_window->canvas();
    canvas->setViewport(maps::Viewport(20.85, 44.2, 7.2, canvas->size()));
    QVERIFY(controller->addSlideFromView(QString::fromUtf8("Kamere na 1.000 stanovnika po opštinama")));
    settings.choropleth = false;
    settings.heatmap = true;
    settings.heatmapRadiusMetres = 600;
    m_window->applyMapSettings(settings);
    canvas->setViewport(maps::Viewport(20.46, 44.81, 11.5, canvas->size()));
    QVERIFY(controller->addSlideFromView(QStringLiteral("Beograd: gustina kamera")));

    ui::PresentationWindow *show = controller->startPresentation(0);
    QVERIFY(show);
    QVERIFY(QTest::qWaitForWindowExposed(show));
    m_window->waitForIdle();
    maps::MapCanvas *map = show->canvas();
    QTRY_VERIFY_WITH_TIMEOUT(!map->isRenderPending() && map->frameGeneration() == map->requestedGeneration(), 20000);
    QTest::qWait(100);
    QVERIFY(!map->lastFrame().isNull());
    QVERIFY(!show->overlay()->legendRect().isEmpty());
    QCOMPARE(show->counterLabel()->text(), QStringLiteral("1 / 2"));

    const QString dir = qEnvironmentVariable("NADZOR_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        QVERIFY(show->screen()->grabWindow(0).save(QDir(dir).filePath(QStringLiteral("presentation.png"))));
        QTest::keyClick(show, Qt::Key_Right);
        m_window->waitForIdle();
        QTRY_VERIFY_WITH_TIMEOUT(!map->isRenderPending() && map->frameGeneration() == map->requestedGeneration(), 20000);
        QTest::qWait(100);
        QVERIFY(show->screen()->grabWindow(0).save(QDir(dir).filePath(QStringLiteral("presentation-heatmap.png"))));
        QTest::keyClick(show, Qt::Key_Left);
        m_window->waitForIdle();
        QTest::qWait(qEnvironmentVariableIntValue("NADZOR_SCREENSHOT_HOLD_MS"));
    }
    show->close();
}

QTEST_MAIN(TestPresentation)
#include "test_presentation.moc"
