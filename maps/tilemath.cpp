#include "maps/tilemath.h"

#include "maps/mercator.h"

#include <algorithm>
#include <cmath>

namespace nadzor::maps::tilemath {

TileId tileForLonLat(double lon, double lat, int z)
{
    const QPointF w = mercator::lonLatToWorld(lon, lat);
    const int n = 1 << z;
    const int x = std::clamp(int(std::floor(w.x() * n)), 0, n - 1);
    const int y = std::clamp(int(std::floor(w.y() * n)), 0, n - 1);
    return {z, x, y};
}

QRectF tileBoundsLonLat(const TileId &t)
{
    const double n = double(1 << t.z);
    const QPointF nw = mercator::worldToLonLat(t.x / n, t.y / n);
    const QPointF se = mercator::worldToLonLat((t.x + 1) / n, (t.y + 1) / n);
    return QRectF(QPointF(nw.x(), nw.y()), QPointF(se.x(), se.y()));
}

QPointF tileOriginPixel(const TileId &t, double tileSize)
{
    return {t.x * tileSize, t.y * tileSize};
}

int tmsRow(int z, int y)
{
    return (1 << z) - 1 - y;
}

QVector<TileId> TileRange::tilesCentreFirst() const
{
    QVector<TileId> out;
    if (isEmpty())
        return out;
    out.reserve(count());
    for (int y = minY; y <= maxY; ++y)
        for (int x = minX; x <= maxX; ++x)
            out.append({z, x, y});
    const double cx = (minX + maxX) / 2.0, cy = (minY + maxY) / 2.0;
    std::stable_sort(out.begin(), out.end(), [cx, cy](const TileId &a, const TileId &b) {
        return std::hypot(a.x - cx, a.y - cy) < std::hypot(b.x - cx, b.y - cy);
    });
    return out;
}

TileRange tilesCovering(const QRectF &rect, double viewZoom, int z)
{
    TileRange r;
    r.z = z;
    const double tilePixels = mercator::kTileSize * std::exp2(viewZoom - z);  // a tile at view zoom
    const int n = 1 << z;
    r.minX = std::clamp(int(std::floor(rect.left() / tilePixels)), 0, n - 1);
    r.maxX = std::clamp(int(std::ceil(rect.right() / tilePixels)) - 1, 0, n - 1);
    r.minY = std::clamp(int(std::floor(rect.top() / tilePixels)), 0, n - 1);
    r.maxY = std::clamp(int(std::ceil(rect.bottom() / tilePixels)) - 1, 0, n - 1);
    if (rect.right() <= 0 || rect.bottom() <= 0 || rect.left() >= n * tilePixels || rect.top() >= n * tilePixels)
        r.maxX = r.minX - 1;
    return r;
}

int tileZoomFor(double zoom, int minZoom, int maxZoom)
{
    return std::clamp(int(std::lround(zoom)), minZoom, maxZoom);
}

} // namespace nadzor::maps::tilemath
