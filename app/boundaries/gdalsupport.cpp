#include "boundaries/gdalsupport.h"

#include <cpl_error.h>
#include <cpl_string.h>
#include <cpl_vsi.h>

#include <QFile>
#include <QFileInfo>
#include <mutex>

namespace nadzor::boundaries::detail {

void ensureGdalRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

GdalErrorCollector::GdalErrorCollector()
{
    CPLPushErrorHandlerEx(&GdalErrorCollector::handler, this);
}

GdalErrorCollector::~GdalErrorCollector()
{
    CPLPopErrorHandler();
}

void CPL_STDCALL GdalErrorCollector::handler(CPLErr type, CPLErrorNum, const char *message)
{
    auto *self = static_cast<GdalErrorCollector *>(CPLGetErrorHandlerUserData());
    if (self && type != CE_Debug && type != CE_None)
        self->m_messages << QString::fromUtf8(message ? message : "");
}

QString fromGdal(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

domain::Status checkArchive(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray magic = file.read(4);
    const qint64 archiveSize = file.size();
    file.close();
    if (magic != QByteArray("PK\x03\x04", 4) && magic != QByteArray("PK\x05\x06", 4))
        return {};
    const QByteArray root = "/vsizip/{" + QFile::encodeName(path) + "}";
    CPLStringList entries(VSIReadDirRecursive(root.constData()));
    auto refuse = [&](const QString &why) {
        return domain::makeError(QStringLiteral("refused: the archive %1 (a 'zip bomb'?); unpack it "
                                                "yourself if it is genuine")
                                     .arg(why),
                                 path);
    };
    if (entries.size() > archiveMaxEntries)
        return refuse(QStringLiteral("has %1 entries, more than %2").arg(entries.size()).arg(archiveMaxEntries));
    qint64 total = 0;
    for (int i = 0; i < entries.size(); ++i) {
        const QByteArray name = entries[i];
        VSIStatBufL stat;
        if (name.endsWith('/') || VSIStatL((root + '/' + name).constData(), &stat) != 0
            || VSI_ISDIR(stat.st_mode))
            continue;
        total += qint64(stat.st_size);
        if (total > archiveMaxExpandedBytes)
            return refuse(QStringLiteral("expands to more than %1 MiB").arg(archiveMaxExpandedBytes >> 20));
    }
    if (total > archiveRatioFloorBytes && archiveSize > 0 && total / archiveSize > archiveMaxRatio)
        return refuse(QStringLiteral("expands %1 times (%2 MiB from %3 KiB)")
                          .arg(total / archiveSize)
                          .arg(total >> 20)
                          .arg(archiveSize >> 10));
    return {};
}

domain::Result<GDALDatasetUniquePtr> openVector(const QString &path)
{
    ensureGdalRegistered();
    if (!QFileInfo::exists(path) && !path.startsWith(QStringLiteral("/vsi")))
        return domain::makeError(QStringLiteral("the file does not exist"), path);
    if (auto refused = checkArchive(path); !refused)
        return refused.error();
    GdalErrorCollector errors;
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.toUtf8().constData(),
                                                   GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!dataset) {
        QString why = errors.lastMessage();
        if (why.isEmpty())
            why = QStringLiteral("not a vector format that GDAL can read");
        return domain::makeError(QStringLiteral("cannot open as a vector layer: %1").arg(why), path);
    }
    return dataset;
}

domain::Result<OGRLayer *> findLayer(GDALDataset &dataset, const QString &path, const QString &name)
{
    if (dataset.GetLayerCount() == 0)
        return domain::makeError(QStringLiteral("the file has no vector layer"), path);
    if (name.isEmpty())
        return dataset.GetLayer(0);
    if (OGRLayer *layer = dataset.GetLayerByName(name.toUtf8().constData()))
        return layer;
    QStringList names;
    for (int i = 0; i < dataset.GetLayerCount(); ++i)
        names << fromGdal(dataset.GetLayer(i)->GetName());
    return domain::makeError(QStringLiteral("there is no layer '%1'; the layers are: %2")
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
