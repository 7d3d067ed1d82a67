// The density report and the town fact sheet against figures known by hand: CSV rows exact,
// HTML figures in the reader's locale, GeoJSON properties, PDF pages and text read back with
// poppler (pdfinfo, pdftotext), the table breaking across pages with its header repeated,
// ranks, and photos re-encoded.
#include "report/densityreport.h"
#include "report/factsheet.h"
#include "report/pdflayout.h"
#include "report/reporttables.h"
#include "reportfixtures.h"

#include <QBuffer>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace nadzor;
using namespace nadzor::testing;

namespace {

report::DensityReport makeReport(report::Metric metric = report::Metric::CamerasPerKm2)
{
    const domain::BoundaryLayer layer = threeSquares();
    const QList<domain::Site> sites = knownSites();
    report::DensityReport r(layer, sites, aggregate(layer, sites), domain::CameraFilter());
    r.setMetric(metric);
    r.setTitle(QStringLiteral("Cameras in the test squares"));
    r.setGeneratedAt(QDateTime(QDate(2025, 3, 14), QTime(10, 30)));
    r.setLocale(QLocale(QStringLiteral("en_GB")));
    return r;
}

QString pdfText(const QString &pdf)
{
    const ProcessResult r = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    return r.exitCode == 0 ? r.out : QString();
}

int pdfPages(const QString &pdf)
{
    const ProcessResult r = runTool(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(r.out);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TestDensityReport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void csvRowsExact_data();
    void csvRowsExact();
    void geojsonProperties();
    void htmlFigures_data();
    void htmlFigures();
    void htmlIsSelfContained();
    void ranks();
    void pdfPagesAndText();
    void longTableRepeatsHeader();
    void heatmapReport();
    void factSheetOnePage();
    void photosAreReencoded();
    void writeErrorsNameTheFile();

private:
    QTemporaryDir m_dir;
};

void TestDensityReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "poppler-utils is needed");
}

void TestDensityReport::csvRowsExact_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QStringList>("rows");
    const QString osecina = QStringLiteral("Osečina,70882,5,3,100.00,100000,0.0500,0.050,20000.0");
    const QString becej = QStringLiteral("Bečej,80110,2,1,200.00,50000,0.0100,0.040,25000.0");
    const QString cajetina = QStringLiteral("Čajetina,70300,0,0,50.00,,0.0000,,");
    QTest::newRow("per km²") << "cameras_per_km2" << QStringList{osecina, becej, cajetina};
    QTest::newRow("cameras") << "cameras" << QStringList{osecina, becej, cajetina};
    QTest::newRow("inhabitants per camera, lowest first") << "inhabitants_per_camera"
                                                         << QStringList{osecina, becej, cajetina};
    QTest::newRow("per 1000") << "cameras_per_1000" << QStringList{osecina, becej, cajetina};
}

void TestDensityReport::csvRowsExact()
{
    QFETCH(QString, metric);
    QFETCH(QStringList, rows);
    const auto m = report::Metrics::fromKey(metric);
    QVERIFY(m);
    const QStringList lines = QString::fromUtf8(makeReport(*m).toCsv()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], QStringLiteral("name,code,cameras,sites,area_km2,population,cameras_per_km2,cameras_per_1000,"
                                      "inhabitants_per_camera"));
    QCOMPARE(lines.mid(1), rows);
}

void TestDensityReport::geojsonProperties()
{
    const QJsonObject root = QJsonDocument::fromJson(makeReport().toGeoJson()).object();
    QCOMPARE(root.value(QStringLiteral("type")).toString(), QStringLiteral("FeatureCollection"));
    QCOMPARE(root.value(QStringLiteral("outside_cameras")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("filter")).toString(), domain::CameraFilter().describe());
    const QJsonArray features = root.value(QStringLiteral("features")).toArray();
    QCOMPARE(features.size(), 3);
    const QJsonObject first = features[0].toObject().value(QStringLiteral("properties")).toObject();
    QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("Osečina"));
    QCOMPARE(first.value(QStringLiteral("cameras")).toInt(), 5);
    QCOMPARE(first.value(QStringLiteral("cameras_per_km2")).toDouble(), 0.05);
    const QJsonObject third = features[2].toObject().value(QStringLiteral("properties")).toObject();
    QVERIFY(third.value(QStringLiteral("cameras_per_1000")).isNull());
    const QJsonArray ring = features[0].toObject()[QStringLiteral("geometry")][QStringLiteral("coordinates")][0][0].toArray();
    QCOMPARE(ring.size(), 5);  // closed
}

void TestDensityReport::htmlFigures_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QStringList>("expected");
    // Osečina: 100,000 inhabitants, 20,000 per camera, 0.050 per km²; Bečej 25,000 per camera.
    QTest::newRow("en_GB") << "en_GB"
                           << QStringList{"100,000", "20,000", "25,000", "0.050", "0.010", "14 March 2025"};
    QTest::newRow("sr_Latn_RS") << "sr_Latn_RS" << QStringList{"100.000", "20.000", "25.000", "0,050", "0,010"};
}

