#pragma once
// What presentation mode draws over the map, sized for a projector at the back of a room: the
// legend of every visible layer (the choropleth's classes, the heatmap's colour scale) in large
// high-contrast type, a large scale bar and the attribution every map must carry. It paints
// nothing else and lets every mouse event through to the map.
#include <QPointer>
#include <QWidget>

namespace nadzor::maps {
class MapCanvas;
}

namespace nadzor::ui {

class PresentationOverlay : public QWidget {
    Q_OBJECT
public:
    explicit PresentationOverlay(maps::MapCanvas *canvas, QWidget *parent = nullptr);

    // The heatmap kernel radius shown under its scale (metres; 0 hides it).
    void setHeatmapRadius(double metres);
    // The legend box as last painted (for tests and layout), in this widget's coordinates.
    QRectF legendRect() const { return m_legendRect; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF paintLegends(QPainter &painter, const QPointF &bottomLeft);
    QRectF paintScaleBar(QPainter &painter, const QPointF &bottomLeft);
    void paintAttribution(QPainter &painter);

    QPointer<maps::MapCanvas> m_canvas;
    double m_heatmapRadius = 0.0;
    QRectF m_legendRect;
};

} // namespace nadzor::ui
