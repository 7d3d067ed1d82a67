// Boundary import through GDAL: fixtures in several formats written by the test itself, known
// answers for reprojection (UTM 34N on its central meridian) and for geodesic areas.
#include "boundaries/boundaryimporter.h"
#include "boundaries/geodesicarea.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace nadzor;
using namespace nadzor::boundaries;

namespace {

struct FixtureFeature {
    QString name;
    qint64 population;
    QString wkt;
};

// Writes a layer with fields "name" (string) and "pop" (integer) through an OGR driver.
bool writeLayer(const QString &driverName, const QString &path, int epsg, const QList<FixtureFeature> &features,
                OGRwkbGeometryType type = wkbUnknown)
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName.toUtf8().constData());
    if (!driver)
        return false;
    GDALDatasetUniquePtr dataset(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset)
        return false;
    OGRSpatialReference srs;
    srs.importFromEPSG(epsg);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    // Shapefiles default to ISO-8859-1; names such as "Osečina" need UTF-8 (written to a .cpg).
    char **layerOptions = nullptr;
    if (driverName == QStringLiteral("ESRI Shapefile"))
        layerOptions = CSLSetNameValue(layerOptions, "ENCODING", "UTF-8");
    OGRLayer *layer = dataset->CreateLayer("boundaries", &srs, type, layerOptions);
    CSLDestroy(layerOptions);
    if (!layer)
        return false;
    OGRFieldDefn name("name", OFTString);
    OGRFieldDefn pop("pop", OFTInteger64);
    if (layer->CreateField(&name) != OGRERR_NONE || layer->CreateField(&pop) != OGRERR_NONE)
        return false;
    for (const FixtureFeature &f : features) {
        OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        feature->SetField("name", f.name.toUtf8().constData());
        feature->SetField("pop", GIntBig(f.population));
        OGRGeometry *geometry = nullptr;
        const QByteArray wkt = f.wkt.toUtf8();
        if (OGRGeometryFactory::createFromWkt(wkt.constData(), nullptr, &geometry) != OGRERR_NONE)
            return false;
        feature->SetGeometryDirectly(geometry);
        if (layer->CreateFeature(feature.get()) != OGRERR_NONE)
            return false;
    }
    return true;
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

// A 1° x 1° lon/lat cell whose top edge follows the parallel (densified), so that its area is the
// closed-form area of an ellipsoidal quadrangle.
domain::Ring densifiedCell(double lon0, double lat0, int steps)
{
    domain::Ring ring;
    ring << QPointF(lon0, lat0);
    for (int i = 1; i <= steps; ++i)
        ring << QPointF(lon0 + double(i) / steps, lat0);  // along the lower parallel
    for (int i = steps; i >= 0; --i)
        ring << QPointF(lon0 + double(i) / steps, lat0 + 1.0);  // along the upper parallel
    return ring;
}

const QString squareWithHole = QStringLiteral(
    "{\"type\":\"Feature\",\"properties\":{\"name\":\"Rupa\",\"pop\":1000,\"code\":\"70882\"},\"geometry\":"
    "{\"type\":\"Polygon\",\"coordinates\":[[[20,44],[21,44],[21,45],[20,45],[20,44]],"
    "[[20.25,44.25],[20.25,44.75],[20.75,44.75],[20.75,44.25],[20.25,44.25]]]}}");
const QString twoIslands = QStringLiteral(
    "{\"type\":\"Feature\",\"properties\":{\"name\":\"Ostrva\",\"pop\":\"10717 Broj\",\"code\":\"80110\"},\"geometry\":"
    "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[22,44],[22.5,44],[22.5,44.5],[22,44]]],"
    "[[[23,44],[23.5,44],[23.5,44.5],[23,44.5],[23,44]]]]}}");

} // namespace

class TestBoundaryImport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void geojsonHoleAndMultipolygon();
    void listFieldsWithSamples();
    void shapefileReprojectedFromUtm34();
    void formats_data();
    void formats();
    void topojson();
    void bowtieRepaired();
    void missingFieldIsAnError();
    void lineStringIsAnError();
    void unreadableFileIsAnError();
    void geodesicAreaEquatorCell();
    void geodesicAreaQuadrangles_data();
    void geodesicAreaQuadrangles();
    void geodesicAreaHolesAndOrientation();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestBoundaryImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QByteArray collection = QStringLiteral("{\"type\":\"FeatureCollection\",\"features\":[%1,%2]}")
                                      .arg(squareWithHole, twoIslands)
                                      .toUtf8();
    QVERIFY(writeText(path(QStringLiteral("holes.geojson")), collection));
}

