// Camera import and export: every format round trip, real data (OSM Albania, Zagreb open
// data), reprojection, OSM tag mapping, grouping into sites, bad input, CSV formula safety.
#include "clirunner.h"
#include "domain/csvtext.h"
#include "domain/osmtags.h"
#include "io/cameraexporter.h"
#include "io/cameraimporter.h"
#include "io/hstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>

using namespace nadzor;
using domain::Camera;
using domain::Site;
using test::readFile;
using test::writeFile;

Q_DECLARE_METATYPE(io::ExportFormat)

namespace {

const QString Albania = QStringLiteral(NADZOR_TEST_FIXTURES "/real/cameras-albania-osm/osm.geojson");
const QString Zagreb1 = QStringLiteral(
    NADZOR_TEST_FIXTURES "/real/cameras-zagreb-opendata/0.1.zagreb-surveillance-cameras-original.csv");
const QString Zagreb2 = QStringLiteral(
    NADZOR_TEST_FIXTURES "/real/cameras-zagreb-opendata/0.2.zagreb-surveillance-cameras-preprocessed.csv");

struct Imported {
    domain::Result<io::ImportStats> result = domain::makeError(QString());
    QList<Site> sites;
};

Imported importFile(const QString &path, const io::ImportOptions &options = {})
{
    Imported out;
    io::CameraImporter importer;
    out.result = importer.importFile(path, options, [&out](Site &site) -> domain::Status {
        out.sites.append(site);
        return {};
    });
    return out;
}

qint64 cameraCount(const QList<Site> &sites)
{
    qint64 n = 0;
    for (const Site &s : sites)
        n += s.cameras.size();
    return n;
}

// Sample sites that use every field: two cameras at one site, Unicode, numbers, free tags,
// a note that a spreadsheet would run as a formula.
QList<Site> sampleSites()
{
    Site a;
    a.uuid = QStringLiteral("5b0e8a9e-0d7f-4c59-9a3d-1f1d2f3a4b01");
    a.position = {20.4612345, 44.8123456};
    a.address = QStringLiteral("Knez Mihailova 1, Beograd");
    a.description = QStringLiteral("ugao, na stubu semafora");
    Camera c1;
    c1.uuid = QStringLiteral("5b0e8a9e-0d7f-4c59-9a3d-1f1d2f3a4b02");
    c1.surveillance = QStringLiteral("public");
    c1.surveillanceType = QStringLiteral("camera");
    c1.surveillanceZone = QStringLiteral("town");
    c1.cameraType = QStringLiteral("dome");
    c1.cameraMount = QStringLiteral("pole");
    c1.direction = QStringLiteral("90;180-270");
    c1.angle = 60;
    c1.tilt = 15;
    c1.height = 4.5;
    c1.operatorName = QStringLiteral("Grad Beograd");
    c1.manufacturer = QStringLiteral("Huawei");
    c1.model = QStringLiteral("M2391-10-QLI");
    c1.faceRecognition = domain::FaceRecognition::Suspected;
    c1.status = domain::VerificationStatus::Verified;
    c1.reviewedBy = QStringLiteral("Ana Anić");
    c1.reviewedAt = QDateTime(QDate(2024, 3, 2), QTime(10, 30, 0), Qt::UTC);
    c1.observed = QDate(2024, 3, 1);
    c1.source = QStringLiteral("volunteer");
    c1.notes = QStringLiteral("=HYPERLINK(\"http://example.com\")");
    c1.tags.insert(QStringLiteral("ref:source"), QStringLiteral("abc-1"));
    c1.tags.insert(QStringLiteral("verified"), QStringLiteral("true"));
    Camera c2;
    c2.uuid = QStringLiteral("5b0e8a9e-0d7f-4c59-9a3d-1f1d2f3a4b03");
    c2.surveillanceType = QStringLiteral("ALPR");
    c2.notes = QStringLiteral("-12.5");
    c2.tags.insert(QStringLiteral("lanes"), QStringLiteral("2"));
    a.cameras = {c1, c2};

    Site b;
    b.uuid = QStringLiteral("5b0e8a9e-0d7f-4c59-9a3d-1f1d2f3a4b04");
    b.position = {19.8334567, 45.2671234};
    Camera c3;
    c3.uuid = QStringLiteral("5b0e8a9e-0d7f-4c59-9a3d-1f1d2f3a4b05");
    c3.surveillanceType = QStringLiteral("camera");
    c3.operatorName = QStringLiteral("Šabac — Шабац");
    c3.notes = QStringLiteral("@mention, +381 11 123");
    b.cameras = {c3};
    return {a, b};
}

// Cameras compared without store ids (and without uuids where a format does not keep them).
Camera comparable(Camera c, bool keepUuid)
{
    c.id = 0;
    c.siteId = 0;
    if (!keepUuid)
        c.uuid.clear();
    return c;
}

QString describe(const Camera &c)
{
    QStringList parts;
    const auto tags = domain::toOsmTags(c, true);
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value();
    return c.uuid + QLatin1Char(' ') + parts.join(QLatin1Char(' '));
}

void compareSites(const QList<Site> &actual, const QList<Site> &expected, bool keepUuid)
{
    QCOMPARE(actual.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const Site &a = actual.at(i);
        const Site &e = expected.at(i);
        QVERIFY2(std::abs(a.position.lon - e.position.lon) < 1e-7
                     && std::abs(a.position.lat - e.position.lat) < 1e-7,
                 qPrintable(QStringLiteral("site %1: %2,%3 vs %4,%5")
                                .arg(i)
                                .arg(a.position.lon, 0, 'f', 9)
                                .arg(a.position.lat, 0, 'f', 9)
                                .arg(e.position.lon, 0, 'f', 9)
                                .arg(e.position.lat, 0, 'f', 9)));
        QCOMPARE(a.address, e.address);
        QCOMPARE(a.description, e.description);
        if (keepUuid)
            QCOMPARE(a.uuid, e.uuid);
        QCOMPARE(a.cameras.size(), e.cameras.size());
        for (int j = 0; j < e.cameras.size(); ++j) {
            const Camera ca = comparable(a.cameras.at(j), keepUuid);
            const Camera ce = comparable(e.cameras.at(j), keepUuid);
            QVERIFY2(ca == ce, qPrintable(QStringLiteral("site %1 camera %2:\n  got      %3\n  expected %4")
                                              .arg(i)
                                              .arg(j)
                                              .arg(describe(ca), describe(ce))));
        }
    }
}

// Writes points with attributes through GDAL (for formats the exporter does not write).
void writeWithGdal(const QString &driverName, const QString &path, int epsg,
                   const QList<QPair<QPointF, QMap<QString, QString>>> &points,
                   const QStringList &fields, const char *const *layerOptions = nullptr)
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName.toUtf8().constData());
    QVERIFY(driver);
    GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    QVERIFY(ds);
    OGRSpatialReference srs;
    srs.importFromEPSG(epsg);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRLayer *layer = ds->CreateLayer(driverName == QLatin1String("GPX") ? "waypoints" : "cameras",
                                      &srs, wkbPoint, const_cast<char **>(layerOptions));
    QVERIFY(layer);
    for (const QString &f : fields) {
        OGRFieldDefn defn(f.toUtf8().constData(), OFTString);
        QCOMPARE(layer->CreateField(&defn), OGRERR_NONE);
    }
    for (const auto &p : points) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetGeometryDirectly(new OGRPoint(p.first.x(), p.first.y()));
        for (auto it = p.second.cbegin(); it != p.second.cend(); ++it)
            feature.SetField(it.key().toUtf8().constData(), it.value().toUtf8().constData());
        QCOMPARE(layer->CreateFeature(&feature), OGRERR_NONE);
    }
}

