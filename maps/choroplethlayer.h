#pragma once
// Choropleth: each boundary filled with the colour it is handed (boundary id -> colour), with
// a legend describing the classes. It draws only what it is given; the classes are computed
// elsewhere (analysis). Optionally the fill fades out over a zoom range (outlines stay), so at
// street level the wash no longer hides the streets and the cameras. On the canvas the layer
// is composited from raster tiles cached per zoom; exports draw vectors.
#include "maps/boundarygeometry.h"
#include "maps/layer.h"
#include "maps/rastertilecache.h"

#include <QColor>
#include <QHash>

namespace nadzor::maps {

class ChoroplethLayer : public Layer {
    Q_OBJECT
public:
    explicit ChoroplethLayer(QObject *parent = nullptr);

    void setGeometry(std::shared_ptr<const BoundaryGeometry> geometry);
    // Boundaries missing from `colors` get `noDataColor` (transparent by default).
    void setColors(const QHash<qint64, QColor> &colors, const QColor &noDataColor = Qt::transparent);
    void setLegend(const Legend &legend);
    void setOutline(const QColor &color, double widthPt);
    // The fill is fully drawn up to `fullZoom` and gone from `goneZoom` on, fading linearly in
    // between; zooms are for a 96-dpi screen (an export at 300 dpi fades at the same map
    // scale). Off by default; fullZoom >= goneZoom turns it off. The canvas uses (11, 14).
    void setFillFade(double fullZoom, double goneZoom);
    // The fill's opacity factor at a zoom (1 = full), for a device of `dpi`.
    double fillFactor(double zoom, double dpi = 96.0) const { return fillFactor(*m_data, zoom, dpi); }

    void paint(QPainter &painter, const Viewport &viewport) const override;
    void render(QPainter &painter, const Viewport &viewport, const RenderContext &context) const override;
    bool needsWorkerThread() const override { return true; }
    std::shared_ptr<const LayerSnapshot> snapshot() const override;
    GeoBounds extent() const override;
    Legend legend() const override { return m_legend; }

    struct Data {
        std::shared_ptr<const BoundaryGeometry> geometry;
        QHash<qint64, QColor> colors;
        QColor noData = Qt::transparent;
        QColor outline{255, 255, 255, 160};
        double outlineWidthPt = 0.5;
        double fadeFullZoom = 0.0;  // no fade while fadeFullZoom >= fadeGoneZoom
        double fadeGoneZoom = 0.0;
    };
    static void paintData(QPainter &painter, const Viewport &viewport, const Data &data);
    static double fillFactor(const Data &data, double zoom, double dpi);
    // The tiles of the fill (for tests and benchmarks).
    const RasterTileCache &tileCache() const { return *m_tiles; }

private:
    void setData(std::shared_ptr<const Data> data);

    std::shared_ptr<const Data> m_data;
    Legend m_legend;
    std::shared_ptr<RasterTileCache> m_tiles = std::make_shared<RasterTileCache>();
};

} // namespace nadzor::maps
