#include "io/cameraexporter.h"

#include "domain/csvtext.h"
#include "domain/osmtags.h"
#include "gdal/archiveguard.h"
#include "gdal/errorcapture.h"
#include "gdal/handles.h"
#include "gdal/registration.h"
#include "gdal/scopedconfigoptions.h"
#include "io/kmlwriter.h"
#include "io/osmxmlwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <cpl_string.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <vector>

namespace nadzor::io {

using domain::Camera;
using domain::makeError;
using domain::Site;
using domain::Status;

namespace {

// Nadzor's column order; other keys (free tags) follow in alphabetical order.
const QStringList &fixedColumns()
{
    static const QStringList columns = {
        QStringLiteral("nadzor:uuid"),        QStringLiteral("nadzor:site_uuid"),
        QStringLiteral("addr:full"),          QStringLiteral("description"),
        QStringLiteral("surveillance"),       QStringLiteral("surveillance:type"),
        QStringLiteral("surveillance:zone"),  QStringLiteral("camera:type"),
        QStringLiteral("camera:mount"),       QStringLiteral("camera:direction"),
        QStringLiteral("camera:angle"),       QStringLiteral("camera:tilt"),
        QStringLiteral("height"),             QStringLiteral("operator"),
        QStringLiteral("manufacturer"),       QStringLiteral("model"),
        QStringLiteral("source"),             QStringLiteral("note"),
        QStringLiteral("survey:date"),        QStringLiteral("nadzor:face_recognition"),
        QStringLiteral("nadzor:status"),      QStringLiteral("nadzor:reviewed_by"),
        QStringLiteral("nadzor:reviewed_at")};
    return columns;
}

bool isNumericColumn(const QString &key)
{
    return key == QLatin1String("camera:angle") || key == QLatin1String("camera:tilt")
        || key == QLatin1String("height");
}

bool isAuthorColumn(const QString &key)
{
    return key == QLatin1String("nadzor:reviewed_by") || key == QLatin1String("nadzor:reviewed_at");
}

QMap<QString, QString> osmTags(const Site &site, const Camera &camera, bool includeAuthors)
{
    QMap<QString, QString> tags = domain::toOsmTags(camera, includeAuthors);
    if (!site.address.isEmpty())
        tags.insert(QStringLiteral("addr:full"), site.address);
    if (!site.description.isEmpty())
        tags.insert(QStringLiteral("description"), site.description);
    return tags;
}

// First pass over the sites: which columns, and whether the numeric ones hold only numbers.
Status exportColumns(const SiteSource &source, bool includeAuthors, QStringList &columns, QSet<QString> &textual)
{
    QSet<QString> used;
    Status pass = source([&](const Site &site) -> Status {
        for (const Camera &camera : site.cameras) {
            const auto rec = CameraExporter::record(site, camera, includeAuthors);
            for (auto it = rec.cbegin(); it != rec.cend(); ++it) {
                used.insert(it.key());
                if (isNumericColumn(it.key()) && !textual.contains(it.key())) {
                    bool ok = false;
                    it.value().toDouble(&ok);
                    if (!ok)
                        textual.insert(it.key());
                }
            }
        }
        return {};
    });
    if (!pass)
        return pass;
    columns.clear();
    for (const QString &c : fixedColumns()) {
        if (isAuthorColumn(c) && !includeAuthors)
            continue;
        columns << c;
    }
    QStringList extra;
    for (const QString &key : std::as_const(used)) {
        if (!columns.contains(key))
            extra << key;
    }
    extra.sort();
    columns += extra;
    return {};
}

// The file is written under a temporary name in the target's folder, then renamed.
class TempTarget {
public:
    TempTarget(const QString &target, const QString &suffix)
    {
        const QFileInfo info(target);
        m_path = info.absoluteDir().filePath(
            QStringLiteral(".%1.nadzor-tmp-%2.%3")
                .arg(info.fileName())
                .arg(QCoreApplication::applicationPid())
                .arg(suffix));
        removeAll();
    }
    ~TempTarget()
    {
        if (!m_committed)
            removeAll();
    }
    const QString &path() const { return m_path; }
    bool commit(const QString &target)
    {
        // rename(2) replaces the target atomically.
        if (std::rename(QFile::encodeName(m_path).constData(),
                        QFile::encodeName(target).constData())
            != 0)
            return false;
        m_committed = true;
        return true;
    }

private:
    void removeAll()
    {
        for (const char *extra : {"", "-wal", "-shm", "-journal"})
            QFile::remove(m_path + QLatin1String(extra));
    }
    QString m_path;
    bool m_committed = false;
};

// GDAL's GeoJSON and CSV writers do not report failed writes (a full disk): the file
// would be renamed into place truncated and the export reported as done. So the finished file
// is checked for its end: GeoJSON closes its object, and a CSV has a header
// and one record per camera (line breaks inside quoted cells do not count).
bool looksComplete(const QString &path, ExportFormat format, qint64 written)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    if (format == ExportFormat::Csv) {
        qint64 records = 0;
        bool quoted = false;
        char last = '\n';
        while (!file.atEnd()) {
            const QByteArray chunk = file.read(1 << 20);
            for (const char c : chunk) {
                if (c == '"')
                    quoted = !quoted;
                else if (c == '\n' && !quoted)
                    ++records;
            }
            if (!chunk.isEmpty())
                last = chunk.back();
        }
        return !quoted && last == '\n' && records == written + 1;
    }
    const qint64 size = file.size();
    if (size <= 0 || !file.seek(std::max<qint64>(0, size - 256)))
        return false;
    const QByteArray tail = file.readAll().trimmed();
    if (format == ExportFormat::GeoJson)
        return tail.endsWith('}');
    return true;
}

class GdalExport {
public:
    GdalExport(const QString &path, ExportFormat format, bool includeAuthors)
        : m_path(path), m_format(format), m_includeAuthors(includeAuthors)
    {
    }