int countProperty(const QJsonArray &features, const QString &key)
{
    int n = 0;
    for (const QJsonValue &f : features) {
        const QJsonValue v = f.toObject().value(QStringLiteral("properties")).toObject().value(key);
        if (!v.isNull() && !v.isUndefined() && !(v.isString() && v.toString().isEmpty()))
            ++n;
    }
    return n;
}

} // namespace

class TestIo : public QObject {
    Q_OBJECT
private slots:
    void hstore_data();
    void hstore();
    void spreadsheetSafe_data();
    void spreadsheetSafe();
    void albaniaGeoJson();
    void albaniaOsmRoundTrip();
    void roundTrip_data();
    void roundTrip();
    void exportWithoutAuthors_data();
    void exportWithoutAuthors();
    void csvFormulaNeutralised();
    void gdalWrittenFormats_data();
    void gdalWrittenFormats();
    void reprojectUtm();
    void reprojectCsvWithSourceSrs();
    void osmTagMapping();
    void osmPbf();
    void zagrebWindows1250();
    void zagrebNeedsEncoding();
    void zagrebUtf8();
    void csvWkt();
    void fieldMapFlags();
    void sameCoordinatesMakeOneSite();
    void multiPoint();
    void badInput_data();
    void badInput();
    void sinkFailureStops();
    void exportFailureLeavesNothing();

private:
    QTemporaryDir m_dir;
};

void TestIo::hstore_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("pairs");  // k, v, k, v, ...
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QString() << QStringList() << true;
    QTest::newRow("one") << R"("man_made"=>"surveillance")" << QStringList{"man_made", "surveillance"} << true;
    QTest::newRow("escaped") << R"("note"=>"a \"b\", c => d","x\\y"=>"1")"
                             << QStringList{"note", "a \"b\", c => d", "x\\y", "1"} << true;
    QTest::newRow("null skipped") << R"("a"=>NULL, "b"=>"2")" << QStringList{"b", "2"} << true;
    QTest::newRow("unicode") << R"("name:sr"=>"Шабац")" << QStringList{"name:sr", "Шабац"} << true;
    QTest::newRow("unterminated") << R"("a"=>"b)" << QStringList() << false;
    QTest::newRow("no arrow") << R"("a" "b")" << QStringList() << false;
}

void TestIo::hstore()
{
    QFETCH(QString, text);
    QFETCH(QStringList, pairs);
    QFETCH(bool, valid);
    const auto parsed = io::parseHstore(text);
    QCOMPARE(parsed.has_value(), valid);
    if (!valid)
        return;
    QStringList flat;
    for (const auto &kv : *parsed)
        flat << kv.first << kv.second;
    QCOMPARE(flat, pairs);
}

