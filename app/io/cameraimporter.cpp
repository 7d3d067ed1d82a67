#include "io/cameraimporter.h"

#include "domain/osmtags.h"
#include "gdal/archiveguard.h"
#include "gdal/errorcapture.h"
#include "gdal/handles.h"
#include "gdal/registration.h"
#include "gdal/scopedconfigoptions.h"
#include "io/csvlines.h"
#include "io/fieldmapper.h"
#include "io/hstore.h"
#include "io/sitegrouper.h"
#include "io/streaminggrouper.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <exception>
#include <vector>
#include <QCoreApplication>

namespace nadzor::io {

using domain::Camera;
using domain::Error;
using domain::GeoPoint;
using domain::makeError;
using domain::Site;
using domain::Status;

namespace {

// Our osmconf.ini: every tag of a node in one HSTORE column, none ignored or left out.
const char *const OsmConfig = R"ini(# Written by Nadzor: all tags of every node in the all_tags column.
[points]
osm_id=yes
osm_version=no
osm_timestamp=no
osm_uid=no
osm_user=no
osm_changeset=no
attributes=
unsignificant=
ignore=
other_tags=no
all_tags=yes

[lines]
osm_id=yes
attributes=
ignore=

[multipolygons]
osm_id=yes
attributes=
ignore=

[multilinestrings]
osm_id=yes
attributes=
ignore=

[other_relations]
osm_id=yes
attributes=
ignore=
)ini";

// A point of a feature, in the file's CRS.
struct SourcePoint {
    double x = 0.0;
    double y = 0.0;
};

QString geometryName(OGRwkbGeometryType type)
{
    return gdal::fromUtf8(OGRGeometryTypeToName(wkbFlatten(type)));
}

// The points of a Point or MultiPoint, or an error text.
std::optional<QString> extractPoints(const OGRGeometry *geometry, std::vector<SourcePoint> &out)
{
    out.clear();
    if (!geometry)
        return QCoreApplication::translate("nadzor::io", "has no geometry");
    if (geometry->IsEmpty())
        return QCoreApplication::translate("nadzor::io", "has an empty geometry");
    const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
    if (type == wkbPoint) {
        const auto *p = geometry->toPoint();
        out.push_back({p->getX(), p->getY()});
        return std::nullopt;
    }
    if (type == wkbMultiPoint) {
        for (const OGRPoint *p : *geometry->toMultiPoint()) {
            if (!p->IsEmpty())
                out.push_back({p->getX(), p->getY()});
        }
        if (out.empty())
            return QCoreApplication::translate("nadzor::io", "has an empty geometry");
        return std::nullopt;
    }
    return QCoreApplication::translate("nadzor::io", "is a %1; only points and multipoints can be cameras "
                          "(convert other geometries to points before importing)")
        .arg(geometryName(type));
}

bool parseCoordinate(QString text, double &value)
{
    text = text.trimmed();
    if (!text.contains(QLatin1Char('.')) && text.count(QLatin1Char(',')) == 1)
        text.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    value = text.toDouble(&ok);
    return ok;
}

// The spreadsheet-safe prefix our CSV export puts before =, +, -, @, tab and CR; removed again
// when the rest starts with one of those characters.
QString unneutralise(const QString &value)
{
    if (value.size() >= 2 && value.at(0) == QLatin1Char('\'')) {
        const QChar c = value.at(1);
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-')
            || c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            return value.mid(1);
    }
    return value;
}

class FileImport {
public:
    FileImport(const QString &path, const ImportOptions &options)
        : m_path(path), m_options(options), m_mapper(options.fieldMap)
    {
    }