    domain::Result<qint64> run(const SiteSource &source);

private:
    domain::Error error(const QString &message) const { return makeError(message, m_path); }
    QString gdalError(const QString &what) const
    {
        return m_capture.hasError() ? what + QStringLiteral(": ") + m_capture.lastError() : what;
    }

    QString m_path;
    ExportFormat m_format;
    bool m_includeAuthors;
    gdal::ErrorCapture m_capture;
};

domain::Result<qint64> GdalExport::run(const SiteSource &source)
{
    gdal::ensureRegistered();
    const bool csv = m_format == ExportFormat::Csv;

    QStringList columns;
    QSet<QString> textual;  // numeric columns with a value that is not a number
    if (Status pass = exportColumns(source, m_includeAuthors, columns, textual); !pass)
        return pass.error();

    const char *driverName = "GeoJSON";
    QString suffix = QStringLiteral("geojson");
    CPLStringList layerOptions;
    switch (m_format) {
    case ExportFormat::GeoJson:
        layerOptions.SetNameValue("WRITE_NAME", "NO");
        break;
    case ExportFormat::Csv:
        driverName = "CSV";
        suffix = QStringLiteral("csv");
        layerOptions.SetNameValue("SEPARATOR", "COMMA");
        layerOptions.SetNameValue("STRING_QUOTING", "IF_NEEDED");
        layerOptions.SetNameValue("CREATE_CSVT", "NO");
        layerOptions.SetNameValue("WRITE_BOM", "NO");
        layerOptions.SetNameValue("LINEFORMAT", "LF");
        break;
    case ExportFormat::GeoPackage:
        driverName = "GPKG";
        suffix = QStringLiteral("gpkg");
        break;
    case ExportFormat::Kml:
    case ExportFormat::Osm:
        return error(QCoreApplication::translate("nadzor::io", "internal error: %1 is not written through GDAL")
                         .arg(exportFormatName(m_format)));
    }
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (!driver)
        return error(QCoreApplication::translate("nadzor::io", "GDAL has no %1 driver").arg(QLatin1String(driverName)));

    TempTarget temp(m_path, suffix);
    qint64 written = 0;
    {
        m_capture.clear();
        GDALDatasetUniquePtr dataset(driver->Create(QFile::encodeName(temp.path()).constData(), 0,
                                                    0, 0, GDT_Unknown, nullptr));
        if (!dataset)
            return error(gdalError(QCoreApplication::translate("nadzor::io", "cannot create the file")));
        OGRSpatialReference wgs84;
        wgs84.SetWellKnownGeogCS("WGS84");
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        OGRLayer *layer = dataset->CreateLayer("cameras", csv ? nullptr : &wgs84,
                                               csv ? wkbNone : wkbPoint, layerOptions.List());
        if (!layer)
            return error(gdalError(QCoreApplication::translate("nadzor::io", "cannot create the cameras layer")));
        // Text as the format can carry it: no NUL (GDAL takes C strings, which would end
        // there), nothing a spreadsheet would run in CSV.
        auto cellText = [&](const QString &value) {
            QString text = value;
            text.remove(QChar(0));
            return csv ? domain::spreadsheetSafe(text) : text;
        };
        auto fieldName = [&](const QString &column) { return cellText(column); };
        std::vector<QString> names;
        if (csv) {
            for (const char *name : {"lon", "lat"}) {
                OGRFieldDefn field(name, OFTReal);
                if (layer->CreateField(&field) != OGRERR_NONE)
                    return error(gdalError(QCoreApplication::translate("nadzor::io", "cannot create column %1")
                                               .arg(QLatin1String(name))));
            }
        }
        for (const QString &column : std::as_const(columns)) {
            const bool numeric = isNumericColumn(column) && !textual.contains(column) && !csv;
            // Column names are cells of the CSV's first row: free tag keys must not run as formulas.
            const QString name = fieldName(column);
            OGRFieldDefn field(name.toUtf8().constData(), numeric ? OFTReal : OFTString);
            if (layer->CreateField(&field) != OGRERR_NONE)
                return error(gdalError(QCoreApplication::translate("nadzor::io", "cannot create column %1").arg(column)));
        }
        OGRFeatureDefn *defn = layer->GetLayerDefn();
        std::vector<int> indexes;
        for (const QString &column : std::as_const(columns))
            indexes.push_back(defn->GetFieldIndex(fieldName(column).toUtf8().constData()));
        const int lonIndex = csv ? defn->GetFieldIndex("lon") : -1;
        const int latIndex = csv ? defn->GetFieldIndex("lat") : -1;

        const bool transaction = dataset->StartTransaction() == OGRERR_NONE;
        Status status = source([&](const Site &site) -> Status {
            for (const Camera &camera : site.cameras) {
                OGRFeature feature(defn);
                if (csv) {
                    feature.SetField(lonIndex, site.position.lon);
                    feature.SetField(latIndex, site.position.lat);
                } else {
                    feature.SetGeometryDirectly(new OGRPoint(site.position.lon, site.position.lat));
                }
                const auto rec = CameraExporter::record(site, camera, m_includeAuthors);
                for (int i = 0; i < columns.size(); ++i) {
                    const auto value = rec.constFind(columns.at(i));
                    if (value == rec.cend() || indexes[i] < 0)
                        continue;
                    if (defn->GetFieldDefn(indexes[i])->GetType() == OFTReal) {
                        feature.SetField(indexes[i], value->toDouble());
                    } else {
                        const QString text = cellText(*value);
                        feature.SetField(indexes[i], text.toUtf8().constData());
                    }
                }
                m_capture.clear();
                if (layer->CreateFeature(&feature) != OGRERR_NONE)
                    return error(gdalError(QCoreApplication::translate("nadzor::io", "cannot write camera %1")
                                               .arg(written + 1)));
                ++written;
            }
            return {};
        });
        if (!status)
            return status.error();
        m_capture.clear();
        if (transaction && dataset->CommitTransaction() != OGRERR_NONE)
            return error(gdalError(QCoreApplication::translate("nadzor::io", "cannot finish writing")));
        dataset.reset();  // closes and flushes the file
        if (m_capture.hasError())
            return error(gdalError(QCoreApplication::translate("nadzor::io", "cannot finish writing")));
        if (!looksComplete(temp.path(), m_format, written))
            return error(QCoreApplication::translate("nadzor::io", "cannot write the whole file: the disk is full or the file "
                                        "could not be written (nothing was exported)"));
    }
    if (!temp.commit(m_path))
        return error(QCoreApplication::translate("nadzor::io", "cannot replace the file with the finished export"));
    return written;
}

// Streams every camera through `write` into a QSaveFile at `path`: the file replaces the target
// only when complete (a failed write, e.g. a full disk, leaves nothing behind).
template <typename Writer, typename Begin, typename Write>
domain::Result<qint64> writeXmlFile(const QString &path, const SiteSource &source, Begin begin, Write write)
{
    QSaveFile file(path);
    auto failed = [&] {
        return makeError(QCoreApplication::translate("nadzor::io", "cannot write: %1").arg(file.errorString()), path);
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    Writer writer(&file);
    begin(writer);
    qint64 written = 0;
    Status status = source([&](const Site &site) -> Status {
        for (const Camera &camera : site.cameras) {
            write(writer, site, camera);
            ++written;
        }
        if (writer.hasError() || file.error() != QFileDevice::NoError)
            return failed();
        return {};
    });
    if (!status)
        return status.error();  // QSaveFile discards the temporary file
    writer.end();
    if (writer.hasError() || !file.commit())
        return failed();
    return written;
}

domain::Result<qint64> exportKml(const SiteSource &source, const QString &path, bool includeAuthors)
{
    QStringList columns;
    QSet<QString> textual;
    if (Status pass = exportColumns(source, includeAuthors, columns, textual); !pass)
        return pass.error();
    QStringList numeric;
    for (const QString &c : std::as_const(columns)) {
        if (isNumericColumn(c) && !textual.contains(c))
            numeric << c;
    }
    return writeXmlFile<KmlWriter>(
        path, source, [&](KmlWriter &writer) { writer.begin(QStringLiteral("cameras"), columns, numeric); },
        [&](KmlWriter &writer, const Site &site, const Camera &camera) {
            QMap<QString, QString> rec = CameraExporter::record(site, camera, includeAuthors);
            for (auto it = rec.begin(); it != rec.end(); ++it)
                it.value().remove(QChar(0));
            writer.writePlacemark(site.position, rec);
        });
}

domain::Result<qint64> exportOsm(const SiteSource &source, const QString &path, bool includeAuthors)
{
    return writeXmlFile<OsmXmlWriter>(
        path, source, [](OsmXmlWriter &writer) { writer.begin(); },
        [&](OsmXmlWriter &writer, const Site &site, const Camera &camera) {
            writer.writeNode(site.position, osmTags(site, camera, includeAuthors));
        });
}

} // namespace

QMap<QString, QString> CameraExporter::record(const Site &site, const Camera &camera,
                                              bool includeAuthors)
{
    QMap<QString, QString> rec = osmTags(site, camera, includeAuthors);
    if (rec.value(QStringLiteral("man_made")) == QLatin1String("surveillance"))
        rec.remove(QStringLiteral("man_made"));  // implied by every row
    if (!camera.uuid.isEmpty())
        rec.insert(QStringLiteral("nadzor:uuid"), camera.uuid);
    if (!site.uuid.isEmpty())
        rec.insert(QStringLiteral("nadzor:site_uuid"), site.uuid);
    return rec;
}

domain::Result<qint64> CameraExporter::exportSites(const QList<Site> &sites, const QString &path,
                                                   ExportFormat format, bool includeAuthors)
{
    return exportSites(
        [&sites](const SiteVisitor &visit) -> Status {
            for (const Site &site : sites) {
                if (Status s = visit(site); !s)
                    return s;
            }
            return {};
        },
        path, format, includeAuthors);
}

domain::Result<qint64> CameraExporter::exportSites(const SiteSource &source, const QString &path,
                                                   ExportFormat format, bool includeAuthors)
{
    try {
        if (format == ExportFormat::Osm)
            return exportOsm(source, path, includeAuthors);
        if (format == ExportFormat::Kml)
            return exportKml(source, path, includeAuthors);
        GdalExport exporter(path, format, includeAuthors);
        return exporter.run(source);
    } catch (const std::exception &e) {
        return makeError(QCoreApplication::translate("nadzor::io", "unexpected error: %1").arg(QString::fromUtf8(e.what())),
                         path);
    }
}

} // namespace nadzor::io
