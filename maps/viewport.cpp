#include "maps/viewport.h"

#include "maps/mercator.h"

#include <algorithm>
#include <cmath>

namespace nadzor::maps {

Viewport::Viewport(double centreLon, double centreLat, double zoom, QSize size, qreal dpr)
    : m_size(size)
{
    setCentre(centreLon, centreLat);
    setZoom(zoom);
    setDevicePixelRatio(dpr);
}

void Viewport::setCentre(double lon, double lat)
{
    m_lon = mercator::wrapLongitude(std::isfinite(lon) ? lon : 0.0);
    m_lat = mercator::clampLatitude(std::isfinite(lat) ? lat : 0.0);
}

void Viewport::setZoom(double zoom)
{
    m_zoom = mercator::clampZoom(std::isfinite(zoom) ? zoom : 0.0);
}

double Viewport::worldSize() const
{
    return mercator::worldSize(m_zoom);
}

QPointF Viewport::centrePixel() const
{
    return mercator::lonLatToPixel(m_lon, m_lat, m_zoom);
}

QPointF Viewport::topLeftPixel() const
{
    return centrePixel() - QPointF(m_size.width() / 2.0, m_size.height() / 2.0);
}

QPointF Viewport::lonLatToScreen(double lon, double lat) const
{
    return mercator::lonLatToPixel(lon, lat, m_zoom) - topLeftPixel();
}

domain::GeoPoint Viewport::screenToLonLat(const QPointF &screen) const
{
    const QPointF ll = mercator::pixelToLonLat(screen + topLeftPixel(), m_zoom);
    return {ll.x(), ll.y()};
}

QPointF Viewport::worldToScreen(const QPointF &world) const
{
    return world * worldSize() - topLeftPixel();
}

QPointF Viewport::screenToWorld(const QPointF &screen) const
{
    return (screen + topLeftPixel()) / worldSize();
}

GeoBounds Viewport::visibleBounds() const
{
    const domain::GeoPoint nw = screenToLonLat(QPointF(0, 0));
    const domain::GeoPoint se = screenToLonLat(QPointF(m_size.width(), m_size.height()));
    return GeoBounds::fromCorners(std::max(nw.lon, -180.0), nw.lat, std::min(se.lon, 180.0), se.lat);
}

double Viewport::metresPerPixel() const
{
    return mercator::metresPerPixel(m_zoom, m_lat);
}

double Viewport::scaleDenominator(double dpi) const
{
    return mercator::scaleDenominator(m_zoom, m_lat, dpi);
}

void Viewport::setCentrePixel(const QPointF &pixel)
{
    const QPointF ll = mercator::pixelToLonLat(pixel, m_zoom);
    setCentre(ll.x(), ll.y());
}

void Viewport::zoomAt(const QPointF &anchor, double delta)
{
    setZoomAt(anchor, m_zoom + delta);
}

void Viewport::setZoomAt(const QPointF &anchor, double zoom)
{
    const QPointF world = screenToWorld(anchor);
    setZoom(zoom);
    // Put `world` back under `anchor`: centre = world * size - (anchor - half size).
    const QPointF half(m_size.width() / 2.0, m_size.height() / 2.0);
    setCentrePixel(world * worldSize() - (anchor - half));
}

void Viewport::panBy(const QPointF &pixels)
{
    setCentrePixel(centrePixel() - pixels);
}

void Viewport::fitBounds(const GeoBounds &bounds, int padding, double maxZoom)
{
    if (bounds.isEmpty())
        return;
    const QPointF nw = mercator::lonLatToWorld(bounds.west, bounds.north);
    const QPointF se = mercator::lonLatToWorld(bounds.east, bounds.south);
    const double ww = std::max(se.x() - nw.x(), 1e-12);
    const double wh = std::max(se.y() - nw.y(), 1e-12);
    const double availW = std::max(1, m_size.width() - 2 * padding);
    const double availH = std::max(1, m_size.height() - 2 * padding);
    const double zoom = std::log2(std::min(availW / ww, availH / wh) / mercator::kTileSize);
    setZoom(std::min(zoom, maxZoom));
    const QPointF centreWorld = (nw + se) / 2.0;
    const QPointF ll = mercator::worldToLonLat(centreWorld.x(), centreWorld.y());
    setCentre(ll.x(), ll.y());
}

Viewport Viewport::scaledTo(QSize size) const
{
    Viewport v = *this;
    if (m_size.width() > 0 && size.width() > 0)
        v.setZoom(m_zoom + std::log2(double(size.width()) / m_size.width()));
    v.setSize(size);
    return v;
}

bool Viewport::operator==(const Viewport &o) const
{
    return m_lon == o.m_lon && m_lat == o.m_lat && m_zoom == o.m_zoom && m_size == o.m_size
        && m_dpr == o.m_dpr;
}

} // namespace nadzor::maps