    domain::Result<ImportStats> run(const SiteSink &sink);
    // Hands sites on while reading instead of after (run's sink is then not used).
    void streamTo(const SiteStream &stream) { m_streaming = std::make_unique<StreamingGrouper>(stream); }

private:
    Error error(const QString &message, qint64 line = -1) const
    {
        return makeError(message, m_path, line);
    }
    Status prepareEncoding();
    domain::Result<GDALDatasetUniquePtr> open();
    Error jsonSyntaxError() const;
    Status readLayer(OGRLayer *layer);
    Status readOsm(GDALDataset *dataset);
    Status prepareTransform(OGRLayer *layer);
    Status addPoints(const std::vector<SourcePoint> &points, const Site &site, const Camera &camera,
                     const QString &where, qint64 line);
    std::optional<QString> decode(const char *text) const;
    QString fieldValue(OGRFeature *feature, int index, const OGRFieldDefn *defn) const;

    QString m_path;
    ImportOptions m_options;
    FieldMapper m_mapper;
    SiteGrouper m_grouper;
    std::unique_ptr<StreamingGrouper> m_streaming; // instead of m_grouper when streaming
    gdal::ErrorCapture m_capture;
    gdal::ScopedConfigOptions m_config;
    QString m_driver;
    bool m_recode = false;  // attributes are in m_options.encoding, not UTF-8
    std::unique_ptr<OGRSpatialReference> m_userSrs;
    gdal::CoordinateTransformationPtr m_transform;
    std::unique_ptr<QTemporaryDir> m_tempDir;  // holds osmconf.ini while an OSM file is read
    qint64 m_features = 0;
    qint64 m_skipped = 0;  // OSM nodes that are not cameras
    QStringList m_warnings;
};

std::optional<QString> FileImport::decode(const char *text) const
{
    if (!text)
        return QString();
    if (!m_recode) {
        if (!CPLIsUTF8(text, -1))
            return std::nullopt;
        return QString::fromUtf8(text);
    }
    char *utf8 = CPLRecode(text, m_options.encoding.toUtf8().constData(), CPL_ENC_UTF8);
    QString result = QString::fromUtf8(utf8);
    CPLFree(utf8);
    return result;
}

Status FileImport::prepareEncoding()
{
    const QString enc = m_options.encoding.trimmed();
    if (enc.isEmpty() || enc.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0
        || enc.compare(QLatin1String("UTF8"), Qt::CaseInsensitive) == 0)
        return {};
    // Ask iconv (through GDAL) whether it knows the encoding.
    m_capture.clear();
    char *probe = CPLRecode("a", enc.toUtf8().constData(), CPL_ENC_UTF8);
    const bool known = probe && QByteArray(probe) == "a" && !m_capture.hasError()
        && m_capture.warnings().isEmpty();
    CPLFree(probe);
    m_capture.clear();
    if (!known)
        return error(QCoreApplication::translate("nadzor::io", "unknown encoding '%1' (try UTF-8, CP1250, ISO-8859-2, ...)")
                         .arg(enc));
    m_recode = true;
    return {};
}

domain::Result<GDALDatasetUniquePtr> FileImport::open()
{
    const QByteArray path = QFile::encodeName(m_path);
    m_capture.clear();
    QByteArray openPath = path;
    GDALDriverH driver = GDALIdentifyDriverEx(path.constData(), GDAL_OF_VECTOR, nullptr, nullptr);
    const QString suffix = QFileInfo(m_path).suffix().toLower();
    if (!driver
        && (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv")
            || suffix == QLatin1String("txt"))) {
        // A CSV with one column has no separator for GDAL to recognise; a .txt is not looked at.
        driver = GDALGetDriverByName("CSV");
        openPath = "CSV:" + path;
    }
    if (!driver) {
        return error(QCoreApplication::translate("nadzor::io", "not a file of cameras that Nadzor can read (%1)")
                         .arg(CameraImporter::supportedFormats()));
    }
    m_driver = gdal::fromUtf8(GDALGetDriverShortName(driver));
    CPLStringList openOptions;
    if (m_driver == QLatin1String("CSV")) {
        openOptions.SetNameValue("AUTODETECT_TYPE", "NO");
        openOptions.SetNameValue("KEEP_GEOM_COLUMNS", "YES");
        openOptions.SetNameValue("EMPTY_STRING_AS_NULL", "NO");
    } else if (m_driver == QLatin1String("OSM")) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        const QString config = m_tempDir->filePath(QStringLiteral("osmconf.ini"));
        QFile file(config);
        if (!m_tempDir->isValid() || !file.open(QIODevice::WriteOnly)
            || file.write(OsmConfig) < 0 || !file.flush())
            return error(QCoreApplication::translate("nadzor::io", "cannot write the OSM driver's configuration to %1")
                             .arg(config));
        file.close();
        openOptions.SetNameValue("CONFIG_FILE", QFile::encodeName(config).constData());
        openOptions.SetNameValue("USE_CUSTOM_INDEXING", "NO");  // our own exports use ids < 0
    } else if (m_driver == QLatin1String("ESRI Shapefile") && m_recode) {
        openOptions.SetNameValue("ENCODING", m_options.encoding.toUtf8().constData());
        m_recode = false;  // the driver recodes to UTF-8 itself
    } else if (m_recode) {
        m_warnings << QCoreApplication::translate("nadzor::io", "--encoding applies to CSV and Shapefile only; %1 files are "
                                     "read as UTF-8")
                          .arg(m_driver);
        m_recode = false;
    }
    if (m_driver == QLatin1String("LIBKML"))
        m_config.disableLibkmlSpecialFields();
    const char *const drivers[] = {GDALGetDriverShortName(driver), nullptr};
    GDALDatasetUniquePtr dataset(GDALDataset::Open(
        openPath.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR, drivers,
        openOptions.List(), nullptr));
    if (!dataset) {
        if (m_driver == QLatin1String("GeoJSON")) {
            if (auto syntax = jsonSyntaxError(); !syntax.message.isEmpty())
                return syntax;
        }
        const QString why = m_capture.lastError();
        return error(QCoreApplication::translate("nadzor::io", "cannot be read as %1%2")
                         .arg(m_driver, why.isEmpty() ? QString() : QStringLiteral(": ") + why));
    }
    return dataset;
}

