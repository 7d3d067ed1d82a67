#pragma once
// Boundary geometry in the project file: ISO WKB MultiPolygon, little-endian, (lon, lat).
// Rings are written closed (first vertex repeated) as WKB requires, and read back without the
// repeated vertex, as domain::Ring keeps them.
#include "domain/boundary.h"

#include <QByteArray>
#include <QRectF>
#include <optional>

namespace nadzor::store {

QByteArray multiPolygonToWkb(const domain::MultiPolygon &geometry);
// Reads a MultiPolygon or a Polygon; std::nullopt for anything else or truncated data.
std::optional<domain::MultiPolygon> multiPolygonFromWkb(const QByteArray &wkb);

struct BoundingBox {
    double minLon = 0, minLat = 0, maxLon = 0, maxLat = 0;
};
// The box around every vertex; std::nullopt for an empty geometry.
std::optional<BoundingBox> boundingBox(const domain::MultiPolygon &geometry);

} // namespace nadzor::store