void TestIo::spreadsheetSafe_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("safe");
    QTest::newRow("formula") << "=SUM(A1:A9)" << "'=SUM(A1:A9)";
    QTest::newRow("plus formula") << "+cmd|' /C calc'!A0" << "'+cmd|' /C calc'!A0";
    QTest::newRow("minus formula") << "-2+3" << "'-2+3";
    QTest::newRow("at") << "@SUM(1)" << "'@SUM(1)";
    QTest::newRow("tab") << "\tx" << "'\tx";
    QTest::newRow("cr") << "\rx" << "'\rx";
    QTest::newRow("negative number") << "-12.5" << "-12.5";
    QTest::newRow("plus number") << "+3" << "+3";
    QTest::newRow("exponent") << "-1e-5" << "-1e-5";
    QTest::newRow("phone") << "+381 11 123" << "'+381 11 123";
    QTest::newRow("plain") << "Knez Mihailova" << "Knez Mihailova";
    QTest::newRow("inner equals") << "a=b" << "a=b";
    QTest::newRow("empty") << "" << "";
}

void TestIo::spreadsheetSafe()
{
    QFETCH(QString, cell);
    QFETCH(QString, safe);
    QCOMPARE(domain::spreadsheetSafe(cell), safe);
}

void TestIo::albaniaGeoJson()
{
    const QByteArray json = readFile(Albania);
    const QJsonArray features =
        QJsonDocument::fromJson(json).object().value(QStringLiteral("features")).toArray();
    QCOMPARE(features.size(), 62);

    const Imported imported = importFile(Albania);
    QVERIFY2(imported.result.ok(), qPrintable(imported.result.errorString()));
    QCOMPARE(imported.result.value().features, 62);
    QCOMPARE(imported.result.value().cameras, 62);
    QCOMPARE(cameraCount(imported.sites), 62);
    QCOMPARE(imported.result.value().sites, imported.sites.size());

    int direction = 0, mount = 0, zone = 0, height = 0, op = 0, source = 0, ref = 0, verified = 0;
    int camera = 0, speed = 0, dome = 0, unverified = 0;
    for (const Site &s : imported.sites) {
        for (const Camera &c : s.cameras) {
            direction += !c.direction.isEmpty();
            mount += !c.cameraMount.isEmpty();
            zone += !c.surveillanceZone.isEmpty();
            height += c.height.has_value();
            op += !c.operatorName.isEmpty();
            source += c.source.startsWith(QLatin1String("https://www.openstreetmap.org/node/"));
            ref += c.tags.value(QStringLiteral("ref:source")).startsWith(QLatin1String("osm-"));
            verified += c.tags.value(QStringLiteral("verified")) == QLatin1String("true");
            camera += c.surveillanceType == QLatin1String("camera");
            speed += c.surveillanceType == QLatin1String("speed_camera");
            dome += c.cameraType == QLatin1String("dome");
            unverified += c.status == domain::VerificationStatus::Unverified;
        }
    }
    QCOMPARE(direction, countProperty(features, QStringLiteral("direction")));
    QCOMPARE(mount, countProperty(features, QStringLiteral("mount")));
    QCOMPARE(zone, countProperty(features, QStringLiteral("zone")));
    QCOMPARE(height, countProperty(features, QStringLiteral("height")));
    QCOMPARE(op, countProperty(features, QStringLiteral("operator")));
    QCOMPARE(direction, 19);
    QCOMPARE(mount, 22);
    QCOMPARE(height, 6);
    QCOMPARE(op, 3);
    QCOMPARE(source, 62);
    QCOMPARE(ref, 62);
    QCOMPARE(verified, 62);
    QCOMPARE(unverified, 62);  // "verified": true is the source's flag, not our review
    QCOMPARE(camera, 54);      // 53 cctv + 1 dome
    QCOMPARE(speed, 8);
    QCOMPARE(dome, 1);

    // The first feature, field by field.
    const Camera &first = imported.sites.first().cameras.first();
    QCOMPARE(imported.sites.first().position.lon, 19.4735638);
    QCOMPARE(imported.sites.first().position.lat, 41.3140232);
    QCOMPARE(first.direction, QStringLiteral("326"));
    QCOMPARE(first.surveillanceZone, QStringLiteral("area"));
    QCOMPARE(first.cameraMount, QStringLiteral("wall"));
    QCOMPARE(first.tags.value(QStringLiteral("import:type")), QStringLiteral("cctv"));
    QCOMPARE(first.tags.value(QStringLiteral("ref:source")), QStringLiteral("osm-12172821032"));
}

void TestIo::albaniaOsmRoundTrip()
{
    const Imported first = importFile(Albania);
    QVERIFY2(first.result.ok(), qPrintable(first.result.errorString()));
    const QString osm = m_dir.filePath(QStringLiteral("albania.osm"));
    io::CameraExporter exporter;
    const auto written = exporter.exportSites(first.sites, osm, io::ExportFormat::Osm);
    QVERIFY2(written.ok(), qPrintable(written.errorString()));
    QCOMPARE(written.value(), 62);

    const QByteArray xml = readFile(osm);
    QVERIFY(xml.contains("<osm version=\"0.6\" generator=\"Nadzor "));
    QVERIFY(xml.contains("<node id=\"-1\" lat=\"41.3140232\" lon=\"19.4735638\">"));
    QVERIFY(xml.contains("<node id=\"-62\""));
    QVERIFY(!xml.contains("action="));
    QVERIFY(xml.contains("<tag k=\"man_made\" v=\"surveillance\"/>"));

    const Imported second = importFile(osm);
    QVERIFY2(second.result.ok(), qPrintable(second.result.errorString()));
    QCOMPARE(second.result.value().cameras, 62);
    compareSites(second.sites, first.sites, false);
}