Error FileImport::jsonSyntaxError() const
{
    // GDAL says only "Failed to read GeoJSON data"; Qt's parser says where.
    QFile file(m_path);
    if (file.size() > (qint64(256) << 20) || !file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return {};
    const qsizetype offset = std::clamp<qsizetype>(parseError.offset, 0, bytes.size());
    const qint64 line = bytes.left(offset).count('\n') + 1;
    const qsizetype lineStart = bytes.lastIndexOf('\n', offset > 0 ? offset - 1 : 0) + 1;
    return error(QCoreApplication::translate("nadzor::io", "not valid JSON: %1 at column %2%3")
                     .arg(parseError.errorString())
                     .arg(offset - lineStart + 1)
                     .arg(offset >= bytes.size() ? QCoreApplication::translate("nadzor::io", " (the file ends too early: "
                                                                  "is it truncated?)")
                                                 : QString()),
                 line);
}

Status FileImport::prepareTransform(OGRLayer *layer)
{
    m_transform.reset();
    const OGRSpatialReference *source = m_userSrs.get();
    if (!source)
        source = layer->GetSpatialRef();
    if (!source)
        return {};  // no CRS given: WGS84 longitude/latitude
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference from(*source);
    from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (from.IsSame(&wgs84))
        return {};
    m_capture.clear();
    m_transform.reset(OGRCreateCoordinateTransformation(&from, &wgs84));
    if (!m_transform) {
        const char *name = from.GetName();
        return error(QCoreApplication::translate("nadzor::io", "cannot transform coordinates from %1 to WGS84%2")
                         .arg(name ? gdal::fromUtf8(name) : QCoreApplication::translate("nadzor::io", "the file's CRS"),
                              m_capture.hasError() ? QStringLiteral(": ") + m_capture.lastError()
                                                   : QString()));
    }
    return {};
}

Status FileImport::addPoints(const std::vector<SourcePoint> &points, const Site &site,
                             const Camera &camera, const QString &where, qint64 line)
{
    for (const SourcePoint &sp : points) {
        double x = sp.x;
        double y = sp.y;
        if (!std::isfinite(x) || !std::isfinite(y))
            return error(QCoreApplication::translate("nadzor::io", "%1coordinates are not numbers (%2, %3)")
                             .arg(where, QString::number(x), QString::number(y)),
                         line);
        if (m_transform) {
            m_capture.clear();
            if (!m_transform->Transform(1, &x, &y) || !std::isfinite(x) || !std::isfinite(y))
                return error(QCoreApplication::translate("nadzor::io", "%1coordinates (%2, %3) cannot be transformed to "
                                            "WGS84%4")
                                 .arg(where, QString::number(sp.x, 'g', 12),
                                      QString::number(sp.y, 'g', 12),
                                      m_capture.hasError()
                                          ? QStringLiteral(": ") + m_capture.lastError()
                                          : QString()),
                             line);
        }
        const GeoPoint position{x, y};
        if (!position.isValid())
            return error(QCoreApplication::translate("nadzor::io", "%1coordinates out of range: longitude %2, latitude %3 "
                                        "(longitude must be within -180..180 and latitude "
                                        "within -90..90 degrees)")
                             .arg(where, QString::number(x, 'g', 12), QString::number(y, 'g', 12)),
                         line);
        if (m_streaming) {
            if (Status s = m_streaming->add(position, site, camera); !s)
                return s;
        } else {
            m_grouper.add(position, site, camera);
        }
    }
    return {};
}

QString FileImport::fieldValue(OGRFeature *feature, int index, const OGRFieldDefn *defn) const
{
    switch (defn->GetType()) {
    case OFTInteger:
        if (defn->GetSubType() == OFSTBoolean)
            return feature->GetFieldAsInteger(index) ? QStringLiteral("true")
                                                     : QStringLiteral("false");
        return QString::number(feature->GetFieldAsInteger(index));
    case OFTInteger64:
        return QString::number(feature->GetFieldAsInteger64(index));
    case OFTReal:
        return QString::number(feature->GetFieldAsDouble(index), 'g', 15);
    case OFTDate:
    case OFTDateTime: {
        int y = 0, mo = 0, d = 0, h = 0, mi = 0, tz = 0;
        float s = 0;
        if (!feature->GetFieldAsDateTime(index, &y, &mo, &d, &h, &mi, &s, &tz))
            return gdal::fromUtf8(feature->GetFieldAsString(index));
        const QDate date(y, mo, d);
        if (defn->GetType() == OFTDate)
            return date.toString(Qt::ISODate);
        QDateTime dt(date, QTime(h, mi, static_cast<int>(s)));
        if (tz > 1)
            dt.setOffsetFromUtc((tz - 100) * 15 * 60);
        return dt.toString(Qt::ISODate);
    }
    default:
        return gdal::fromUtf8(feature->GetFieldAsString(index));
    }
}

Status FileImport::readLayer(OGRLayer *layer)
{
    if (Status s = prepareTransform(layer); !s)
        return s;
    const bool csv = m_driver == QLatin1String("CSV");
    const bool kml = m_driver == QLatin1String("LIBKML") || m_driver == QLatin1String("KML");
    const OGRFeatureDefn *defn = layer->GetLayerDefn();
    const int fieldCount = defn->GetFieldCount();

    struct Column {
        QString name;
        FieldMapper::Mapping mapping;
        bool text = true;  // a string column, decoded from the file's encoding
    };
    std::vector<Column> columns;
    columns.reserve(fieldCount);
    static const QRegularExpression unnamed(QStringLiteral("^field_\\d+$"));
    bool allUnnamed = fieldCount > 0;
    for (int i = 0; i < fieldCount; ++i) {
        const OGRFieldDefn *field = defn->GetFieldDefn(i);
        auto name = decode(field->GetNameRef());
        if (name && csv)
            name = unneutralise(*name);  // a header cell our CSV export made spreadsheet-safe
        if (!name)
            return error(QCoreApplication::translate("nadzor::io", "the column names are not UTF-8 text; name the file's "
                                        "encoding with --encoding (e.g. --encoding CP1250)"),
                         csv ? 1 : -1);
        Column c{*name, m_mapper.resolve(*name, csv), field->GetType() == OFTString};
        if (kml && !m_mapper.isUserMapped(*name)) {
            static const QStringList kmlFields = {
                QStringLiteral("tessellate"), QStringLiteral("extrude"),
                QStringLiteral("visibility"), QStringLiteral("drawOrder"),
                QStringLiteral("altitudeMode"), QStringLiteral("icon"),
                QStringLiteral("snippet")};
            if (kmlFields.contains(*name))
                c.mapping = {FieldMapper::Target::Ignore, {}};
        }
        if (!unnamed.match(*name).hasMatch())
            allUnnamed = false;
        columns.push_back(c);
    }

    // Where a CSV's coordinates are.
    int latColumn = -1, lonColumn = -1, wktColumn = -1;
    for (int i = 0; i < fieldCount; ++i) {
        const auto target = columns[i].mapping.target;
        if (target == FieldMapper::Target::Lat && latColumn < 0)
            latColumn = i;
        else if (target == FieldMapper::Target::Lon && lonColumn < 0)
            lonColumn = i;
        else if (target == FieldMapper::Target::Wkt && wktColumn < 0)
            wktColumn = i;
    }
    bool guessLatLon = false;  // two unnamed columns: decide their order at the first row
    if (csv && wktColumn < 0 && (latColumn < 0 || lonColumn < 0)) {
        std::vector<int> candidates;
        for (int i = 0; i < fieldCount; ++i) {
            if (unnamed.match(columns[i].name).hasMatch()
                && !m_mapper.isUserMapped(columns[i].name)
                && columns[i].mapping.target == FieldMapper::Target::Tag)
                candidates.push_back(i);
        }
        if (latColumn < 0 && lonColumn < 0 && candidates.size() == 2) {
            latColumn = candidates[0];
            lonColumn = candidates[1];
            columns[latColumn].mapping = {FieldMapper::Target::Lat, {}};
            columns[lonColumn].mapping = {FieldMapper::Target::Lon, {}};
            guessLatLon = true;
        } else {
            QStringList names;
            for (const Column &c : columns)
                names << c.name;
            return error(QCoreApplication::translate("nadzor::io", "no coordinate columns: expected latitude and longitude "
                                        "columns (lat/latitude/y and lon/lng/longitude/x) or a "
                                        "wkt column, found: %1. Name them with --map COLUMN=lat "
                                        "--map COLUMN=lon or --map COLUMN=wkt")
                             .arg(names.join(QStringLiteral(", "))));
        }
    }
    const bool csvHeader = csv && !allUnnamed;
    // GDAL's FID counts records; a quoted cell with line breaks makes the lines differ.
    const std::vector<qint64> recordLines = csv ? csvRecordLines(m_path) : std::vector<qint64>();
    auto csvLine = [&](qint64 fid) {
        const qint64 record = fid - (csvHeader ? 0 : 1);
        if (record >= 0 && record < qint64(recordLines.size()))
            return recordLines[size_t(record)];
        return fid + (csvHeader ? 1 : 0);
    };

    std::vector<SourcePoint> points;
    qint64 ordinal = 0;
    m_capture.clear();
    for (;;) {
        OGRFeatureUniquePtr feature(layer->GetNextFeature());
        if (!feature)
            break;
        ++ordinal;
        const qint64 line = csv ? csvLine(feature->GetFID()) : -1;
        const QString where = csv ? QString() : QCoreApplication::translate("nadzor::io", "feature %1: ").arg(ordinal);

        Site site;
        Camera camera;
        QString latText, lonText, wktText;
        bool empty = true;
        for (int i = 0; i < fieldCount; ++i) {
            if (!feature->IsFieldSetAndNotNull(i))
                continue;
            const Column &c = columns[i];
            QString value;
            if (c.text) {
                const auto decoded = decode(feature->GetFieldAsString(i));
                if (!decoded)
                    return error(QCoreApplication::translate("nadzor::io", "%1column '%2' is not UTF-8 text; name the "
                                                "file's encoding with --encoding (e.g. "
                                                "--encoding CP1250)")
                                     .arg(where, c.name),
                                 line);
                value = *decoded;
            } else {
                value = fieldValue(feature.get(), i, defn->GetFieldDefn(i));
            }
            if (value.trimmed().isEmpty())
                continue;
            empty = false;
            if (csv)
                value = unneutralise(value);
            switch (c.mapping.target) {
            case FieldMapper::Target::Lat: latText = value; break;
            case FieldMapper::Target::Lon: lonText = value; break;
            case FieldMapper::Target::Wkt: wktText = value; break;
            default: FieldMapper::apply(c.mapping, c.name, value, site, camera); break;
            }
        }
        if (csv && empty && !feature->GetGeometryRef())
            continue;  // a blank row (spreadsheets leave them at the end)
        ++m_features;

        std::unique_ptr<OGRGeometry> csvGeometry;
        const OGRGeometry *geometry = feature->GetGeometryRef();
        if (csv) {
            if (wktColumn >= 0 && !wktText.isEmpty()) {
                OGRGeometry *parsed = nullptr;
                const QByteArray wkt = wktText.toUtf8();
                if (OGRGeometryFactory::createFromWkt(wkt.constData(), nullptr, &parsed)
                        != OGRERR_NONE
                    || !parsed) {
                    delete parsed;
                    return error(QCoreApplication::translate("nadzor::io", "column '%1' is not WKT geometry: '%2'")
                                     .arg(columns[wktColumn].name, wktText.left(60)),
                                 line);
                }
                csvGeometry.reset(parsed);
                geometry = parsed;
            } else if (latColumn >= 0 && lonColumn >= 0) {
                if (latText.isEmpty() || lonText.isEmpty())
                    return error(QCoreApplication::translate("nadzor::io", "no coordinates: column '%1' is empty")
                                     .arg(columns[latText.isEmpty() ? latColumn : lonColumn].name),
                                 line);
                double lat = 0, lon = 0;
                if (!parseCoordinate(latText, lat))
                    return error(QCoreApplication::translate("nadzor::io", "latitude '%1' in column '%2' is not a number")
                                     .arg(latText, columns[latColumn].name),
                                 line);
                if (!parseCoordinate(lonText, lon))
                    return error(QCoreApplication::translate("nadzor::io", "longitude '%1' in column '%2' is not a number")
                                     .arg(lonText, columns[lonColumn].name),
                                 line);
                if (guessLatLon) {
                    guessLatLon = false;
                    if (std::abs(lat) > 90.0 && std::abs(lon) <= 90.0) {
                        std::swap(latColumn, lonColumn);
                        std::swap(lat, lon);
                    }
                    m_warnings << QCoreApplication::translate("nadzor::io", "columns '%1' and '%2' have no names; read them as "
                                      "latitude and longitude (swap them with --map %1=lon "
                                      "--map %2=lat)")
                                      .arg(columns[latColumn].name, columns[lonColumn].name);
                }
                points.assign(1, SourcePoint{lon, lat});
                if (Status s = addPoints(points, site, camera, where, line); !s)
                    return s;
                continue;
            } else {
                return error(QCoreApplication::translate("nadzor::io", "no coordinates: column '%1' is empty")
                                 .arg(columns[wktColumn].name),
                             line);
            }
        }
        if (const auto problem = extractPoints(geometry, points))
            return error(where + *problem, line);
        if (Status s = addPoints(points, site, camera, where, line); !s)
            return s;
    }
    if (m_capture.hasError()) {
        const QString at = csv ? QCoreApplication::translate("nadzor::io", "after row %1: ").arg(ordinal)
                               : QCoreApplication::translate("nadzor::io", "after feature %1: ").arg(ordinal);
        return error(at + m_capture.lastError());
    }
    return {};
}

Status FileImport::readOsm(GDALDataset *dataset)
{
    OGRLayer *points = dataset->GetLayerByName("points");
    if (!points)
        return error(QCoreApplication::translate("nadzor::io", "the OSM file has no points layer"));
    if (Status s = prepareTransform(points); !s)
        return s;
    const int idIndex = points->GetLayerDefn()->GetFieldIndex("osm_id");
    const int tagsIndex = points->GetLayerDefn()->GetFieldIndex("all_tags");
    if (tagsIndex < 0)
        return error(QCoreApplication::translate("nadzor::io", "GDAL's OSM driver did not give the tags of the nodes"));
    std::vector<SourcePoint> pointList;
    m_capture.clear();
    for (;;) {
        OGRLayer *layer = nullptr;
        OGRFeatureUniquePtr feature(dataset->GetNextFeature(&layer, nullptr, nullptr, nullptr));
        if (!feature)
            break;
        if (layer != points)
            continue;
        const QString id = idIndex >= 0 ? gdal::fromUtf8(feature->GetFieldAsString(idIndex)) : QString();
        const QString where = QCoreApplication::translate("nadzor::io", "node %1: ").arg(id);
        const auto tags = parseHstore(gdal::fromUtf8(feature->GetFieldAsString(tagsIndex)));
        if (!tags)
            return error(where + QCoreApplication::translate("nadzor::io", "cannot read its tags"));
        bool camera = false;
        for (const auto &kv : *tags) {
            if ((kv.first == QLatin1String("man_made") && kv.second == QLatin1String("surveillance"))
                || (kv.first == QLatin1String("highway")
                    && kv.second == QLatin1String("speed_camera")))
                camera = true;
        }
        if (!camera) {
            ++m_skipped;
            continue;
        }
        ++m_features;
        Site site;
        Camera cam;
        for (const auto &kv : *tags) {
            if (m_mapper.isUserMapped(kv.first)) {
                FieldMapper::apply(m_mapper.resolve(kv.first, false), kv.first, kv.second, site,
                                   cam);
            } else if (kv.first == QLatin1String("addr:full")) {
                site.address = kv.second;
            } else if (kv.first == QLatin1String("description")) {
                site.description = kv.second;
            } else {
                domain::applyOsmTag(cam, kv.first, kv.second);
            }
        }
        bool positive = false;
        if (id.toLongLong(&positive) > 0 && positive && cam.source.isEmpty())
            cam.source = QStringLiteral("https://www.openstreetmap.org/node/") + id;
        if (const auto problem = extractPoints(feature->GetGeometryRef(), pointList))
            return error(where + *problem);
        if (Status s = addPoints(pointList, site, cam, where, -1); !s)
            return s;
    }
    if (m_capture.hasError())
        return error(m_capture.lastError());
    if (m_skipped > 0)
        m_warnings << QCoreApplication::translate("nadzor::io", "skipped %1 tagged nodes that are not man_made=surveillance "
                                     "or highway=speed_camera")
                          .arg(m_skipped);
    return {};
}

domain::Result<ImportStats> FileImport::run(const SiteSink &sink)
{
    gdal::ensureRegistered();
    if (Status s = m_mapper.validate(); !s)
        return makeError(s.error().message, m_path);
    const QFileInfo info(m_path);
    if (!info.exists())
        return error(QCoreApplication::translate("nadzor::io", "no such file"));
    if (info.isFile() && info.size() == 0)
        return error(QCoreApplication::translate("nadzor::io", "the file is empty"));
    if (Status s = gdal::ArchiveGuard::check(m_path); !s)
        return s.error();
    if (Status s = prepareEncoding(); !s)
        return s.error();
    if (!m_options.sourceSrs.trimmed().isEmpty()) {
        m_userSrs = std::make_unique<OGRSpatialReference>();
        m_capture.clear();
        if (m_userSrs->SetFromUserInput(
                m_options.sourceSrs.trimmed().toUtf8().constData(),
                OGRSpatialReference::SET_FROM_USER_INPUT_LIMITATIONS_get())
            != OGRERR_NONE)
            return error(QCoreApplication::translate("nadzor::io", "unknown CRS '%1' (give it as EPSG:NNNN, a PROJ string "
                                        "or WKT)")
                             .arg(m_options.sourceSrs));
    }
    auto opened = open();
    if (!opened)
        return opened.error();
    GDALDatasetUniquePtr dataset = opened.take();

    if (m_driver == QLatin1String("OSM")) {
        if (!m_options.layer.isEmpty() && m_options.layer != QLatin1String("points"))
            return error(QCoreApplication::translate("nadzor::io", "OSM files are read from their points layer only"));
        if (Status s = readOsm(dataset.get()); !s)
            return s.error();
    } else {
        std::vector<OGRLayer *> layers;
        if (!m_options.layer.isEmpty()) {
            OGRLayer *layer = dataset->GetLayerByName(m_options.layer.toUtf8().constData());
            if (!layer) {
                QStringList names;
                for (OGRLayer *l : dataset->GetLayers())
                    names << gdal::fromUtf8(l->GetName());
                return error(QCoreApplication::translate("nadzor::io", "no layer '%1'; the file has: %2")
                                 .arg(m_options.layer, names.join(QStringLiteral(", "))));
            }
            layers.push_back(layer);
        } else if (m_driver == QLatin1String("GPX")) {
            if (OGRLayer *layer = dataset->GetLayerByName("waypoints"))
                layers.push_back(layer);
        } else {
            for (OGRLayer *layer : dataset->GetLayers())
                layers.push_back(layer);
        }
        for (OGRLayer *layer : layers) {
            if (Status s = readLayer(layer); !s) {
                Error e = s.error();
                if (layers.size() > 1)
                    e.message = QCoreApplication::translate("nadzor::io", "layer '%1': ").arg(gdal::fromUtf8(layer->GetName()))
                        + e.message;
                return e;
            }
        }
    }
    if ((m_streaming ? m_streaming->cameraCount() : m_grouper.cameraCount()) == 0)
        return error(QCoreApplication::translate("nadzor::io", "no cameras found (the file has no point features)"));

    ImportStats stats;
    stats.features = m_features;
    stats.sites = m_streaming ? m_streaming->siteCount() : m_grouper.siteCount();
    stats.cameras = m_streaming ? m_streaming->cameraCount() : m_grouper.cameraCount();
    dataset.reset();
    if (m_streaming) {
        stats.warnings = m_warnings + m_streaming->warnings();
        return stats;
    }
    if (Status s = m_grouper.flush(sink); !s)
        return s.error();
    stats.warnings = m_warnings + m_grouper.warnings();
    return stats;
}

} // namespace

QString CameraImporter::supportedFormats()
{
    return QStringLiteral("GeoJSON, CSV, GPX, KML, GeoPackage, Shapefile, FlatGeobuf, OSM XML/PBF");
}

domain::Result<ImportStats> CameraImporter::importFile(const QString &path,
                                                       const ImportOptions &options,
                                                       const SiteSink &sink)
{
    try {
        FileImport import(path, options);
        return import.run(sink);
    } catch (const std::exception &e) {
        return makeError(QCoreApplication::translate("nadzor::io", "unexpected error: %1").arg(QString::fromUtf8(e.what())),
                         path);
    }
}

domain::Result<ImportStats> CameraImporter::importFile(const QString &path,
                                                       const ImportOptions &options,
                                                       const SiteStream &stream)
{
    try {
        FileImport import(path, options);
        import.streamTo(stream);
        return import.run({});
    } catch (const std::exception &e) {
        return makeError(QCoreApplication::translate("nadzor::io", "unexpected error: %1").arg(QString::fromUtf8(e.what())),
                         path);
    }
}

} // namespace nadzor::io
