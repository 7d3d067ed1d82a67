#pragma once
// GDAL plumbing of the boundary importer and the Serbian-sources join (internal to
// nadzor_boundaries; not included by other modules). What io shares is in app/gdal.
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

// Opens a vector dataset read-only (after gdal::ArchiveGuard::check); the error names the file
// and says what GDAL said.
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

} // namespace nadzor::boundaries::detail