void TestIo::roundTrip_data()
{
    QTest::addColumn<io::ExportFormat>("format");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<bool>("keepUuid");
    QTest::newRow("geojson") << io::ExportFormat::GeoJson << "geojson" << true;
    QTest::newRow("csv") << io::ExportFormat::Csv << "csv" << true;
    QTest::newRow("gpkg") << io::ExportFormat::GeoPackage << "gpkg" << true;
    QTest::newRow("kml") << io::ExportFormat::Kml << "kml" << true;
    QTest::newRow("osm") << io::ExportFormat::Osm << "osm" << false;
}

void TestIo::roundTrip()
{
    QFETCH(io::ExportFormat, format);
    QFETCH(QString, suffix);
    QFETCH(bool, keepUuid);
    const QList<Site> sites = sampleSites();
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.") + suffix);
    io::CameraExporter exporter;
    const auto written = exporter.exportSites(sites, path, format, true);
    QVERIFY2(written.ok(), qPrintable(written.errorString()));
    QCOMPARE(written.value(), 3);
    QVERIFY(QFile::exists(path));
    // No temporary files are left behind.
    const QStringList leftovers =
        QDir(m_dir.path()).entryList({QStringLiteral("*nadzor-tmp*")}, QDir::Files | QDir::Hidden);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));

    const Imported back = importFile(path);
    QVERIFY2(back.result.ok(), qPrintable(back.result.errorString()));
    QCOMPARE(back.result.value().cameras, 3);
    QCOMPARE(back.result.value().sites, 2);
    compareSites(back.sites, sites, keepUuid);
}

void TestIo::exportWithoutAuthors_data()
{
    roundTrip_data();
}

void TestIo::exportWithoutAuthors()
{
    QFETCH(io::ExportFormat, format);
    QFETCH(QString, suffix);
    const QString path = m_dir.filePath(QStringLiteral("noauthors.") + suffix);
    io::CameraExporter exporter;
    QVERIFY(exporter.exportSites(sampleSites(), path, format, false).ok());
    const Imported back = importFile(path);
    QVERIFY2(back.result.ok(), qPrintable(back.result.errorString()));
    for (const Site &s : back.sites) {
        for (const Camera &c : s.cameras) {
            QVERIFY(c.reviewedBy.isEmpty());
            QVERIFY(!c.reviewedAt.isValid());
        }
    }
    // The status itself is not a name and is kept.
    QCOMPARE(back.sites.first().cameras.first().status, domain::VerificationStatus::Verified);
    if (format != io::ExportFormat::GeoPackage) {
        const QByteArray bytes = readFile(path);
        QVERIFY(!bytes.contains("Ana"));
        QVERIFY(!bytes.contains("reviewed_by"));
    }
}

void TestIo::csvFormulaNeutralised()
{
    const QString path = m_dir.filePath(QStringLiteral("formula.csv"));
    io::CameraExporter exporter;
    QVERIFY(exporter.exportSites(sampleSites(), path, io::ExportFormat::Csv).ok());
    const QString csv = QString::fromUtf8(readFile(path));
    const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(QLatin1String("lon,lat,nadzor:uuid,")));
    QVERIFY2(csv.contains(QLatin1String("\"'=HYPERLINK(\"\"http://example.com\"\")\"")), qPrintable(csv));
    QVERIFY(csv.contains(QLatin1String(",-12.5")));           // a plain number stays a number
    QVERIFY(!csv.contains(QLatin1String("'-12.5")));
    QVERIFY(csv.contains(QLatin1String("'@mention, +381 11 123")));
    QVERIFY(!csv.contains(QLatin1String(",=")));
    QVERIFY(!csv.contains(QLatin1String(",\"=")));
}

void TestIo::gdalWrittenFormats_data()
{
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("shapefile") << "ESRI Shapefile" << "shp";
    QTest::newRow("flatgeobuf") << "FlatGeobuf" << "fgb";
    QTest::newRow("gpx") << "GPX" << "gpx";
}

void TestIo::gdalWrittenFormats()
{
    QFETCH(QString, driver);
    QFETCH(QString, suffix);
    const QString path = m_dir.filePath(QStringLiteral("written.") + suffix);
    const bool gpx = driver == QLatin1String("GPX");
    const QStringList fields = gpx ? QStringList{QStringLiteral("name"), QStringLiteral("type")}
                                   : QStringList{QStringLiteral("type"), QStringLiteral("operator"),
                                                 QStringLiteral("height"), QStringLiteral("Adresa")};
    QMap<QString, QString> a{{QStringLiteral("type"), QStringLiteral("dome")}};
    QMap<QString, QString> b{{QStringLiteral("type"), QStringLiteral("ALPR")}};
    if (gpx) {
        a.insert(QStringLiteral("name"), QStringLiteral("Kamera Šabac"));
    } else {
        a.insert(QStringLiteral("operator"), QStringLiteral("MUP Srbije"));
        a.insert(QStringLiteral("height"), QStringLiteral("5"));
        a.insert(QStringLiteral("Adresa"), QStringLiteral("Karađorđeva 5, Šabac"));
    }
    // A shapefile says its encoding in a .cpg file; GDAL writes ISO-8859-1 unless told.
    const char *const shapefileOptions[] = {"ENCODING=UTF-8", nullptr};
    writeWithGdal(driver, path, 4326,
                  {{QPointF(19.6912345, 44.7561234), a}, {QPointF(19.7, 44.76), b}}, fields,
                  driver == QLatin1String("ESRI Shapefile") ? shapefileOptions : nullptr);
    if (QTest::currentTestFailed())
        return;
    const Imported imported = importFile(path);
    QVERIFY2(imported.result.ok(), qPrintable(imported.result.errorString()));
    QCOMPARE(imported.sites.size(), 2);
    // FlatGeobuf orders features along its spatial index: find the sites by position.
    const bool firstIsA = imported.sites.first().position.lon < 19.695;
    const Site &s = imported.sites.at(firstIsA ? 0 : 1);
    const Site &other = imported.sites.at(firstIsA ? 1 : 0);
    QVERIFY(std::abs(s.position.lon - 19.6912345) < 1e-7);
    QVERIFY(std::abs(s.position.lat - 44.7561234) < 1e-7);
    QCOMPARE(s.cameras.first().cameraType, QStringLiteral("dome"));
    QCOMPARE(s.cameras.first().surveillanceType, QStringLiteral("camera"));
    QCOMPARE(other.cameras.first().surveillanceType, QStringLiteral("ALPR"));
    if (gpx) {
        QCOMPARE(s.cameras.first().tags.value(QStringLiteral("name")), QStringLiteral("Kamera Šabac"));
    } else {
        QCOMPARE(s.cameras.first().operatorName, QStringLiteral("MUP Srbije"));
        QCOMPARE(s.cameras.first().height, std::optional<double>(5.0));
        QCOMPARE(s.address, QStringLiteral("Karađorđeva 5, Šabac"));
    }
}