void TestBoundaryImport::geojsonHoleAndMultipolygon()
{
    BoundaryImportOptions options;
    options.nameField = QStringLiteral("name");
    options.codeField = QStringLiteral("code");
    options.populationField = QStringLiteral("pop");
    const auto result = BoundaryImporter::importFile(path(QStringLiteral("holes.geojson")), options);
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    const domain::BoundaryLayer &layer = result.value().layer;
    QCOMPARE(layer.name, QStringLiteral("holes"));
    QCOMPARE(layer.boundaries.size(), 2);
    QVERIFY(result.value().repairs.isEmpty());

    const domain::Boundary &rupa = layer.boundaries.at(0);
    QCOMPARE(rupa.name, QStringLiteral("Rupa"));
    QCOMPARE(rupa.code, QStringLiteral("70882"));
    QCOMPARE(rupa.population, std::optional<qint64>(1000));
    QCOMPARE(rupa.geometry.size(), 1);
    QCOMPARE(rupa.geometry.first().rings.size(), 2);          // outer ring, then the hole
    QCOMPARE(rupa.geometry.first().rings.at(0).size(), 4);    // closing vertex dropped
    QCOMPARE(rupa.geometry.first().rings.at(0).first(), QPointF(20, 44));
    QCOMPARE(rupa.geometry.first().rings.at(1).first(), QPointF(20.25, 44.25));
    // The 1° cell between 44° and 45° minus the hole: the geodesic areas of the two rings.
    const double outer = geodesicRingAreaM2(rupa.geometry.first().rings.at(0)) / 1e6;
    const double hole = geodesicRingAreaM2(rupa.geometry.first().rings.at(1)) / 1e6;
    QVERIFY(hole > 2000 && hole < 2300);  // ~ a quarter of the 8,837 km² cell
    QVERIFY(rupa.areaKm2.has_value());
    QVERIFY(qAbs(*rupa.areaKm2 - (outer - hole)) < 1e-9);

    const domain::Boundary &ostrva = layer.boundaries.at(1);
    QCOMPARE(ostrva.population, std::optional<qint64>(10717));  // "10717 Broj"
    QCOMPARE(ostrva.geometry.size(), 2);
    QCOMPARE(ostrva.geometry.at(0).rings.first().size(), 3);
    QCOMPARE(ostrva.geometry.at(1).rings.first().size(), 4);
}

void TestBoundaryImport::listFieldsWithSamples()
{
    const auto fields = BoundaryImporter::listFields(path(QStringLiteral("holes.geojson")));
    QVERIFY2(fields.ok(), qPrintable(fields.errorString()));
    QStringList names;
    for (const FieldInfo &f : fields.value())
        names << f.name;
    QCOMPARE(names, (QStringList{QStringLiteral("name"), QStringLiteral("pop"), QStringLiteral("code")}));
    QCOMPARE(fields.value().at(0).type, QStringLiteral("String"));
    QCOMPARE(fields.value().at(0).samples, (QStringList{QStringLiteral("Rupa"), QStringLiteral("Ostrva")}));
    const auto layers = BoundaryImporter::listLayers(path(QStringLiteral("holes.geojson")));
    QVERIFY(layers.ok());
    QCOMPARE(layers.value(), QStringList{QStringLiteral("holes")});
}

