#pragma once
// A raster basemap from a TileSource. Painted in the GUI thread (cached images only; missing
// tiles are requested and drawn meanwhile from a cached parent, scaled, or as a neutral
// placeholder). Tiles are chosen for the device: a 300-dpi export uses the screen's tile zoom.
#include "maps/layer.h"
#include "maps/tilesource.h"

#include <QPointer>

namespace nadzor::maps {

class TileLayer : public Layer {
    Q_OBJECT
public:
    // Takes ownership of `source`.
    explicit TileLayer(TileSource *source, QObject *parent = nullptr);

    TileSource *source() const { return m_source; }
    // The tile zoom drawn for a viewport on a device of `dpi`.
    int tileZoomFor(const Viewport &viewport, double dpi) const;

    void paint(QPainter &painter, const Viewport &viewport) const override;
    QString attribution() const override;
    QString statusNotice() const override;
    GeoBounds extent() const override;

    static void paintPlaceholder(QPainter &painter, const QRectF &rect);

private:
    TileSource *m_source;
};

} // namespace nadzor::maps