void TestIo::reprojectUtm()
{
    // $ echo "458000 4963000" | gdaltransform -s_srs EPSG:32634 -t_srs EPSG:4326 -output_xy
    // 20.4687768689142 44.8191696256427
    const QString path = m_dir.filePath(QStringLiteral("utm.gpkg"));
    writeWithGdal(QStringLiteral("GPKG"), path, 32634,
                  {{QPointF(458000, 4963000), {{QStringLiteral("model"), QStringLiteral("X1")}}}},
                  {QStringLiteral("model")});
    if (QTest::currentTestFailed())
        return;
    const Imported imported = importFile(path);
    QVERIFY2(imported.result.ok(), qPrintable(imported.result.errorString()));
    QCOMPARE(imported.sites.size(), 1);
    QVERIFY2(std::abs(imported.sites.first().position.lon - 20.4687768689142) < 1e-6,
             qPrintable(QString::number(imported.sites.first().position.lon, 'f', 10)));
    QVERIFY2(std::abs(imported.sites.first().position.lat - 44.8191696256427) < 1e-6,
             qPrintable(QString::number(imported.sites.first().position.lat, 'f', 10)));
    QCOMPARE(imported.sites.first().cameras.first().model, QStringLiteral("X1"));
}

void TestIo::reprojectCsvWithSourceSrs()
{
    const QString path = m_dir.filePath(QStringLiteral("utm.csv"));
    QVERIFY(writeFile(path, "x,y,model\n458000,4963000,X1\n"));
    io::ImportOptions options;
    options.sourceSrs = QStringLiteral("EPSG:32634");
    const Imported imported = importFile(path, options);
    QVERIFY2(imported.result.ok(), qPrintable(imported.result.errorString()));
    QVERIFY(std::abs(imported.sites.first().position.lon - 20.4687768689142) < 1e-6);
    QVERIFY(std::abs(imported.sites.first().position.lat - 44.8191696256427) < 1e-6);
}

// OSM PBF through GDAL's OSM driver (fixtures/cameras.osm.pbf, written by make-cameras-pbf.py):
// the surveillance nodes with their tags, the bench left out.
void TestIo::osmPbf()
{
    const Imported imported = importFile(QStringLiteral(NADZOR_FIXTURES "/cameras.osm.pbf"));
    QVERIFY2(imported.result.ok(), qPrintable(imported.result.errorString()));
    QCOMPARE(imported.result.value().cameras, 2);
    QCOMPARE(imported.sites.size(), 2);
    const Site &belgrade = imported.sites.first();
    QVERIFY(qAbs(belgrade.position.lat - 44.8165) < 1e-7);
    QVERIFY(qAbs(belgrade.position.lon - 20.459) < 1e-7);
    const Camera &camera = belgrade.cameras.first();
    QCOMPARE(camera.surveillance, QStringLiteral("public"));
    QCOMPARE(camera.surveillanceType, QStringLiteral("camera"));
    QCOMPARE(camera.cameraMount, QStringLiteral("pole"));
    QCOMPARE(camera.operatorName, QStringLiteral("MUP"));
    const Camera &alpr = imported.sites.at(1).cameras.first();
    QCOMPARE(alpr.surveillanceType, QStringLiteral("ALPR"));
    QCOMPARE(alpr.direction, QStringLiteral("270"));
    QVERIFY(qAbs(imported.sites.at(1).position.lat - 45.2551) < 1e-7);
}

