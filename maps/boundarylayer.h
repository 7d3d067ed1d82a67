#pragma once
// Boundary polygons: land fill, outlines (the outer edge drawn stronger), and names placed at
// each polygon's pole of inaccessibility with collision avoidance. With the default style it
// is the offline vector basemap; with fill off it overlays tiles or a choropleth. On the canvas
// the polygons come from raster tiles cached per zoom (RasterTileCache) and the names are drawn
// per frame on top; exports (RenderContext without rasterCache) draw everything as vectors.
#include "domain/boundary.h"
#include "maps/boundarygeometry.h"
#include "maps/boundarylabels.h"
#include "maps/layer.h"
#include "maps/rastertilecache.h"

#include <QColor>
#include <memory>

namespace nadzor::maps {

struct BoundaryStyle {
    bool fill = true;
    QColor fillColor{250, 248, 243};        // land
    QColor outlineColor{172, 163, 150};     // shared borders between boundaries
    double outlineWidthPt = 0.55;
    QColor edgeColor{150, 140, 126};        // the outer edge of the whole set
    double edgeWidthPt = 1.6;
    bool labels = true;
    QColor labelColor{78, 72, 64};
    QColor labelHaloColor{255, 255, 255, 225};
    double labelSizePt = 7.0;
    double minLabelZoom = 6.0;              // no names below this zoom
};

class BoundaryLayer : public Layer {
    Q_OBJECT
public:
    explicit BoundaryLayer(QObject *parent = nullptr);

    void setBoundaries(const domain::BoundaryLayer &layer);
    void setGeometry(std::shared_ptr<const BoundaryGeometry> geometry);
    std::shared_ptr<const BoundaryGeometry> geometry() const { return m_geometry; }
    const BoundaryStyle &style() const { return m_style; }
    void setStyle(const BoundaryStyle &style);

    void paint(QPainter &painter, const Viewport &viewport) const override;
    void render(QPainter &painter, const Viewport &viewport, const RenderContext &context) const override;
    bool needsWorkerThread() const override { return true; }
    std::shared_ptr<const LayerSnapshot> snapshot() const override;
    GeoBounds extent() const override;
    QString attribution() const override;

    // The id of the boundary under a screen point, or std::nullopt.
    std::optional<qint64> boundaryAt(const QPointF &screen, const Viewport &viewport) const;

    // The tiles of the polygons (for tests and benchmarks).
    const RasterTileCache &tileCache() const { return *m_tiles; }

    // The drawing itself, shared with snapshots: polygons, then names unless style.labels is off.
    static void paintBoundaries(QPainter &painter, const Viewport &viewport, const BoundaryGeometry &geometry,
                                const BoundaryStyle &style);
    static void paintLabels(QPainter &painter, const Viewport &viewport, const BoundaryGeometry &geometry,
                            const BoundaryStyle &style);
    // Polygons only (fill, outer edge, shared borders).
    static void paintPolygons(QPainter &painter, const Viewport &viewport, const BoundaryGeometry &geometry,
                              const BoundaryStyle &style);
    // One frame: polygons from `tiles` when context.rasterCache (else vectors), names on top.
    static void renderFrame(QPainter &painter, const Viewport &viewport, const RenderContext &context,
                            const BoundaryGeometry &geometry, const BoundaryStyle &style, const RasterTileCache &tiles,
                            quint64 generation, BoundaryLabels &labels);

private:
    std::shared_ptr<const BoundaryGeometry> m_geometry;
    BoundaryStyle m_style;
    std::shared_ptr<RasterTileCache> m_tiles = std::make_shared<RasterTileCache>();
    std::shared_ptr<BoundaryLabels> m_labels = std::make_shared<BoundaryLabels>();
};

} // namespace nadzor::maps