void TestBoundaryImport::shapefileReprojectedFromUtm34()
{
    // UTM zone 34N: on its central meridian (21°E) easting is 500,000 m and northing is
    // 0.9996 x the meridian arc from the equator: 4,871,872.8408 m at 44°N and 4,982,950.4002 m
    // at 45°N (arc lengths 4,873,822.3697 m and 4,984,944.3780 m on WGS84, computed independently
    // by numerical integration of the meridian radius of curvature).
    const QString file = path(QStringLiteral("utm34.shp"));
    QVERIFY(writeLayer(QStringLiteral("ESRI Shapefile"), file, 32634,
                       {{QStringLiteral("Osečina"), 10717,
                         QStringLiteral("POLYGON((500000 4871872.8408,520000 4871872.8408,520000 4982950.4002,"
                                        "500000 4982950.4002,500000 4871872.8408))")}}));
    BoundaryImportOptions options;
    options.nameField = QStringLiteral("name");
    options.populationField = QStringLiteral("pop");
    options.layerName = QStringLiteral("UTM");
    const auto result = BoundaryImporter::importFile(file, options);
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    const domain::Boundary &b = result.value().layer.boundaries.first();
    QCOMPARE(result.value().layer.name, QStringLiteral("UTM"));
    QCOMPARE(b.name, QStringLiteral("Osečina"));
    QCOMPARE(b.population, std::optional<qint64>(10717));
    const domain::Ring &ring = b.geometry.first().rings.first();
    QCOMPARE(ring.size(), 4);
    // Shapefile writers may reverse the ring; find the vertices on the central meridian.
    int found = 0;
    for (const QPointF &p : ring) {
        if (qAbs(p.x() - 21.0) < 1e-7) {
            QVERIFY2(qAbs(p.y() - 44.0) < 1e-7 || qAbs(p.y() - 45.0) < 1e-7, qPrintable(QString::number(p.y(), 'f', 9)));
            ++found;
        } else {
            QVERIFY(p.x() > 21.2 && p.x() < 21.3);  // 20 km east of 21°E at 44-45°N
        }
    }
    QCOMPARE(found, 2);
}

void TestBoundaryImport::formats_data()
{
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("epsg");
    // The same cell 20-21°E, 44-45°N, stored in each format's CRS of choice.
    QTest::newRow("GeoPackage, EPSG:4326 (lat/lon axis order in its definition)")
        << "GPKG" << "cell.gpkg" << 4326;
    QTest::newRow("KML") << "KML" << "cell.kml" << 4326;
    QTest::newRow("FlatGeobuf, Web Mercator") << "FlatGeobuf" << "cell.fgb" << 3857;
    QTest::newRow("GeoJSON") << "GeoJSON" << "cell.geojson" << 4326;
}

void TestBoundaryImport::formats()
{
    QFETCH(QString, driver);
    QFETCH(QString, file);
    QFETCH(int, epsg);
    QString wkt = QStringLiteral("POLYGON((20 44,21 44,21 45,20 45,20 44),(20.2 44.2,20.2 44.4,20.4 44.4,20.4 44.2,20.2 44.2))");
    if (epsg == 3857) {
        // The same vertices in Web Mercator (x = R·λ, y = R·ln tan(π/4 + φ/2), R = 6378137 m).
        auto mx = [](double lon) { return 6378137.0 * qDegreesToRadians(lon); };
        auto my = [](double lat) { return 6378137.0 * std::log(std::tan(M_PI / 4 + qDegreesToRadians(lat) / 2)); };
        QStringList outer, inner;
        const QList<QPointF> o{{20, 44}, {21, 44}, {21, 45}, {20, 45}, {20, 44}};
        const QList<QPointF> i{{20.2, 44.2}, {20.2, 44.4}, {20.4, 44.4}, {20.4, 44.2}, {20.2, 44.2}};
        for (const QPointF &p : o)
            outer << QStringLiteral("%1 %2").arg(mx(p.x()), 0, 'f', 6).arg(my(p.y()), 0, 'f', 6);
        for (const QPointF &p : i)
            inner << QStringLiteral("%1 %2").arg(mx(p.x()), 0, 'f', 6).arg(my(p.y()), 0, 'f', 6);
        wkt = QStringLiteral("POLYGON((%1),(%2))").arg(outer.join(QChar(',')), inner.join(QChar(',')));
    }
    const QString filePath = path(file);
    QVERIFY(writeLayer(driver, filePath, epsg, {{QStringLiteral("Ćuprija"), 28000, wkt}}));

    BoundaryImportOptions options;
    options.nameField = driver == QStringLiteral("KML") ? QStringLiteral("Name") : QStringLiteral("name");
    const auto result = BoundaryImporter::importFile(filePath, options);
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result.value().layer.boundaries.size(), 1);
    const domain::Boundary &b = result.value().layer.boundaries.first();
    QCOMPARE(b.name, QStringLiteral("Ćuprija"));
    QCOMPARE(b.geometry.size(), 1);
    QCOMPARE(b.geometry.first().rings.size(), 2);
    double minLon = 180, maxLon = -180, minLat = 90, maxLat = -90;
    for (const QPointF &p : b.geometry.first().rings.first()) {
        minLon = qMin(minLon, p.x());
        maxLon = qMax(maxLon, p.x());
        minLat = qMin(minLat, p.y());
        maxLat = qMax(maxLat, p.y());
    }
    QVERIFY(qAbs(minLon - 20) < 1e-6 && qAbs(maxLon - 21) < 1e-6);  // lon first, not swapped
    QVERIFY(qAbs(minLat - 44) < 1e-6 && qAbs(maxLat - 45) < 1e-6);
}

