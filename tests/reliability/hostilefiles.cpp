#include "hostilefiles.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <cpl_conv.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <functional>

namespace nadzor::reliability {

namespace {

bool put(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray get(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray featureCollection(const QByteArray &features)
{
    return "{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}";
}

QByteArray pointFeature(const QByteArray &coordinates, const QByteArray &properties = "{}")
{
    return "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":" + coordinates
        + "},\"properties\":" + properties + "}";
}

QByteArray polygonFeature(const QByteArray &ring, const QByteArray &name = "Opština")
{
    return "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring
        + "]},\"properties\":{\"name\":\"" + name + "\"}}";
}

// A vector file written with GDAL: one layer, a "name" string field, geometries from WKT.
bool writeVector(const char *driverName, const QString &path, const QList<QByteArray> &wkts,
                 const char *layerName = "layer")
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (!driver)
        return false;
    GDALDatasetUniquePtr ds(driver->Create(QFile::encodeName(path).constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        return false;
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRGeometry *first = nullptr;
    OGRGeometryFactory::createFromWkt(wkts.first().constData(), nullptr, &first);
    const OGRwkbGeometryType type = first ? first->getGeometryType() : wkbUnknown;
    delete first;
    OGRLayer *layer = ds->CreateLayer(layerName, &wgs84, type, nullptr);
    if (!layer)
        return false;
    OGRFieldDefn field("name", OFTString);
    layer->CreateField(&field);
    int i = 0;
    for (const QByteArray &wkt : wkts) {
        OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        feature->SetField("name", QByteArray("feature " + QByteArray::number(++i)).constData());
        OGRGeometry *g = nullptr;
        if (OGRGeometryFactory::createFromWkt(wkt.constData(), nullptr, &g) != OGRERR_NONE)
            return false;
        feature->SetGeometryDirectly(g);
        if (layer->CreateFeature(feature.get()) != OGRERR_NONE)
            return false;
    }
    return true;
}

// A ZIP archive written with GDAL's minizip; `entries` are (name, writer) pairs where the
// writer streams the entry's bytes through `write`.
using Writer = std::function<void(const std::function<void(const QByteArray &)> &write)>;
bool writeZip(const QString &path, const QList<QPair<QByteArray, Writer>> &entries)
{
    QFile::remove(path);
    void *zip = CPLCreateZip(QFile::encodeName(path).constData(), nullptr);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &entry : entries) {
        if (CPLCreateFileInZip(zip, entry.first.constData(), nullptr) != CE_None) {
            ok = false;
            break;
        }
        entry.second([&](const QByteArray &bytes) {
            ok = ok && CPLWriteFileInZip(zip, bytes.constData(), int(bytes.size())) == CE_None;
        });
        CPLCloseFileInZip(zip);
    }
    return CPLCloseZip(zip) == CE_None && ok;
}

Writer bytesWriter(const QByteArray &bytes)
{
    return [bytes](const std::function<void(const QByteArray &)> &write) { write(bytes); };
}

const QByteArray kmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>\n";
const QByteArray kmlPlacemark = "<Placemark><name>Kamera</name><Point><coordinates>20.46,44.81</coordinates></Point></Placemark>\n";
const QByteArray kmlTail = "</Document></kml>\n";

QByteArray billionLaughs(const QByteArray &rootOpen, const QByteArray &use, const QByteArray &rootClose)
{
    QByteArray doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n";
    doc += " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n";
    for (int i = 2; i <= 9; ++i) {
        doc += " <!ENTITY lol" + QByteArray::number(i) + " \"";
        for (int j = 0; j < 10; ++j)
            doc += "&lol" + QByteArray::number(i - 1) + ";";
        doc += "\">\n";
    }
    doc += "]>\n" + rootOpen + use + rootClose;
    return doc;
}

} // namespace

QList<HostileCase> HostileFiles::write(const QString &folder, const QString &fixtures)
{
    QList<HostileCase> cases;
    const QDir dir(folder);
    auto path = [&](const QString &name) { return dir.filePath(name); };
    auto add = [&](const QString &name, const QString &kind, const QString &file,
                   const QString &expect, const QString &contains = QString(),
                   const QStringList &options = {}) {
        cases.append({name, kind, file, options, expect, contains});
    };
    QRandomGenerator random(4242);

    // ---- shared raw material
    const QByteArray albania = get(QStringLiteral(NADZOR_TEST_FIXTURES "/real/cameras-albania-osm/osm.geojson"));
    QByteArray garbage(64 * 1024, '\0');
    for (char &c : garbage)
        c = char(random.bounded(256));

    // ---- cameras: GeoJSON
    put(path("empty.geojson"), QByteArray());
    add("cameras: empty file", "cameras", path("empty.geojson"), "error", "empty");
    put(path("garbage.geojson"), garbage);
    add("cameras: random bytes as .geojson", "cameras", path("garbage.geojson"), "error");
    put(path("truncated.geojson"), albania.left(albania.size() / 2));
    add("cameras: truncated GeoJSON", "cameras", path("truncated.geojson"), "error", "truncated");
    put(path("huge.geojson"), featureCollection(pointFeature("[1e308,-1e308]")));
    add("cameras: coordinates 1e308", "cameras", path("huge.geojson"), "error", "out of range");
    put(path("overflow.geojson"), featureCollection(pointFeature("[1e999,44.8]")));
    add("cameras: coordinates 1e999 (overflow to Infinity)", "cameras", path("overflow.geojson"), "error");
    put(path("nan.geojson"), featureCollection(pointFeature("[NaN,NaN]")));
    add("cameras: coordinates NaN", "cameras", path("nan.geojson"), "error");
    put(path("infinity.geojson"), featureCollection(pointFeature("[Infinity,-Infinity]")));
    add("cameras: coordinates Infinity", "cameras", path("infinity.geojson"), "error");
    put(path("nested-array.geojson"),
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":"
            + QByteArray(100000, '[') + QByteArray(100000, ']') + "}}]}");
    add("cameras: 100k levels of [ in coordinates", "cameras", path("nested-array.geojson"), "error");
    put(path("nested-open.geojson"), QByteArray(100000, '['));
    add("cameras: 100k unclosed [", "cameras", path("nested-open.geojson"), "error");
    {
        QByteArray props;
        for (int i = 0; i < 100000; ++i)
            props += "{\"a\":";
        props += "1";
        props += QByteArray(100000, '}');
        put(path("nested-object.geojson"), featureCollection(pointFeature("[20.46,44.81]", props)));
    }
    add("cameras: 100k nested objects in properties", "cameras", path("nested-object.geojson"), "either");
    put(path("latin1.geojson"),
        featureCollection(pointFeature("[20.46,44.81]", "{\"operator\":\"Op\xe8tina \xe6\xe8\"}")));
    add("cameras: Latin-1 bytes claimed as UTF-8 (GeoJSON)", "cameras", path("latin1.geojson"), "either");
    put(path("named-layer.geojson"),
        "{\"type\":\"FeatureCollection\",\"name\":\"../../etc/passwd\",\"features\":["
            + pointFeature("[20.46,44.81]") + "]}");
    add("cameras: layer named ../../etc/passwd", "cameras", path("named-layer.geojson"), "ok");
    QDir(folder).mkpath(QStringLiteral("folder.geojson"));
    add("cameras: a folder named .geojson", "cameras", path("folder.geojson"), "error");

    // ---- cameras: CSV
    {
        const QString text = QStringLiteral("lat,lon,operator\n44.81,20.46,Gradska uprava Čačak\n");
        QByteArray utf16("\xff\xfe");
        for (const QChar c : text) {
            utf16 += char(c.unicode() & 0xff);
            utf16 += char(c.unicode() >> 8);
        }
        put(path("utf16.csv"), utf16);
    }
    add("cameras: UTF-16 CSV with BOM", "cameras", path("utf16.csv"), "either");
    put(path("latin1.csv"), "lat,lon,operator\n44.81,20.46,Op\xe8tina\n44.82,20.47,MUP\n");
    add("cameras: Latin-1 CSV read as UTF-8", "cameras", path("latin1.csv"), "error", "line 2");
    add("cameras: Latin-1 CSV with --encoding ISO-8859-2", "cameras", path("latin1.csv"), "ok", QString(),
        {QStringLiteral("--encoding"), QStringLiteral("ISO-8859-2")});
    put(path("truncated-quote.csv"), "lat,lon,notes\n44.81,20.46,\"never closed\n44.82,20.47,x\n");
    add("cameras: CSV with an unclosed quote", "cameras", path("truncated-quote.csv"), "either");
    put(path("nan.csv"), "lat,lon\nnan,inf\n");
    add("cameras: CSV with nan/inf coordinates", "cameras", path("nan.csv"), "error", "line 2");
    put(path("huge-cell.csv"), "lat,lon,notes\n44.81,20.46," + QByteArray(10 << 20, 'x') + "\n");
    add("cameras: CSV with a 10 MB cell (GDAL's line limit)", "cameras", path("huge-cell.csv"), "error",
        "Maximum number of characters");
    put(path("paths.csv"),
        "lat,lon,source,notes,model\n44.81,20.46,../../etc/passwd,/dev/null,C:\\Windows\\system32\n");
    add("cameras: CSV cells that look like paths", "cameras", path("paths.csv"), "ok");
    put(path("binary.csv"), garbage);
    add("cameras: random bytes as .csv", "cameras", path("binary.csv"), "error");

    // ---- cameras: GPX
    const QByteArray gpx = "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" creator=\"x\" xmlns=\"http://www.topografix.com/GPX/1/1\">"
                           "<wpt lat=\"44.81\" lon=\"20.46\"><name>Kamera</name></wpt></gpx>\n";
    put(path("truncated.gpx"), gpx.left(gpx.size() - 20));
    add("cameras: truncated GPX", "cameras", path("truncated.gpx"), "either");
    put(path("huge.gpx"), QByteArray(gpx).replace("lat=\"44.81\"", "lat=\"1e999\""));
    add("cameras: GPX latitude 1e999", "cameras", path("huge.gpx"), "error");
    put(path("laughs.gpx"), billionLaughs("<gpx version=\"1.1\" creator=\"x\" xmlns=\"http://www.topografix.com/GPX/1/1\"><wpt lat=\"44.81\" lon=\"20.46\"><name>",
                                          "&lol9;", "</name></wpt></gpx>\n"));
    add("cameras: GPX billion laughs", "cameras", path("laughs.gpx"), "either");

    // ---- cameras: KML / KMZ
    const QByteArray kml = kmlHead + kmlPlacemark + kmlTail;
    put(path("truncated.kml"), kml.left(kml.size() - 30));
    add("cameras: truncated KML", "cameras", path("truncated.kml"), "either");
    put(path("laughs.kml"), billionLaughs("<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><Placemark><name>",
                                          "&lol9;", "</name><Point><coordinates>20.46,44.81</coordinates></Point></Placemark></Document></kml>\n"));
    add("cameras: KML billion laughs", "cameras", path("laughs.kml"), "either");
    put(path("xxe.kml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE kml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                         "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><Placemark><name>&xxe;</name>"
                         "<Point><coordinates>20.46,44.81</coordinates></Point></Placemark></Document></kml>\n");
    add("cameras: KML with an external entity (XXE)", "cameras", path("xxe.kml"), "either");
    put(path("nan.kml"), kmlHead + "<Placemark><Point><coordinates>nan,nan</coordinates></Point></Placemark>" + kmlTail);
    add("cameras: KML with NaN coordinates", "cameras", path("nan.kml"), "error");
    writeZip(path("bomb.kmz"),
             {{"doc.kml", [](const std::function<void(const QByteArray &)> &write) {
                   write(kmlHead + kmlPlacemark);
                   const QByteArray spaces(16 << 20, ' ');
                   for (int i = 0; i < 64; ++i) // 1 GiB of white space
                       write(spaces);
                   write(kmlTail);
               }}});
    add("cameras: KMZ zip bomb (1 GiB)", "cameras", path("bomb.kmz"), "error", "zip bomb");
    writeZip(path("inner.kmz"), {{"doc.kml", bytesWriter(kml)}});
    writeZip(path("middle.kmz"), {{"doc.kmz", bytesWriter(get(path("inner.kmz")))}});
    writeZip(path("nested.kmz"), {{"nested.kmz", bytesWriter(get(path("middle.kmz")))},
                                  {"doc.kmz", bytesWriter(get(path("middle.kmz")))}});
    add("cameras: KMZ of KMZs (archive inside archive)", "cameras", path("nested.kmz"), "error");
    writeZip(path("traversal.kmz"), {{"../../../../tmp/nadzor-escaped.kml", bytesWriter(kml)},
                                     {"/etc/nadzor-escaped.kml", bytesWriter(kml)}});
    add("cameras: KMZ with ../ and absolute entry names", "cameras", path("traversal.kmz"), "either");
    writeZip(path("many.kmz"), [&] {
        QList<QPair<QByteArray, Writer>> entries;
        entries.append({"doc.kml", bytesWriter(kml)});
        for (int i = 0; i < 10001; ++i)
            entries.append({"e/" + QByteArray::number(i), bytesWriter("x")});
        return entries;
    }());
    add("cameras: KMZ with 10001 entries", "cameras", path("many.kmz"), "error", "entries");

    // ---- cameras: GeoPackage, Shapefile, FlatGeobuf
    const QList<QByteArray> points = {"POINT (20.46 44.81)", "POINT (20.47 44.82)", "POINT (19.84 45.25)"};
    // (GDAL refuses to write a GeoPackage layer named ../../etc/passwd; the GeoJSON case covers it)
    writeVector("GPKG", path("good.gpkg"), points, "cameras");
    add("cameras: GeoPackage (the intact original of the broken ones)", "cameras", path("good.gpkg"), "ok");
    {
        const QByteArray bytes = get(path("good.gpkg"));
        put(path("truncated.gpkg"), bytes.left(bytes.size() / 3));
        QByteArray corrupt = bytes;
        for (qsizetype i = 4096; i < corrupt.size(); i += 7)
            corrupt[i] = char(random.bounded(256));
        put(path("corrupt.gpkg"), corrupt);
        put(path("header-only.gpkg"), QByteArray("SQLite format 3\0", 16) + garbage);
    }
    add("cameras: truncated GeoPackage", "cameras", path("truncated.gpkg"), "error");
    add("cameras: GeoPackage with scrambled pages", "cameras", path("corrupt.gpkg"), "either");
    add("cameras: SQLite header then garbage (.gpkg)", "cameras", path("header-only.gpkg"), "error");

    writeVector("ESRI Shapefile", path("good.shp"), points);
    {
        const QByteArray shp = get(path("good.shp"));
        put(path("truncated.shp"), shp.left(shp.size() - 10));
        QFile::copy(path("good.shx"), path("truncated.shx"));
        QFile::copy(path("good.dbf"), path("truncated.dbf"));
        QByteArray lying = shp;
        // The first record's content length (big-endian words at byte 104) claims 1 GiB.
        if (lying.size() > 108) {
            lying[104] = '\x20';
            lying[105] = lying[106] = lying[107] = '\0';
        }
        put(path("lying.shp"), lying);
        QByteArray shx = get(path("good.shx"));
        if (shx.size() > 108) { // the first index entry's length too
            shx[104] = '\x20';
            shx[105] = shx[106] = shx[107] = '\0';
        }
        put(path("lying.shx"), shx);
        QFile::copy(path("good.dbf"), path("lying.dbf"));
        put(path("alone.shp"), shp); // no .shx, no .dbf
    }
    add("cameras: Shapefile cut short", "cameras", path("truncated.shp"), "either");
    add("cameras: Shapefile record claiming 1 GiB", "cameras", path("lying.shp"), "either");
    add("cameras: Shapefile without .shx and .dbf", "cameras", path("alone.shp"), "either");

    writeVector("FlatGeobuf", path("good.fgb"), points);
    {
        const QByteArray fgb = get(path("good.fgb"));
        put(path("truncated.fgb"), fgb.left(fgb.size() * 2 / 3));
        put(path("garbage.fgb"), fgb.left(8) + garbage);
    }
    add("cameras: truncated FlatGeobuf", "cameras", path("truncated.fgb"), "either");
    add("cameras: FlatGeobuf magic then garbage", "cameras", path("garbage.fgb"), "error");

    // ---- cameras: OSM XML
    const QByteArray osm = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\" generator=\"x\">\n"
                           " <node id=\"1\" lat=\"44.81\" lon=\"20.46\"><tag k=\"man_made\" v=\"surveillance\"/></node>\n"
                           "</osm>\n";
    put(path("truncated.osm"), osm.left(osm.size() - 30));
    add("cameras: truncated OSM XML", "cameras", path("truncated.osm"), "either");
    put(path("nan.osm"), QByteArray(osm).replace("lat=\"44.81\"", "lat=\"NaN\""));
    add("cameras: OSM node with lat=NaN", "cameras", path("nan.osm"), "either");
    put(path("laughs.osm"), billionLaughs("<osm version=\"0.6\"><node id=\"1\" lat=\"44.81\" lon=\"20.46\"><tag k=\"man_made\" v=\"surveillance\"/><tag k=\"note\" v=\"",
                                          "&lol9;", "\"/></node></osm>\n"));
    add("cameras: OSM billion laughs", "cameras", path("laughs.osm"), "either");
    {
        QByteArray manyTags = "<?xml version=\"1.0\"?>\n<osm version=\"0.6\"><node id=\"1\" lat=\"44.81\" lon=\"20.46\"><tag k=\"man_made\" v=\"surveillance\"/>";
        for (int i = 0; i < 100000; ++i)
            manyTags += "<tag k=\"k" + QByteArray::number(i) + "\" v=\"=cmd|' /C calc'!A0\"/>";
        manyTags += "</node></osm>\n";
        put(path("many-tags.osm"), manyTags);
    }
    add("cameras: OSM node with 100k tags", "cameras", path("many-tags.osm"), "either");

    // ---- boundaries
    {
        // A polygon with a million vertices (a circle), as FlatGeobuf and as GeoJSON.
        QByteArray wkt = "POLYGON ((";
        QByteArray ring;
        const int n = 1000000;
        wkt.reserve(n * 40);
        ring.reserve(n * 40);
        for (int i = 0; i <= n; ++i) {
            const double a = 2 * M_PI * (i % n) / n;
            const QByteArray x = QByteArray::number(20.5 + 0.1 * std::cos(a), 'f', 9);
            const QByteArray y = QByteArray::number(44.8 + 0.1 * std::sin(a), 'f', 9);
            wkt += x + ' ' + y + (i < n ? "," : "");
            ring += '[' + x + ',' + y + ']' + (i < n ? "," : "");
        }
        wkt += "))";
        writeVector("FlatGeobuf", path("million.fgb"), {wkt});
        put(path("million.geojson"), featureCollection(polygonFeature('[' + ring + ']')));
    }
    add("boundaries: a polygon with a million vertices (FlatGeobuf)", "boundaries", path("million.fgb"), "error", "vertices");
    add("boundaries: a polygon with a million vertices (GeoJSON)", "boundaries", path("million.geojson"), "error", "vertices");
    const QByteArray square = "[[20.4,44.7],[20.6,44.7],[20.6,44.9],[20.4,44.9],[20.4,44.7]]";
    put(path("b-huge.geojson"), featureCollection(polygonFeature("[[1e308,1e308],[2e308,1],[1,-1e308],[1e308,1e308]]")));
    add("boundaries: coordinates 1e308", "boundaries", path("b-huge.geojson"), "error");
    put(path("b-nan.geojson"), featureCollection(polygonFeature("[[NaN,NaN],[20.6,44.7],[20.6,44.9],[NaN,NaN]]")));
    add("boundaries: coordinates NaN", "boundaries", path("b-nan.geojson"), "error");
    const QByteArray goodBoundary = featureCollection(polygonFeature(square));
    put(path("b-truncated.geojson"), goodBoundary.left(goodBoundary.size() - 12));
    add("boundaries: truncated GeoJSON", "boundaries", path("b-truncated.geojson"), "error");
    put(path("b-nested.geojson"),
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
            + QByteArray(100000, '[') + QByteArray(100000, ']') + "},\"properties\":{\"name\":\"x\"}}]}");
    add("boundaries: 100k levels of [", "boundaries", path("b-nested.geojson"), "error");
    put(path("b-bowtie.geojson"), featureCollection(polygonFeature("[[20.4,44.7],[20.6,44.9],[20.6,44.7],[20.4,44.9],[20.4,44.7]]")));
    add("boundaries: self-intersecting bow tie (repaired)", "boundaries", path("b-bowtie.geojson"), "ok");
    put(path("b-latin1.geojson"), featureCollection(polygonFeature(square, "Op\xe8tina \xe6")));
    add("boundaries: Latin-1 name claimed as UTF-8", "boundaries", path("b-latin1.geojson"), "either");
    put(path("b-empty.geojson"), QByteArray());
    add("boundaries: empty file", "boundaries", path("b-empty.geojson"), "error");
    add("boundaries: KMZ zip bomb (1 GiB)", "boundaries", path("bomb.kmz"), "error", "zip bomb");
    add("boundaries: random bytes as .geojson", "boundaries", path("garbage.geojson"), "error");
    add("boundaries: truncated GeoPackage", "boundaries", path("truncated.gpkg"), "error");
    add("boundaries: SQLite header then garbage", "boundaries", path("header-only.gpkg"), "error");
    add("boundaries: Shapefile cut short", "boundaries", path("truncated.shp"), "error");
    add("boundaries: truncated FlatGeobuf", "boundaries", path("truncated.fgb"), "error");
    add("boundaries: points, not polygons (GPX)", "boundaries", path("huge.gpx"), "error");
    add("boundaries: KML billion laughs", "boundaries", path("laughs.kml"), "error");
    add("boundaries: truncated OSM XML", "boundaries", path("truncated.osm"), "error");
    writeZip(path("b-zipped.zip"), {{"../../etc/passwd.geojson", bytesWriter(goodBoundary)}});
    add("boundaries: zip with a ../ entry", "boundaries", path("b-zipped.zip"), "either");

    // ---- committed fixtures (tests/fixtures/hostile/, small, hand-written)
    const QDir committed(fixtures);
    for (const QFileInfo &info : committed.entryInfoList(QDir::Files, QDir::Name)) {
        if (info.fileName() == QLatin1String("README.md"))
            continue;
        const QString kind = info.fileName().startsWith(QLatin1String("boundary-")) ? QStringLiteral("boundaries")
                                                                                     : QStringLiteral("cameras");
        add(QStringLiteral("fixture: %1").arg(info.fileName()), kind, info.absoluteFilePath(), "either");
    }
    return cases;
}

} // namespace nadzor::reliability
