// Map image export: PNG pixel sizes and the DPI the PNG carries (read back with QImageReader),
// SVG output, the size limit (A3 at 300 dpi) and that the map is actually painted.
#include "maps/boundarylayer.h"
#include "report/mapimageexporter.h"
#include "report/numberformatter.h"
#include "report/reportmap.h"
#include "reportfixtures.h"

#include <QXmlStreamReader>
#include <QImageReader>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace nadzor;
using namespace nadzor::testing;

class TestMapImageExporter : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void pngSizeAndDpi_data();
    void pngSizeAndDpi();
    void paperPixels();
    void tooLarge();
    void choroplethColoursTheSquares();
    void canvasViewport();
    void svg();

private:
    report::ReportMap densityMap() const;
    QTemporaryDir m_dir;
};

report::ReportMap TestMapImageExporter::densityMap() const
{
    const domain::BoundaryLayer layer = threeSquares();
    const QList<domain::Site> sites = knownSites();
    return report::ReportMap::density(layer, aggregate(layer, sites), sites, domain::CameraFilter(),
                                      report::Metric::Cameras, report::MapKind::Choropleth,
                                      report::NumberFormatter(QLocale(QStringLiteral("en_GB"))));
}

void TestMapImageExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestMapImageExporter::pngSizeAndDpi_data()
{
    QTest::addColumn<QSize>("pixels");
    QTest::addColumn<double>("dpi");
    QTest::newRow("A3 landscape at 300 dpi") << QSize(4961, 3508) << 300.0;
    QTest::newRow("A3 portrait at 300 dpi") << QSize(3508, 4961) << 300.0;
    QTest::newRow("screen 1280x720 at 96 dpi") << QSize(1280, 720) << 96.0;
    QTest::newRow("A4 at 150 dpi") << QSize(1754, 1240) << 150.0;
}

void TestMapImageExporter::pngSizeAndDpi()
{
    QFETCH(QSize, pixels);
    QFETCH(double, dpi);
    report::MapImageExporter exporter(densityMap());
    exporter.setTitle(QStringLiteral("Cameras in the test squares"));
    const QString path = m_dir.filePath(QStringLiteral("map-%1x%2.png").arg(pixels.width()).arg(pixels.height()));
    const domain::Status s = exporter.exportPng(path, pixels, dpi);
    QVERIFY2(s.ok(), qPrintable(s.errorString()));
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    QCOMPARE(reader.size(), pixels);
    const QImage image = reader.read();
    QVERIFY(!image.isNull());
    const double dpm = dpi / 0.0254;
    QVERIFY2(std::abs(image.dotsPerMeterX() - dpm) <= 1.0, qPrintable(QString::number(image.dotsPerMeterX())));
    QVERIFY(std::abs(image.dotsPerMeterY() - dpm) <= 1.0);
}

void TestMapImageExporter::paperPixels()
{
    QCOMPARE(report::MapImageExporter::paperPixels(QPageSize::A3, true, 300), QSize(4961, 3508));
    QCOMPARE(report::MapImageExporter::paperPixels(QPageSize::A4, false, 300), QSize(2480, 3508));
}

void TestMapImageExporter::tooLarge()
{
    report::MapImageExporter exporter(densityMap());
    const QString path = m_dir.filePath(QStringLiteral("huge.png"));
    const domain::Status s = exporter.exportPng(path, QSize(6000, 4000), 300);
    QVERIFY(!s.ok());
    QVERIFY(s.errorString().contains(path));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!exporter.exportPng(path, QSize(100, 100), 5).ok());
}

void TestMapImageExporter::choroplethColoursTheSquares()
{
    // Osečina (5 cameras) gets the darkest class, Čajetina (0) the lightest: compare the
    // centres of the squares in the rendered image.
    const report::ReportMap map = densityMap();
    const QSize size(900, 400);
    const QImage image = map.image(size, 96);
    const maps::Viewport v = map.fittedViewport(size, 96);
    const QColor osecina = image.pixelColor(v.lonLatToScreen(20.5, 44.6).toPoint());
    const QColor cajetina = image.pixelColor(v.lonLatToScreen(22.5, 44.6).toPoint());
    QVERIFY2(osecina.lightness() < cajetina.lightness() - 40,
             qPrintable(osecina.name() + QLatin1Char(' ') + cajetina.name()));
}

void TestMapImageExporter::canvasViewport()
{
    // The canvas's layers and viewport: the export keeps its extent at any pixel size.
    auto layers = std::make_shared<maps::LayerStack>();
    auto base = std::make_shared<maps::BoundaryLayer>();
    base->setBoundaries(threeSquares());
    layers->addLayer(base);
    maps::Viewport view(21.5, 44.5, 7, QSize(800, 500));
    report::MapImageExporter exporter(layers, view);
    auto image = exporter.renderImage(QSize(1600, 1000), 192);
    QVERIFY(image.ok());
    QCOMPARE(image.value().size(), QSize(1600, 1000));
    // Land colour inside the middle square (away from its name at the centre).
    const QPointF inside = view.scaledTo(QSize(1600, 1000)).lonLatToScreen(21.15, 44.15);
    const QColor centre = image.value().pixelColor(inside.toPoint());
    QVERIFY2(centre.red() > 200 && centre.green() > 200, qPrintable(centre.name()));
}

void TestMapImageExporter::svg()
{
    report::MapImageExporter exporter(densityMap());
    exporter.setTitle(QStringLiteral("Cameras & squares"));
    const QString path = m_dir.filePath(QStringLiteral("map.svg"));
    const domain::Status s = exporter.exportSvg(path, QSize(1200, 800), 96);
    QVERIFY2(s.ok(), qPrintable(s.errorString()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    QXmlStreamReader xml(data);
    QString root, viewBox;
    int paths = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (root.isEmpty()) {
            root = xml.name().toString();
            viewBox = xml.attributes().value(QStringLiteral("viewBox")).toString();
        }
        if (xml.name() == QLatin1String("path"))
            ++paths;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, QStringLiteral("svg"));
    QCOMPARE(viewBox, QStringLiteral("0 0 1200 800"));
    QVERIFY(paths >= 3);  // the squares, as vectors
    QVERIFY(data.contains("Cameras &amp; squares"));
}

QTEST_MAIN(TestMapImageExporter)
#include "test_mapimageexporter.moc"
