#pragma once
// Boundary polygons: land fill, outlines (the outer edge drawn stronger), and names placed at
// each polygon's pole of inaccessibility with collision avoidance. With the default style it
// is the offline vector basemap; with fill off it overlays tiles or a choropleth.
#include "domain/boundary.h"
#include "maps/boundarygeometry.h"
#include "maps/layer.h"

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
    bool needsWorkerThread() const override { return true; }
    std::shared_ptr<const LayerSnapshot> snapshot() const override;
    GeoBounds extent() const override;
    QString attribution() const override;

    // The id of the boundary under a screen point, or std::nullopt.
    std::optional<qint64> boundaryAt(const QPointF &screen, const Viewport &viewport) const;

    // The drawing itself, shared with snapshots.
    static void paintBoundaries(QPainter &painter, const Viewport &viewport, const BoundaryGeometry &geometry,
                                const BoundaryStyle &style);
    static void paintLabels(QPainter &painter, const Viewport &viewport, const BoundaryGeometry &geometry,
                            const BoundaryStyle &style);

private:
    std::shared_ptr<const BoundaryGeometry> m_geometry;
    BoundaryStyle m_style;
};

} // namespace nadzor::maps