void TestIo::osmTagMapping()
{
    const Imported imported = importFile(QStringLiteral(NADZOR_FIXTURES "/alltags.osm"));
    QVERIFY2(imported.result.ok(), qPrintable(imported.result.errorString()));
    QCOMPARE(imported.result.value().cameras, 2);  // the bench node is not a camera
    QCOMPARE(imported.sites.size(), 2);
    const Site &s = imported.sites.first();
    QCOMPARE(s.position.lat, 44.8176543);
    QCOMPARE(s.position.lon, 20.4567891);
    QCOMPARE(s.address, QStringLiteral("Terazije 1, Beograd"));
    QCOMPARE(s.description, QStringLiteral("on the corner"));
    const Camera &c = s.cameras.first();
    QCOMPARE(c.surveillance, QStringLiteral("public"));
    QCOMPARE(c.surveillanceType, QStringLiteral("camera"));
    QCOMPARE(c.surveillanceZone, QStringLiteral("traffic"));
    QCOMPARE(c.cameraType, QStringLiteral("dome"));
    QCOMPARE(c.cameraMount, QStringLiteral("pole"));
    QCOMPARE(c.direction, QStringLiteral("45"));
    QCOMPARE(c.angle, std::optional<double>(90));
    QCOMPARE(c.tilt, std::optional<double>(20));
    QCOMPARE(c.height, std::optional<double>(5.5));
    QCOMPARE(c.operatorName, QStringLiteral("MUP"));
    QCOMPARE(c.manufacturer, QStringLiteral("Huawei"));
    QCOMPARE(c.model, QStringLiteral("X-1"));
    QCOMPARE(c.source, QStringLiteral("survey"));
    QCOMPARE(c.notes, QStringLiteral("note with \"quotes\", => and \\ backslash"));
    QCOMPARE(c.observed, QDate(2023, 5, 4));
    QCOMPARE(c.faceRecognition, domain::FaceRecognition::Confirmed);
    QCOMPARE(c.status, domain::VerificationStatus::Disputed);
    QCOMPARE(c.tags.value(QStringLiteral("brand:wikidata")), QStringLiteral("Q123"));
    QCOMPARE(c.tags.value(QStringLiteral("name:sr")), QStringLiteral("Камера"));
    QVERIFY(!c.tags.contains(QStringLiteral("man_made")));
    QCOMPARE(c.tags.size(), 2);
    // The second node uses the "direction" alias and has a positive id: its URL becomes the source.
    const Camera &d = imported.sites.at(1).cameras.first();
    QCOMPARE(d.direction, QStringLiteral("NE"));
    QCOMPARE(d.source, QStringLiteral("https://www.openstreetmap.org/node/123456"));
    QCOMPARE(d.surveillanceType, QStringLiteral("speed_camera"));
    QCOMPARE(d.tags.value(QStringLiteral("highway")), QStringLiteral("speed_camera"));
}

void TestIo::zagrebWindows1250()
{
    io::ImportOptions options;
    options.encoding = QStringLiteral("CP1250");
    const Imported imported = importFile(Zagreb1, options);
    QVERIFY2(imported.result.ok(), qPrintable(imported.result.errorString()));
    // 137 data rows with coordinates (`iconv -f CP1250 0.1...csv | awk -F';' '$4!=""'` gives
    // 138 lines minus the header); the 12 trailing ";;;;" rows are skipped.
    QCOMPARE(imported.result.value().features, 137);
    QCOMPARE(imported.result.value().cameras, 137);
    QCOMPARE(imported.result.value().sites, 137);  // no two rows share a position
    const Site &s = imported.sites.first();
    QCOMPARE(s.address, QStringLiteral("Martićeva - Šubićeva"));
    QVERIFY(std::abs(s.position.lat - 45.81288884038857) < 1e-9);
    QVERIFY(std::abs(s.position.lon - 15.99662494871825) < 1e-9);
    QCOMPARE(s.cameras.first().tags.value(QStringLiteral("Godina")), QStringLiteral("2011"));
    QCOMPARE(s.cameras.first().tags.value(QStringLiteral("Broj mikrolokacija")), QStringLiteral("1"));
    QVERIFY(!imported.result.value().warnings.isEmpty());  // the unnamed lat/lon columns
    // Every position lies in Zagreb.
    for (const Site &site : imported.sites) {
        QVERIFY(site.position.lat > 45.7 && site.position.lat < 45.9);
        QVERIFY(site.position.lon > 15.8 && site.position.lon < 16.2);
    }
}

void TestIo::zagrebNeedsEncoding()
{
    const Imported imported = importFile(Zagreb1);
    QVERIFY(!imported.result.ok());
    QVERIFY(imported.sites.isEmpty());
    const QString message = imported.result.errorString();
    QVERIFY2(message.contains(QLatin1String("0.1.zagreb-surveillance-cameras-original.csv")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("line 2:")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("--encoding")), qPrintable(message));
}

void TestIo::zagrebUtf8()
{
    const Imported imported = importFile(Zagreb2);
    QVERIFY2(imported.result.ok(), qPrintable(imported.result.errorString()));
    QCOMPARE(imported.result.value().cameras, 137);
    const Site &s = imported.sites.first();
    QCOMPARE(s.address, QStringLiteral("Martićeva - Šubićeva"));
    QVERIFY(std::abs(s.position.lon - 15.9966249487183) < 1e-9);
    QVERIFY(std::abs(s.position.lat - 45.8128888403886) < 1e-9);
    QCOMPARE(s.cameras.first().tags.value(QStringLiteral("Year")), QStringLiteral("2011"));
    // The last row keeps its Croatian letters.
    QCOMPARE(imported.sites.last().address, QStringLiteral("Ul. Grada Vukovara - Av. Marina Držića JZ"));
}

void TestIo::csvWkt()
{
    const QString path = m_dir.filePath(QStringLiteral("wkt.csv"));
    QVERIFY(writeFile(path, "WKT\tModel\tNotes\n"
                            "POINT (20.1 44.1)\tA\t\"two\nlines\"\n"
                            "MULTIPOINT ((20.2 44.2),(20.3 44.3))\tB\t\n"));
    const Imported imported = importFile(path);
    QVERIFY2(imported.result.ok(), qPrintable(imported.result.errorString()));
    QCOMPARE(imported.sites.size(), 3);
    QCOMPARE(imported.sites.at(0).cameras.first().model, QStringLiteral("A"));
    QCOMPARE(imported.sites.at(0).cameras.first().notes, QStringLiteral("two\nlines"));
    QCOMPARE(imported.sites.at(2).position.lon, 20.3);
    QCOMPARE(imported.sites.at(2).cameras.first().model, QStringLiteral("B"));
}