void TestDensityReport::htmlFigures()
{
    QFETCH(QString, locale);
    QFETCH(QStringList, expected);
    report::DensityReport r = makeReport();
    r.setLocale(QLocale(locale));
    const QString html = QString::fromUtf8(r.toHtml());
    QVERIFY(html.contains(QStringLiteral("<h1>Cameras in the test squares</h1>")));
    for (const QString &e : expected)
        QVERIFY2(html.contains(e), qPrintable(e));
    // The rows in order, with the municipality names.
    const int o = html.indexOf(QStringLiteral("<td>Osečina</td>"));
    const int b = html.indexOf(QStringLiteral("<td>Bečej</td>"));
    const int c = html.indexOf(QStringLiteral("<td>Čajetina</td>"));
    QVERIFY(o > 0 && o < b && b < c);
    // Breakdowns and the methodology.
    QVERIFY(html.contains(QStringLiteral("<td>Dahua</td><td class=\"num\">4</td>")));  // 3 + the one outside
    QVERIFY(html.contains(QStringLiteral("<td>Huawei</td><td class=\"num\">2</td>")));
    QVERIFY(!html.contains(QStringLiteral("Bosch")));  // removed: not counted
    QVERIFY(html.contains(QStringLiteral("Methodology and sources")));
    QVERIFY(html.contains(domain::CameraFilter().describe().toHtmlEscaped()));
    QVERIFY(html.contains(QStringLiteral("1 cameras at 1 sites lie outside every boundary")));
    QVERIFY(html.contains(QStringLiteral("Population figures for 2022")));
    QVERIFY(html.contains(QStringLiteral("crossing-number rule")));
}

void TestDensityReport::htmlIsSelfContained()
{
    const QString html = QString::fromUtf8(makeReport().toHtml());
    QVERIFY(html.contains(QStringLiteral("src=\"data:image/png;base64,")));
    QVERIFY(!html.contains(QStringLiteral("http://")));
    QVERIFY(!html.contains(QStringLiteral("src=\"http")));
    // The embedded map decodes to the announced size.
    const int start = html.indexOf(QStringLiteral("base64,")) + 7;
    const QByteArray png = QByteArray::fromBase64(html.mid(start, html.indexOf(QLatin1Char('"'), start) - start).toLatin1());
    QImage map;
    QVERIFY(map.loadFromData(png, "PNG"));
    QVERIFY(map.width() > 900);
}

void TestDensityReport::ranks()
{
    const domain::BoundaryLayer layer = threeSquares();
    const analysis::Aggregation a = aggregate(layer, knownSites());
    auto r = report::ReportTables::rank(a, 1, report::Metric::CamerasPerKm2);  // Bečej
    QVERIFY(r);
    QCOMPARE(r->rank, 2);
    QCOMPARE(r->of, 3);
    r = report::ReportTables::rank(a, 1, report::Metric::CamerasPer1000);
    QCOMPARE(r->rank, 2);
    QCOMPARE(r->of, 2);  // Čajetina has no population
    QVERIFY(!report::ReportTables::rank(a, 2, report::Metric::InhabitantsPerCamera));
}

