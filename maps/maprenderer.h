#pragma once
// The one renderer: paints a viewport of a layer stack onto any QPaintDevice (the canvas, a
// QImage, a QSvgGenerator, a QPdfWriter page) at the device's DPI, with the scale bar,
// legend and attribution as optional decorations.
#include "maps/layerstack.h"
#include "maps/viewport.h"

#include <QColor>
#include <QImage>
#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;

namespace nadzor::maps {

struct RenderOptions {
    QColor background{233, 236, 239};  // shown where no layer paints (outside the data)
    bool scaleBar = true;
    bool attribution = true;
    bool legend = true;
    bool statusNotices = false;       // the canvas shows these; exports usually do not
    // Heavy vector layers may composite from their raster tile caches on raster devices
    // (QImage); SVG, PDF and print always get vectors. Off: every layer draws its vectors.
    bool rasterCache = false;
};

class MapRenderer {
public:
    explicit MapRenderer(RenderOptions options = {});

    const RenderOptions &options() const { return m_options; }
    void setOptions(const RenderOptions &options) { m_options = options; }

    // Paints into an active painter whose device is viewport.size() logical pixels.
    void render(QPainter &painter, const Viewport &viewport, const LayerStack &layers) const;
    // Paints onto a device: the viewport's geographic extent is fitted to the device's size
    // (the zoom grows with the device's pixel count, symbols and text with its DPI).
    void render(QPaintDevice *device, const Viewport &viewport, const LayerStack &layers) const;
    // An image of the viewport at `dpi`; `pixelSize` defaults to viewport.size() scaled by dpi/96.
    QImage renderImage(const Viewport &viewport, const LayerStack &layers, double dpi = 96.0,
                       QSize pixelSize = {}) const;

    // Building blocks the canvas shares.
    static void paintLayers(QPainter &painter, const Viewport &viewport,
                            const std::vector<std::shared_ptr<Layer>> &layers, const RenderContext &context = {});
    void paintDecorations(QPainter &painter, const Viewport &viewport, const LayerStack &layers) const;
    static QRectF paintLegend(QPainter &painter, const Legend &legend, const QPointF &topLeft);
    static QRectF paintNotice(QPainter &painter, const QRectF &area, const QString &text);

private:
    RenderOptions m_options;
};

} // namespace nadzor::maps