void TestIo::fieldMapFlags()
{
    const QString path = m_dir.filePath(QStringLiteral("mapped.csv"));
    QVERIFY(writeFile(path, "Y;X;kind;Adress;cam_model;ref\n"
                            "44,5;20,5;ALPR;Bulevar 1;DS-2;r1\n"));
    io::ImportOptions options;
    options.fieldMap.insert(QStringLiteral("kind"), QStringLiteral("surveillance:type"));
    options.fieldMap.insert(QStringLiteral("cam_model"), QStringLiteral("model"));
    options.fieldMap.insert(QStringLiteral("REF"), QStringLiteral("tag:ref:city"));
    const Imported imported = importFile(path, options);
    QVERIFY2(imported.result.ok(), qPrintable(imported.result.errorString()));
    const Site &s = imported.sites.first();
    QCOMPARE(s.position.lat, 44.5);
    QCOMPARE(s.position.lon, 20.5);
    QCOMPARE(s.address, QStringLiteral("Bulevar 1"));
    QCOMPARE(s.cameras.first().surveillanceType, QStringLiteral("ALPR"));
    QCOMPARE(s.cameras.first().model, QStringLiteral("DS-2"));
    QCOMPARE(s.cameras.first().tags.value(QStringLiteral("ref:city")), QStringLiteral("r1"));
    QCOMPARE(s.cameras.first().tags.size(), 1);

    options.fieldMap.insert(QStringLiteral("kind"), QStringLiteral("no_such_field"));
    const Imported bad = importFile(path, options);
    QVERIFY(!bad.result.ok());
    QVERIFY(bad.result.errorString().contains(QLatin1String("no_such_field")));
}

void TestIo::sameCoordinatesMakeOneSite()
{
    // 130 cameras at 20 locations: 20 positions, cameras spread over the file; positions that
    // differ by less than 0.5e-7 degrees count as the same.
    QJsonArray features;
    for (int i = 0; i < 130; ++i) {
        const int site = i % 20;
        const double jitter = (i % 3) * 1e-9;
        QJsonObject geometry{{QStringLiteral("type"), QStringLiteral("Point")},
                             {QStringLiteral("coordinates"),
                              QJsonArray{20.0 + site * 0.001 + jitter, 44.0 + site * 0.001}}};
        features.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                                    {QStringLiteral("geometry"), geometry},
                                    {QStringLiteral("properties"),
                                     QJsonObject{{QStringLiteral("model"), QString::number(i)}}}});
    }
    const QString path = m_dir.filePath(QStringLiteral("grouped.geojson"));
    QVERIFY(writeFile(path, QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                                      {QStringLiteral("features"), features}})
                                .toJson()));
    const Imported imported = importFile(path);
    QVERIFY2(imported.result.ok(), qPrintable(imported.result.errorString()));
    QCOMPARE(imported.result.value().cameras, 130);
    QCOMPARE(imported.result.value().sites, 20);
    QCOMPARE(imported.sites.size(), 20);
    QCOMPARE(imported.sites.first().cameras.size(), 7);  // i = 0, 20, ..., 120
    QCOMPARE(imported.sites.first().cameras.at(1).model, QStringLiteral("20"));
    QCOMPARE(imported.sites.last().cameras.size(), 6);
}

void TestIo::multiPoint()
{
    const QString path = m_dir.filePath(QStringLiteral("multi.geojson"));
    QVERIFY(writeFile(path, R"({"type":"FeatureCollection","features":[{"type":"Feature",
        "geometry":{"type":"MultiPoint","coordinates":[[20,44],[20.5,44.5],[20,44]]},
        "properties":{"operator":"X"}}]})"));
    const Imported imported = importFile(path);
    QVERIFY2(imported.result.ok(), qPrintable(imported.result.errorString()));
    QCOMPARE(imported.result.value().features, 1);
    QCOMPARE(imported.result.value().cameras, 3);
    QCOMPARE(imported.sites.size(), 2);
    QCOMPARE(imported.sites.first().cameras.size(), 2);
    QCOMPARE(imported.sites.last().cameras.first().operatorName, QStringLiteral("X"));
}