void TestDensityReport::pdfPagesAndText()
{
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    const report::DensityReport r = makeReport();
    const domain::Status s = r.writePdf(path);
    QVERIFY2(s.ok(), qPrintable(s.errorString()));
    const int pages = pdfPages(path);
    QCOMPARE(pages, 2);  // the map page, then table, breakdowns and methodology
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("Cameras in the test squares")));
    QVERIFY(text.contains(QStringLiteral("Osečina")));
    QVERIFY(text.contains(QStringLiteral("20,000")));
    QVERIFY(text.contains(QStringLiteral("Methodology and sources")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of 2")));
    QVERIFY(text.contains(QStringLiteral("Page 2 of 2")));
}

void TestDensityReport::longTableRepeatsHeader()
{
    // 150 squares in a 15 x 10 grid: the table needs several pages.
    domain::BoundaryLayer layer;
    layer.name = QStringLiteral("Grid");
    QList<domain::Site> sites;
    for (int i = 0; i < 150; ++i) {
        domain::Boundary b = square(i + 1, QStringLiteral("Opština %1").arg(i + 1, 3, 10, QLatin1Char('0')),
                                    QString::number(70000 + i), 0, 1000 * (i + 1), 10);
        const double x = 15 + (i % 15) * 0.5, y = 40 + (i / 15) * 0.5;
        b.geometry = {domain::Polygon{{domain::Ring{{x, y}, {x + 0.5, y}, {x + 0.5, y + 0.5}, {x, y + 0.5}}}}};
        layer.boundaries << b;
        sites << site(i + 1, x + 0.25, y + 0.25, QStringList(i % 7 + 1, QStringLiteral("Dahua")));
    }
    report::DensityReport r(layer, sites, aggregate(layer, sites), domain::CameraFilter());
    r.setLocale(QLocale(QStringLiteral("en_GB")));
    const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
    QVERIFY(r.writePdf(path).ok());
    const int pages = pdfPages(path);
    QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    // The header row on every page of the table: page 1 is the map, the table starts on page 2.
    const QStringList pageTexts = text.split(QLatin1Char('\f'));
    int withHeader = 0;
    for (const QString &p : pageTexts)
        if (p.contains(QStringLiteral("Municipality")) && p.contains(QStringLiteral("Opština")))
            ++withHeader;
    QVERIFY2(withHeader >= 3, qPrintable(QString::number(withHeader)));
    QVERIFY(text.contains(QStringLiteral("Opština 150")));
}

void TestDensityReport::heatmapReport()
{
    report::DensityReport r = makeReport();
    r.setMapKind(report::MapKind::Heatmap);
    const QString html = QString::fromUtf8(r.toHtml());
    QVERIFY(html.contains(QStringLiteral("Kernel density")));
    const QString path = m_dir.filePath(QStringLiteral("heat.pdf"));
    QVERIFY(r.writePdf(path).ok());
    QCOMPARE(pdfPages(path), 2);
}

void TestDensityReport::factSheetOnePage()
{
    const domain::BoundaryLayer layer = threeSquares();
    const QList<domain::Site> sites = knownSites();
    report::FactSheet sheet(layer, sites, aggregate(layer, sites), domain::CameraFilter(), 1);
    sheet.setLocale(QLocale(QStringLiteral("en_GB")));
    QCOMPARE(sheet.figures().cameras, 2);
    QCOMPARE(sheet.sitesInMunicipality().size(), 1);
    const QString path = m_dir.filePath(QStringLiteral("becej.pdf"));
    QVERIFY(sheet.writePdf(path).ok());
    QCOMPARE(pdfPages(path), 1);
    const QString text = pdfText(path).simplified();  // lines wrap where the layout wraps them
    QVERIFY(text.contains(QStringLiteral("Bečej: surveillance cameras")));
    QVERIFY(text.contains(QStringLiteral("2 of 3 by cameras per km²")));
    QVERIFY(text.contains(QStringLiteral("Huawei")));
    QVERIFY(text.contains(QStringLiteral("Grad Bečej")));
    const QStringList csv = QString::fromUtf8(sheet.toCsv()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(csv.value(1), QStringLiteral("Bečej,80110,2,1,200.00,50000,0.0100,0.040,25000.0"));
}

void TestDensityReport::photosAreReencoded()
{
    // A PNG with a text chunk (as metadata would be): none of its bytes or text may survive.
    QImage photo(64, 48, QImage::Format_RGB32);
    photo.fill(QColor(10, 120, 200));
    photo.setText(QStringLiteral("Comment"), QStringLiteral("secret-volunteer-name"));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(QImageWriter(&buffer, "png").write(photo));

    const domain::BoundaryLayer layer = threeSquares();
    const QList<domain::Site> sites = knownSites();
    report::FactSheet sheet(layer, sites, aggregate(layer, sites), domain::CameraFilter(), 0);
    QVERIFY(sheet.addPhoto(bytes, QStringLiteral("pole.png")).ok());
    QVERIFY(!sheet.addPhoto(QByteArray("not an image"), QStringLiteral("broken.jpg")).ok());
    QCOMPARE(sheet.photos().size(), 1);
    QVERIFY(sheet.photos().first().textKeys().isEmpty());
    const QString html = QString::fromUtf8(sheet.toHtml());
    QVERIFY(html.contains(QStringLiteral("data:image/jpeg;base64,")));
    QVERIFY(!html.contains(QString::fromLatin1(bytes.toBase64())));
    QVERIFY(!html.contains(QStringLiteral("secret-volunteer-name")));
    const QString pdf = m_dir.filePath(QStringLiteral("photo.pdf"));
    QVERIFY(sheet.writePdf(pdf).ok());
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains("secret-volunteer-name"));
    QCOMPARE(pdfPages(pdf), 1);
}

void TestDensityReport::writeErrorsNameTheFile()
{
    const QString bad = m_dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
    const domain::Status s = makeReport().write(bad, report::ReportFormat::Pdf);
    QVERIFY(!s.ok());
    QVERIFY(s.errorString().contains(bad));
    const domain::Status h = makeReport().write(m_dir.filePath(QStringLiteral("no/such/r.html")), report::ReportFormat::Html);
    QVERIFY(!h.ok());
    QVERIFY(h.errorString().contains(QStringLiteral("r.html")));
}

QTEST_MAIN(TestDensityReport)
#include "test_densityreport.moc"
