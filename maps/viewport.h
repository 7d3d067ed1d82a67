#pragma once
// What the map shows: a centre, a fractional zoom, a size in logical pixels and the device
// pixel ratio of the surface it is shown on. A value object; every conversion between screen
// pixels and lon/lat goes through it.
#include "domain/geopoint.h"
#include "maps/geobounds.h"

#include <QMetaType>
#include <QPointF>
#include <QSize>

namespace nadzor::maps {

class Viewport {
public:
    Viewport() = default;
    Viewport(double centreLon, double centreLat, double zoom, QSize size, qreal devicePixelRatio = 1.0);

    domain::GeoPoint centre() const { return {m_lon, m_lat}; }
    void setCentre(double lon, double lat);
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);  // clamped to [mercator::kMinZoom, kMaxZoom]
    QSize size() const { return m_size; }
    void setSize(QSize size) { m_size = size; }
    int width() const { return m_size.width(); }
    int height() const { return m_size.height(); }
    qreal devicePixelRatio() const { return m_dpr; }
    void setDevicePixelRatio(qreal dpr) { m_dpr = dpr > 0 ? dpr : 1.0; }

    // Pixels spanned by the whole world at this zoom (256 * 2^zoom).
    double worldSize() const;
    // The global pixel (at this zoom) at the centre of the view, and at the view's top-left.
    QPointF centrePixel() const;
    QPointF topLeftPixel() const;

    // Screen (logical pixels, origin top-left of the view) <-> lon/lat.
    QPointF lonLatToScreen(double lon, double lat) const;
    QPointF lonLatToScreen(const domain::GeoPoint &p) const { return lonLatToScreen(p.lon, p.lat); }
    domain::GeoPoint screenToLonLat(const QPointF &screen) const;
    // Screen <-> normalised world coordinates ([0, 1] square, see mercator.h).
    QPointF worldToScreen(const QPointF &world) const;
    QPointF screenToWorld(const QPointF &screen) const;

    // The lon/lat box the view shows.
    GeoBounds visibleBounds() const;
    // Metres on the ground per logical pixel at the centre.
    double metresPerPixel() const;
    // 1:N at the centre for a screen of `dpi` dots per logical inch.
    double scaleDenominator(double dpi = 96.0) const;

    // Changes the zoom by `delta` levels keeping the lon/lat under `anchor` (screen) fixed.
    void zoomAt(const QPointF &anchor, double delta);
    // Sets the zoom keeping the lon/lat under `anchor` fixed.
    void setZoomAt(const QPointF &anchor, double zoom);
    // Moves the content by `pixels`: dragging the map right by (100, 0) moves the centre west.
    void panBy(const QPointF &pixels);
    // Centres on `bounds` at the largest zoom showing all of it within `padding` pixels of the
    // edges, not beyond `maxZoom`.
    void fitBounds(const GeoBounds &bounds, int padding = 24, double maxZoom = 18.0);

    // The same geographic extent on a surface of `size` pixels (for exports at another size or
    // DPI): the zoom grows by log2 of the width ratio.
    Viewport scaledTo(QSize size) const;

    bool operator==(const Viewport &o) const;
    bool operator!=(const Viewport &o) const { return !(*this == o); }

private:
    void setCentrePixel(const QPointF &pixel);

    double m_lon = 0.0;
    double m_lat = 0.0;
    double m_zoom = 0.0;
    QSize m_size{256, 256};
    qreal m_dpr = 1.0;
};

} // namespace nadzor::maps

Q_DECLARE_METATYPE(nadzor::maps::Viewport)