void TestBoundaryImport::topojson()
{
    const QString file = path(QStringLiteral("cell.topojson"));
    QVERIFY(writeText(file, R"({"type":"Topology","objects":{"opstine":{"type":"GeometryCollection","geometries":[
        {"type":"Polygon","arcs":[[0,1]],"properties":{"name":"Inđija"}},
        {"type":"Polygon","arcs":[[-3,-2]],"properties":{"name":"Irig"}}]}},
        "arcs":[[[21,45],[20,45],[20,44],[21,44]],[[21,44],[21,45]],[[21,45],[22,45],[22,44],[21,44]]]})"));
    // Two squares sharing the arc 21°E, 44-45°N (arc 1; "-2" is arc 1 reversed, "-3" arc 2 reversed).
    const auto layers = BoundaryImporter::listLayers(file);
    QVERIFY2(layers.ok(), qPrintable(layers.errorString()));
    BoundaryImportOptions options;
    options.layer = QStringLiteral("opstine");
    options.nameField = QStringLiteral("name");
    const auto result = BoundaryImporter::importFile(file, options);
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result.value().layer.boundaries.size(), 2);
    QCOMPARE(result.value().layer.boundaries.at(0).name, QStringLiteral("Inđija"));
    for (const domain::Boundary &b : result.value().layer.boundaries) {
        QCOMPARE(b.geometry.size(), 1);
        QCOMPARE(b.geometry.first().rings.first().size(), 4);
        QVERIFY(qAbs(*b.areaKm2 - 8837.37) < 1.0);  // the 1° cell at 44-45°N (geodesic edges)
    }
    const domain::Ring &irig = result.value().layer.boundaries.at(1).geometry.first().rings.first();
    QVERIFY(irig.contains(QPointF(22, 44)) && irig.contains(QPointF(21, 45)));
}

void TestBoundaryImport::bowtieRepaired()
{
    const QString file = path(QStringLiteral("bowtie.geojson"));
    QVERIFY(writeText(file, R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"name":"Kvadrat"},"geometry":{"type":"Polygon","coordinates":[[[19,44],[19.1,44],[19.1,44.1],[19,44.1],[19,44]]]}},
        {"type":"Feature","properties":{"name":"Leptir"},"geometry":{"type":"Polygon","coordinates":[[[20,44],[21,45],[21,44],[20,45],[20,44]]]}}]})"));
    BoundaryImportOptions options;
    options.nameField = QStringLiteral("name");
    const auto result = BoundaryImporter::importFile(file, options);
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    const QStringList &repairs = result.value().repairs;
    QCOMPARE(repairs.size(), 1);
    // GEOS names the crossing point of the bowtie's diagonals.
    QCOMPARE(repairs.first(), QStringLiteral("feature 2 'Leptir': self-intersection repaired (at or near 20.5 44.5)"));
    // The bowtie becomes its two triangles, each a quarter of the cell.
    const domain::Boundary &leptir = result.value().layer.boundaries.at(1);
    QCOMPARE(leptir.geometry.size(), 2);
    for (const domain::Polygon &triangle : leptir.geometry)
        QCOMPARE(triangle.rings.first().size(), 3);
    const double cell = geodesicAreaKm2({domain::Polygon{{domain::Ring{{20, 44}, {21, 44}, {21, 45}, {20, 45}}}}});
    QVERIFY(qAbs(*leptir.areaKm2 - cell / 2) < cell * 0.01);
}

void TestBoundaryImport::missingFieldIsAnError()
{
    BoundaryImportOptions options;
    options.nameField = QStringLiteral("name");
    options.populationField = QStringLiteral("stanovnika");
    const QString file = path(QStringLiteral("holes.geojson"));
    const auto result = BoundaryImporter::importFile(file, options);
    QVERIFY(!result.ok());
    const QString message = result.errorString();
    QVERIFY2(message.contains(file), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("'stanovnika'")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("name, pop, code")), qPrintable(message));
}