void TestIo::badInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("srs");
    QTest::addColumn<QStringList>("expected");  // parts of the message

    const QByteArray good = R"({"type":"Feature","geometry":{"type":"Point","coordinates":[20,44]},"properties":{}})";
    QTest::newRow("truncated json")
        << "truncated.geojson"
        << QByteArray(R"({"type":"FeatureCollection","features":[)") + good + "," + good.left(40)
        << QString() << QStringList{"truncated.geojson", "line 1:", "not valid JSON", "truncated"};
    QTest::newRow("out of range")
        << "range.geojson"
        << QByteArray(R"({"type":"FeatureCollection","features":[)") + good + ","
               + R"({"type":"Feature","geometry":{"type":"Point","coordinates":[200,44]},"properties":{}}]})"
        << QString() << QStringList{"range.geojson", "feature 2", "out of range", "200"};
    QTest::newRow("latitude out of range csv")
        << "range.csv" << QByteArray("lat,lon\n44,20\n95,20\n") << QString()
        << QStringList{"range.csv", "line 3", "out of range"};
    QTest::newRow("nan csv") << "nan.csv" << QByteArray("lat,lon\n44,20\nnan,20\n") << QString()
                             << QStringList{"nan.csv", "line 3", "not numbers"};
    QTest::newRow("not a number csv")
        << "text.csv" << QByteArray("lat,lon\n44,20\n44,east\n") << QString()
        << QStringList{"text.csv", "line 3", "longitude 'east'"};
    QTest::newRow("missing coordinate columns")
        << "nocoords.csv" << QByteArray("name,model\na,b\n") << QString()
        << QStringList{"nocoords.csv", "no coordinate columns", "name, model"};
    // Lines as an editor shows them: a quoted cell with line breaks and blank lines before
    // the bad record (GDAL counts records: it would say "line 3").
    QTest::newRow("after a multi-line cell")
        << "multiline.csv" << QByteArray("lat,lon,address\n44,20,\"Bulevar 1\nstan 3\nBeograd\"\n95,20,x\n")
        << QString() << QStringList{"multiline.csv", "line 5:", "out of range"};
    QTest::newRow("after blank lines and CRLF")
        << "blank.csv" << QByteArray("lat,lon,note\r\n44,20,\"a\r\nb\"\r\n\r\n\r\n44,east,c\r\n")
        << QString() << QStringList{"blank.csv", "line 6:", "longitude 'east'"};
    QTest::newRow("empty coordinate")
        << "emptycoord.csv" << QByteArray("lat,lon,model\n44,20,a\n,20,b\n") << QString()
        << QStringList{"emptycoord.csv", "line 3", "no coordinates"};
    QTest::newRow("unknown crs") << "crs.csv" << QByteArray("lat,lon\n44,20\n") << "EPSG:999999"
                                 << QStringList{"crs.csv", "unknown CRS", "EPSG:999999"};
    QTest::newRow("png named geojson")
        << "image.geojson"
        << QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
        << QString() << QStringList{"image.geojson", "not a file of cameras"};
    QTest::newRow("empty file") << "empty.geojson" << QByteArray() << QString()
                                << QStringList{"empty.geojson", "empty"};
    QTest::newRow("no features")
        << "nofeatures.geojson" << QByteArray(R"({"type":"FeatureCollection","features":[]})")
        << QString() << QStringList{"nofeatures.geojson", "no cameras"};
    QTest::newRow("polygon")
        << "polygon.geojson"
        << QByteArray(R"({"type":"FeatureCollection","features":[)") + good + ","
               + R"({"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[20,44],[21,44],[21,45],[20,44]]]},"properties":{}}]})"
        << QString() << QStringList{"polygon.geojson", "feature 2", "Polygon", "only points"};
    QTest::newRow("null geometry")
        << "nullgeom.geojson"
        << QByteArray(R"({"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":{}}]})")
        << QString() << QStringList{"nullgeom.geojson", "feature 1", "no geometry"};
    QTest::newRow("bad wkt") << "badwkt.csv" << QByteArray("wkt;model\nPOINT (20 44);a\nPOINT (oops);b\n")
                             << QString() << QStringList{"badwkt.csv", "line 3", "not WKT"};
}

void TestIo::badInput()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, srs);
    QFETCH(QStringList, expected);
    const QString path = m_dir.filePath(name);
    QVERIFY(writeFile(path, content));
    io::ImportOptions options;
    options.sourceSrs = srs;
    const Imported imported = importFile(path, options);
    QVERIFY(!imported.result.ok());
    QVERIFY(imported.sites.isEmpty());  // nothing reached the sink
    const QString message = imported.result.errorString();
    for (const QString &part : expected)
        QVERIFY2(message.contains(part), qPrintable(message));
}

void TestIo::sinkFailureStops()
{
    int calls = 0;
    io::CameraImporter importer;
    const auto result = importer.importFile(Albania, {}, [&calls](Site &) -> domain::Status {
        if (++calls == 3)
            return domain::makeError(QStringLiteral("disk full"));
        return {};
    });
    QVERIFY(!result.ok());
    QCOMPARE(calls, 3);
    QCOMPARE(result.error().message, QStringLiteral("disk full"));
}

void TestIo::exportFailureLeavesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("failing.geojson"));
    QVERIFY(writeFile(path, "previous content"));
    // The source fails at its second site while the file is being written (GDAL formats make
    // a first pass over both sites to learn the columns).
    int visited = 0;
    int failAt = 0;
    const io::SiteSource failing = [&](const io::SiteVisitor &visit) -> domain::Status {
        for (const Site &s : sampleSites()) {
            if (++visited == failAt)
                return domain::makeError(QStringLiteral("store went away"));
            if (auto st = visit(s); !st)
                return st;
        }
        return {};
    };
    for (io::ExportFormat format : {io::ExportFormat::GeoJson, io::ExportFormat::Osm}) {
        visited = 0;
        failAt = format == io::ExportFormat::Osm ? 2 : 4;
        io::CameraExporter exporter;
        const auto written = exporter.exportSites(failing, path, format);
        QVERIFY(!written.ok());
        QCOMPARE(readFile(path), QByteArray("previous content"));
    }
    const QStringList leftovers =
        QDir(m_dir.path()).entryList({QStringLiteral("*failing*")}, QDir::Files | QDir::Hidden);
    QCOMPARE(leftovers, QStringList{QStringLiteral("failing.geojson")});
}

QTEST_GUILESS_MAIN(TestIo)
#include "test_io.moc"
