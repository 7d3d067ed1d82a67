#include "boundaries/boundaryimporter.h"

#include "boundaries/gdalsupport.h"
#include "gdal/errorcapture.h"
#include "gdal/handles.h"
#include "gdal/registration.h"
#include "boundaries/geodesicarea.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <cmath>
#include <exception>
#include <QCoreApplication>

namespace nadzor::boundaries {

using domain::makeError;
using namespace detail;

namespace {

QStringList fieldNames(OGRFeatureDefn &defn)
{
    QStringList names;
    for (int i = 0; i < defn.GetFieldCount(); ++i)
        names << gdal::fromUtf8(defn.GetFieldDefn(i)->GetNameRef());
    return names;
}

// The index of a named field, or an error naming the file, the field and the fields there are.
domain::Result<int> requireField(OGRFeatureDefn &defn, const QString &path, const QString &role,
                                 const QString &field)
{
    const int index = defn.GetFieldIndex(field.toUtf8().constData());
    if (index >= 0)
        return index;
    const QStringList names = fieldNames(defn);
    return makeError(QCoreApplication::translate("nadzor::boundaries", "the %1 field '%2' does not exist; the fields are: %3")
                         .arg(role, field,
                              names.isEmpty() ? QStringLiteral("(none)") : names.join(QStringLiteral(", "))),
                     path);
}

// A name field when none was given: the first of the usual names.
int guessNameField(OGRFeatureDefn &defn)
{
    static const char *const candidates[] = {"name", "shapeName", "naziv", "NAME_2", "NAME_1", "NAZIV", "label"};
    for (const char *candidate : candidates) {
        for (int i = 0; i < defn.GetFieldCount(); ++i) {
            if (QString::fromUtf8(defn.GetFieldDefn(i)->GetNameRef()).compare(QLatin1String(candidate), Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    return -1;
}

QString fieldText(const OGRFeature &feature, int index)
{
    if (index < 0 || !feature.IsFieldSetAndNotNull(index))
        return {};
    const OGRFieldType type = feature.GetFieldDefnRef(index)->GetType();
    if (type == OFTReal) {
        const double v = feature.GetFieldAsDouble(index);
        if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15)
            return QString::number(qint64(v));  // a code stored as 79014.0
    }
    return gdal::fromUtf8(feature.GetFieldAsString(index)).trimmed();
}

// "10717", "10717 Broj", "1 694 480", "10717.0" -> the number; nullopt if there is none.
std::optional<qint64> parseCount(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^\\s*(\\d[\\d\\x{00A0} ]*(?:[.,]\\d+)?)"));
    const auto m = number.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString digits = m.captured(1).trimmed();
    digits.remove(QChar(' '));
    digits.remove(QChar(0x00A0));
    digits.replace(QChar(','), QChar('.'));
    bool ok = false;
    const double v = digits.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return qint64(std::llround(v));
}

std::optional<qint64> fieldCount(const OGRFeature &feature, int index, bool &unreadable)
{
    unreadable = false;
    if (index < 0 || !feature.IsFieldSetAndNotNull(index))
        return std::nullopt;
    const OGRFieldType type = feature.GetFieldDefnRef(index)->GetType();
    if (type == OFTInteger || type == OFTInteger64)
        return qint64(feature.GetFieldAsInteger64(index));
    if (type == OFTReal) {
        const double v = feature.GetFieldAsDouble(index);
        if (std::isfinite(v) && v >= 0)
            return qint64(std::llround(v));
        unreadable = true;
        return std::nullopt;
    }
    const QString text = gdal::fromUtf8(feature.GetFieldAsString(index)).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const auto value = parseCount(text);
    unreadable = !value.has_value();
    return value;
}

// "Self-intersection at or near point 1 2" -> "self-intersection repaired (at or near 1 2)".
QString describeRepair(const QString &geosMessage)
{
    static const QRegularExpression reason(QStringLiteral("^(.*?)\\s+at or near point\\s+(\\S+)\\s+(\\S+)"));
    const auto m = reason.match(geosMessage);
    if (!m.hasMatch())
        return geosMessage.isEmpty() ? QCoreApplication::translate("nadzor::boundaries", "invalid geometry repaired")
                                     : QStringLiteral("%1 repaired").arg(geosMessage.trimmed().toLower());
    auto coordinate = [](const QString &s) {
        bool ok = false;
        const double v = s.toDouble(&ok);
        return ok ? QString::number(v, 'f', 6).remove(QRegularExpression(QStringLiteral("\\.?0+$"))) : s;
    };
    return QCoreApplication::translate("nadzor::boundaries", "%1 repaired (at or near %2 %3)")
        .arg(m.captured(1).toLower(), coordinate(m.captured(2)), coordinate(m.captured(3)));
}

// The vertices of a (multi)polygon or curve polygon, without linearising anything.
qint64 vertexCount(const OGRGeometry &geometry)
{
    const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
    if (OGR_GT_IsCurve(type))
        return static_cast<const OGRCurve &>(geometry).getNumPoints();
    if (OGR_GT_IsSubClassOf(type, wkbCurvePolygon)) {
        qint64 n = 0;
        for (const OGRCurve *ring : *geometry.toCurvePolygon())
            n += ring->getNumPoints();
        return n;
    }
    if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
        qint64 n = 0;
        for (const OGRGeometry *part : *geometry.toGeometryCollection())
            n += vertexCount(*part);
        return n;
    }
    return 1;
}

domain::Result<BoundaryImportResult> importLayer(const QString &path, const BoundaryImportOptions &options)
{
    auto opened = openVector(path);
    if (!opened)
        return opened.error();
    GDALDatasetUniquePtr dataset = opened.take();
    auto found = findLayer(*dataset, path, options.layer);
    if (!found)
        return found.error();
    OGRLayer *layer = found.value();
    OGRFeatureDefn &defn = *layer->GetLayerDefn();

    BoundaryImportResult result;
    if (options.layer.isEmpty() && dataset->GetLayerCount() > 1)
        result.warnings << QCoreApplication::translate("nadzor::boundaries", "%1: the file has %2 layers; read the first, '%3'")
                               .arg(path).arg(dataset->GetLayerCount()).arg(gdal::fromUtf8(layer->GetName()));

    int nameIndex = -1;
    if (options.nameField.isEmpty()) {
        nameIndex = guessNameField(defn);
        if (nameIndex < 0) {
            const QStringList names = fieldNames(defn);
            return makeError(QCoreApplication::translate("nadzor::boundaries", "no name field was given and none is called 'name'; the fields are: %1")
                                 .arg(names.isEmpty() ? QStringLiteral("(none)") : names.join(QStringLiteral(", "))),
                             path);
        }
        result.warnings << QCoreApplication::translate("nadzor::boundaries", "%1: no name field was given; using '%2'")
                               .arg(path, gdal::fromUtf8(defn.GetFieldDefn(nameIndex)->GetNameRef()));
    } else {
        auto index = requireField(defn, path, QStringLiteral("name"), options.nameField);
        if (!index)
            return index.error();
        nameIndex = index.value();
    }
    int codeIndex = -1;
    if (!options.codeField.isEmpty()) {
        auto index = requireField(defn, path, QStringLiteral("code"), options.codeField);
        if (!index)
            return index.error();
        codeIndex = index.value();
    }
    int populationIndex = -1;
    if (!options.populationField.isEmpty()) {
        auto index = requireField(defn, path, QStringLiteral("population"), options.populationField);
        if (!index)
            return index.error();
        populationIndex = index.value();
    }

    // Reprojection to WGS84 lon/lat.
    gdal::CoordinateTransformationPtr transform;
    const OGRSpatialReference *layerSrs = layer->GetSpatialRef();
    if (!layerSrs) {
        result.warnings << QCoreApplication::translate("nadzor::boundaries", "%1: the layer has no coordinate reference system; "
                                          "its coordinates are read as WGS84 longitude/latitude")
                               .arg(path);
    } else {
        OGRSpatialReference source(*layerSrs);
        source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        gdal::ErrorCapture errors;
        transform.reset(OGRCreateCoordinateTransformation(&source, &wgs84Lonlat()));
        if (!transform)
            return makeError(QCoreApplication::translate("nadzor::boundaries", "cannot reproject from the layer's coordinate reference system to WGS84: %1")
                                 .arg(errors.lastMessage()),
                             path);
    }

    const bool haveGeos = OGRGeometryFactory::haveGEOS();
    if (!haveGeos)
        result.warnings << QCoreApplication::translate("nadzor::boundaries", "%1: GDAL was built without GEOS, so geometries were not checked for validity").arg(path);

    domain::BoundaryLayer &out = result.layer;
    out.name = options.layerName.isEmpty() ? QFileInfo(path).completeBaseName() : options.layerName;
    out.source = QFileInfo(path).fileName();

    layer->ResetReading();
    qint64 number = 0;
    qint64 layerVertices = 0;
    for (OGRFeatureUniquePtr feature(layer->GetNextFeature()); feature; feature.reset(layer->GetNextFeature())) {
        ++number;
        domain::Boundary boundary;
        boundary.id = number;
        boundary.name = fieldText(*feature, nameIndex);
        const QString label = boundary.name.isEmpty()
            ? QCoreApplication::translate("nadzor::boundaries", "feature %1").arg(number)
            : QCoreApplication::translate("nadzor::boundaries", "feature %1 '%2'").arg(number).arg(boundary.name);
        if (boundary.name.isEmpty()) {
            boundary.name = QCoreApplication::translate("nadzor::boundaries", "Feature %1").arg(number);
            result.warnings << QCoreApplication::translate("nadzor::boundaries", "%1: no name; called '%2'").arg(label, boundary.name);
        }
        boundary.code = fieldText(*feature, codeIndex);
        if (populationIndex >= 0) {
            bool unreadable = false;
            boundary.population = fieldCount(*feature, populationIndex, unreadable);
            if (unreadable)
                result.warnings << QCoreApplication::translate("nadzor::boundaries", "%1: the population '%2' is not a number; left empty")
                                       .arg(label, fieldText(*feature, populationIndex));
            else if (!boundary.population)
                result.warnings << QCoreApplication::translate("nadzor::boundaries", "%1: no population").arg(label);
        }

        const OGRGeometry *original = feature->GetGeometryRef();
        if (!original || original->IsEmpty())
            return makeError(QCoreApplication::translate("nadzor::boundaries", "%1 has no geometry").arg(label), path);
        const OGRwkbGeometryType type = wkbFlatten(original->getGeometryType());
        if (type != wkbPolygon && type != wkbMultiPolygon && type != wkbCurvePolygon && type != wkbMultiSurface)
            return makeError(QCoreApplication::translate("nadzor::boundaries", "%1 is a %2; boundaries must be polygons or multipolygons")
                                 .arg(label, gdal::fromUtf8(OGRGeometryTypeToName(original->getGeometryType()))),
                             path);

        const qint64 vertices = vertexCount(*original);
        layerVertices += vertices;
        if (vertices > BoundaryImporter::maxVerticesPerBoundary)
            return makeError(QCoreApplication::translate("nadzor::boundaries", "%1 has %2 vertices, more than the %3 a boundary may have; "
                                            "simplify the layer first (e.g. ogr2ogr -simplify 0.0001)")
                                 .arg(label).arg(vertices).arg(BoundaryImporter::maxVerticesPerBoundary),
                             path);
        if (layerVertices > BoundaryImporter::maxVerticesPerLayer)
            return makeError(QCoreApplication::translate("nadzor::boundaries", "the layer has more than %1 vertices in total (reached at %2); "
                                            "simplify it first (e.g. ogr2ogr -simplify 0.0001)")
                                 .arg(BoundaryImporter::maxVerticesPerLayer).arg(label),
                             path);

        OGRGeometryUniquePtr geometry(original->clone());
        if (transform && geometry->transform(transform.get()) != OGRERR_NONE)
            return makeError(QCoreApplication::translate("nadzor::boundaries", "%1 cannot be reprojected to WGS84").arg(label), path);

        if (haveGeos) {
            gdal::ErrorCapture errors;
            if (!geometry->IsValid()) {
                const QString why = errors.lastMessage();
                OGRGeometryUniquePtr repaired(geometry->MakeValid());
                if (!repaired || repaired->IsEmpty())
                    return makeError(QCoreApplication::translate("nadzor::boundaries", "%1: the geometry is invalid (%2) and could not be repaired")
                                         .arg(label, why),
                                     path);
                geometry = std::move(repaired);
                result.repairs << QStringLiteral("%1: %2").arg(label, describeRepair(why));
            }
        }

        int skipped = 0;
        if (!appendPolygons(*geometry, boundary.geometry, skipped) || boundary.geometry.isEmpty())
            return makeError(QCoreApplication::translate("nadzor::boundaries", "%1 has no polygon with an area").arg(label), path);
        if (skipped > 0)
            result.warnings << QCoreApplication::translate("nadzor::boundaries", "%1: %2 degenerate or non-polygon part(s) dropped").arg(label).arg(skipped);

        for (const domain::Polygon &polygon : std::as_const(boundary.geometry)) {
            for (const domain::Ring &ring : polygon.rings) {
                for (const QPointF &p : ring) {
                    if (!std::isfinite(p.x()) || !std::isfinite(p.y()) || std::fabs(p.x()) > 180.0
                        || std::fabs(p.y()) > 90.0)
                        return makeError(QCoreApplication::translate("nadzor::boundaries", "%1 has the coordinate %2 %3, which is not a WGS84 "
                                                        "longitude/latitude (does the file lack its CRS?)")
                                             .arg(label).arg(p.x()).arg(p.y()),
                                         path);
                }
            }
        }
        boundary.areaKm2 = geodesicAreaKm2(boundary.geometry);
        out.boundaries << boundary;
    }
    if (out.boundaries.isEmpty())
        return makeError(QCoreApplication::translate("nadzor::boundaries", "the layer '%1' has no features").arg(gdal::fromUtf8(layer->GetName())), path);
    return result;
}

} // namespace

domain::Result<QStringList> BoundaryImporter::listLayers(const QString &path)
{
    try {
        auto opened = openVector(path);
        if (!opened)
            return opened.error();
        QStringList names;
        for (int i = 0; i < opened.value()->GetLayerCount(); ++i)
            names << gdal::fromUtf8(opened.value()->GetLayer(i)->GetName());
        return names;
    } catch (const std::exception &e) {
        return makeError(QStringLiteral("GDAL failed: %1").arg(QString::fromUtf8(e.what())), path);
    }
}

domain::Result<QList<FieldInfo>> BoundaryImporter::listFields(const QString &path, const QString &layerName)
{
    try {
        auto opened = openVector(path);
        if (!opened)
            return opened.error();
        auto found = findLayer(*opened.value(), path, layerName);
        if (!found)
            return found.error();
        OGRLayer *layer = found.value();
        OGRFeatureDefn &defn = *layer->GetLayerDefn();
        QList<FieldInfo> fields;
        for (int i = 0; i < defn.GetFieldCount(); ++i) {
            const OGRFieldDefn *field = defn.GetFieldDefn(i);
            fields << FieldInfo{gdal::fromUtf8(field->GetNameRef()),
                                gdal::fromUtf8(OGRFieldDefn::GetFieldTypeName(field->GetType())), {}};
        }
        layer->ResetReading();
        // Samples from the first features only, so that a huge file is inspected quickly.
        int remaining = fields.size();
        int scanned = 0;
        for (OGRFeatureUniquePtr feature(layer->GetNextFeature()); feature && remaining > 0 && scanned < 500;
             feature.reset(layer->GetNextFeature()), ++scanned) {
            remaining = 0;
            for (int i = 0; i < fields.size(); ++i) {
                FieldInfo &info = fields[i];
                if (info.samples.size() >= sampleCount)
                    continue;
                const QString value = fieldText(*feature, i);
                if (!value.isEmpty() && !info.samples.contains(value))
                    info.samples << value;
                if (info.samples.size() < sampleCount)
                    ++remaining;
            }
        }
        return fields;
    } catch (const std::exception &e) {
        return makeError(QStringLiteral("GDAL failed: %1").arg(QString::fromUtf8(e.what())), path);
    }
}

domain::Result<BoundaryImportResult> BoundaryImporter::importFile(const QString &path,
                                                                  const BoundaryImportOptions &options)
{
    try {
        return importLayer(path, options);
    } catch (const std::exception &e) {
        return makeError(QStringLiteral("GDAL failed: %1").arg(QString::fromUtf8(e.what())), path);
    }
}

} // namespace nadzor::boundaries