void TestBoundaryImport::lineStringIsAnError()
{
    const QString file = path(QStringLiteral("roads.geojson"));
    QVERIFY(writeText(file, R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"name":"Polje"},"geometry":{"type":"Polygon","coordinates":[[[19,44],[19.1,44],[19.1,44.1],[19,44]]]}},
        {"type":"Feature","properties":{"name":"Ibarska magistrala"},"geometry":{"type":"LineString","coordinates":[[20,44],[20.5,43.5]]}}]})"));
    BoundaryImportOptions options;
    options.nameField = QStringLiteral("name");
    const auto result = BoundaryImporter::importFile(file, options);
    QVERIFY(!result.ok());
    const QString message = result.errorString();
    QVERIFY2(message.contains(file), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("feature 2 'Ibarska magistrala' is a Line String")), qPrintable(message));
}

void TestBoundaryImport::unreadableFileIsAnError()
{
    const QString file = path(QStringLiteral("notes.txt"));
    QVERIFY(writeText(file, "just some words\n"));
    const auto result = BoundaryImporter::importFile(file, {});
    QVERIFY(!result.ok());
    QVERIFY(result.errorString().startsWith(file));
    const auto missing = BoundaryImporter::listFields(path(QStringLiteral("nowhere.shp")));
    QVERIFY(!missing.ok());
    QVERIFY(missing.errorString().contains(QStringLiteral("does not exist")));
}

void TestBoundaryImport::geodesicAreaEquatorCell()
{
    // The cell (0,0) (1,0) (1,1) (0,1) with geodesic edges: 12,308.778 km² on WGS84 (GeographicLib
    // 2.1.2 Planimeter: 12308778361.5 m²). Its upper edge bulges north of the parallel.
    const domain::Ring cell{{0, 0}, {1, 0}, {1, 1}, {0, 1}};
    QVERIFY(qAbs(geodesicRingAreaM2(cell) - 12308778361.5) < 1.0);
    // The same cell bounded by the parallel (densified): the closed-form area of an ellipsoidal
    // quadrangle, (b²/2)·Δλ·[q(φ)] with q(φ) = sinφ/(1-e²sin²φ) + (1/2e)·ln((1+e sinφ)/(1-e sinφ)):
    // 12,308.463894 km².
    QVERIFY(qAbs(geodesicRingAreaM2(densifiedCell(0, 0, 1000)) / 1e6 - 12308.463894) < 1e-3);
}

void TestBoundaryImport::geodesicAreaQuadrangles_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("km2");
    // Closed-form ellipsoidal quadrangles (see above), independent of PROJ.
    QTest::newRow("equator") << 0.0 << 0.0 << 12308.463894;
    QTest::newRow("Serbia, 44-45°N") << 20.0 << 44.0 << 8837.369526;
}

void TestBoundaryImport::geodesicAreaQuadrangles()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(double, km2);
    const domain::MultiPolygon geometry{domain::Polygon{{densifiedCell(lon, lat, 1000)}}};
    QVERIFY2(qAbs(geodesicAreaKm2(geometry) - km2) < 1e-3, qPrintable(QString::number(geodesicAreaKm2(geometry), 'f', 6)));
}

void TestBoundaryImport::geodesicAreaHolesAndOrientation()
{
    domain::Ring outer = densifiedCell(20, 44, 100);
    domain::Ring hole = densifiedCell(20, 44, 100);
    for (QPointF &p : hole)
        p = QPointF(20.25 + (p.x() - 20) / 2, 44.25 + (p.y() - 44) / 2);
    domain::Ring reversed(outer.rbegin(), outer.rend());
    const double full = geodesicAreaKm2({domain::Polygon{{outer}}});
    QCOMPARE(geodesicAreaKm2({domain::Polygon{{reversed}}}), full);  // orientation does not matter
    const double withHole = geodesicAreaKm2({domain::Polygon{{outer, hole}}});
    const double holeOnly = geodesicAreaKm2({domain::Polygon{{hole}}});
    QVERIFY(qAbs(withHole - (full - holeOnly)) < 1e-9);
    QVERIFY(holeOnly > full / 4 * 0.99 && holeOnly < full / 4 * 1.01);
    // Two polygons add up; an empty geometry has no area.
    QVERIFY(qAbs(geodesicAreaKm2({domain::Polygon{{outer}}, domain::Polygon{{hole}}}) - (full + holeOnly)) < 1e-9);
    QCOMPARE(geodesicAreaKm2({}), 0.0);
}

QTEST_GUILESS_MAIN(TestBoundaryImport)
#include "test_boundaryimport.moc"
