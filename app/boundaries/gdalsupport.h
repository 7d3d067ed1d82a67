#pragma once
// GDAL plumbing shared by the boundary importer and the Serbian-sources join (internal to
// nadzor_boundaries; not included by other modules).
#include "domain/boundary.h"
#include "domain/result.h"

#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QString>
#include <QStringList>
#include <memory>

namespace nadzor::boundaries::detail {

// Registers GDAL's drivers once per process.
void ensureGdalRegistered();

// Collects GDAL's errors and warnings while it lives (per thread), instead of printing them.
class GdalErrorCollector {
public:
    GdalErrorCollector();
    ~GdalErrorCollector();
    GdalErrorCollector(const GdalErrorCollector &) = delete;
    GdalErrorCollector &operator=(const GdalErrorCollector &) = delete;

    QStringList messages() const { return m_messages; }
    QString lastMessage() const { return m_messages.isEmpty() ? QString() : m_messages.last(); }
    void clear() { m_messages.clear(); }

private:
    static void CPL_STDCALL handler(CPLErr type, CPLErrorNum number, const char *message);
    QStringList m_messages;
};

struct CoordinateTransformationDeleter {
    void operator()(OGRCoordinateTransformation *ct) const
    {
        OGRCoordinateTransformation::DestroyCT(ct);
    }
};
using CoordinateTransformationPtr = std::unique_ptr<OGRCoordinateTransformation, CoordinateTransformationDeleter>;

// Zip bombs: a ZIP/KMZ is refused before any driver inflates it when its central directory
// (read through /vsizip/, nothing inflated) declares more than archiveMaxEntries entries, more
// than archiveMaxExpandedBytes in total, or, above archiveRatioFloorBytes, more than
// archiveMaxRatio times the archive's own size. (The same limits as io::ArchiveGuard.)
constexpr qint64 archiveMaxExpandedBytes = qint64(256) << 20;
constexpr qint64 archiveRatioFloorBytes = qint64(16) << 20;
constexpr qint64 archiveMaxRatio = 100;
constexpr int archiveMaxEntries = 10000;
domain::Status checkArchive(const QString &path);

// Opens a vector dataset read-only (after checkArchive); the error names the file and says what
// GDAL said.
domain::Result<GDALDatasetUniquePtr> openVector(const QString &path);

// The named layer, or the first layer when `name` is empty; the error lists the layers.
domain::Result<OGRLayer *> findLayer(GDALDataset &dataset, const QString &path, const QString &name);

// WGS84 with longitude first (OAMS_TRADITIONAL_GIS_ORDER).
const OGRSpatialReference &wgs84Lonlat();

// Appends the polygons of a (multi)polygon or geometry collection to `out`, linearising curves;
// the closing vertex of each ring is dropped. Returns false if the geometry is neither a
// polygon, a multipolygon nor a collection; `skipped` counts parts that were not polygons
// (points and lines inside a collection) and degenerate rings (< 3 distinct vertices).
bool appendPolygons(const OGRGeometry &geometry, domain::MultiPolygon &out, int &skipped);

QString fromGdal(const char *text);

} // namespace nadzor::boundaries::detail
