#include "boundaries/gdalsupport.h"

#include "gdal/archiveguard.h"
#include "gdal/errorcapture.h"
#include "gdal/handles.h"
#include "gdal/registration.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace nadzor::boundaries::detail {

domain::Result<GDALDatasetUniquePtr> openVector(const QString &path)
{
    gdal::ensureRegistered();
    if (!QFileInfo::exists(path) && !path.startsWith(QStringLiteral("/vsi")))
        return domain::makeError(QCoreApplication::translate("nadzor::boundaries", "the file does not exist"), path);
    if (auto refused = gdal::ArchiveGuard::check(path); !refused)
        return refused.error();
    gdal::ErrorCapture errors;
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.toUtf8().constData(),
                                                   GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!dataset) {
        QString why = errors.lastMessage();
        if (why.isEmpty())
            why = QCoreApplication::translate("nadzor::boundaries", "not a vector format that GDAL can read");
        return domain::makeError(QCoreApplication::translate("nadzor::boundaries", "cannot open as a vector layer: %1").arg(why), path);
    }
    return dataset;
}

domain::Result<OGRLayer *> findLayer(GDALDataset &dataset, const QString &path, const QString &name)
{
    if (dataset.GetLayerCount() == 0)
        return domain::makeError(QCoreApplication::translate("nadzor::boundaries", "the file has no vector layer"), path);
    if (name.isEmpty())
        return dataset.GetLayer(0);
    if (OGRLayer *layer = dataset.GetLayerByName(name.toUtf8().constData()))
        return layer;
    QStringList names;
    for (int i = 0; i < dataset.GetLayerCount(); ++i)
        names << gdal::fromUtf8(dataset.GetLayer(i)->GetName());
    return domain::makeError(QCoreApplication::translate("nadzor::boundaries", "there is no layer '%1'; the layers are: %2")
                                 .arg(name, names.join(QStringLiteral(", "))),
                             path);
}

const OGRSpatialReference &wgs84Lonlat()
{
    static const OGRSpatialReference srs = [] {
        OGRSpatialReference s;
        s.SetWellKnownGeogCS("WGS84");
        s.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        return s;
    }();
    return srs;
}

namespace {

bool appendPolygon(const OGRPolygon &polygon, domain::MultiPolygon &out, int &skipped)
{
    domain::Polygon result;
    for (int r = 0; r < polygon.getNumInteriorRings() + 1; ++r) {
        const OGRLinearRing *ring = r == 0 ? polygon.getExteriorRing() : polygon.getInteriorRing(r - 1);
        if (!ring)
            continue;
        domain::Ring points;
        const int n = ring->getNumPoints();
        points.reserve(n);
        for (int i = 0; i < n; ++i) {
            const QPointF p(ring->getX(i), ring->getY(i));
            if (!points.isEmpty() && points.last() == p)
                continue;  // repeated vertex
            points << p;
        }
        if (points.size() >= 2 && points.first() == points.last())
            points.removeLast();  // the closing vertex
        if (points.size() < 3) {
            ++skipped;
            if (r == 0)
                return true;  // a degenerate outer ring: the polygon is nothing
            continue;
        }
        result.rings << points;
    }
    if (!result.rings.isEmpty())
        out << result;
    return true;
}

} // namespace

bool appendPolygons(const OGRGeometry &geometry, domain::MultiPolygon &out, int &skipped)
{
    const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
    switch (type) {
    case wkbPolygon:
        return appendPolygon(*geometry.toPolygon(), out, skipped);
    case wkbCurvePolygon:
    case wkbMultiSurface: {
        OGRGeometryUniquePtr linear(geometry.getLinearGeometry());
        return linear && appendPolygons(*linear, out, skipped);
    }
    case wkbMultiPolygon:
    case wkbGeometryCollection: {
        const OGRGeometryCollection *collection = geometry.toGeometryCollection();
        for (int i = 0; i < collection->getNumGeometries(); ++i) {
            const OGRGeometry *part = collection->getGeometryRef(i);
            if (!part)
                continue;
            const OGRwkbGeometryType partType = wkbFlatten(part->getGeometryType());
            if (partType == wkbPolygon || partType == wkbCurvePolygon || partType == wkbMultiPolygon
                || partType == wkbMultiSurface || partType == wkbGeometryCollection) {
                appendPolygons(*part, out, skipped);
            } else {
                ++skipped;  // a point or line left over by MakeValid
            }
        }
        return true;
    }
    default:
        return false;
    }
}

} // namespace nadzor::boundaries::detail
