#pragma once
// A heatmap raster handed in as a grid of floats over a lon/lat box, coloured through a ramp
// (low values transparent) and drawn smoothly scaled. The grid is computed elsewhere.
#include "maps/geobounds.h"
#include "maps/layer.h"

#include <QGradientStops>
#include <QImage>
#include <QVector>

namespace nadzor::maps {

struct HeatmapGrid {
    int columns = 0;
    int rows = 0;                 // row 0 is the northern edge
    QVector<float> values;        // rows * columns, row-major; NaN = no data
    GeoBounds bounds;             // the grid's outer edges, regular in lon/lat
    bool isValid() const
    {
        return columns > 0 && rows > 0 && values.size() == qsizetype(columns) * rows && !bounds.isEmpty();
    }
};

class HeatmapLayer : public Layer {
    Q_OBJECT
public:
    explicit HeatmapLayer(QObject *parent = nullptr);

    // `ramp`: colours by position 0..1 (alpha included). Values are mapped linearly from
    // [minValue, maxValue] (NaN limits: the grid's own range); values <= minValue are transparent.
    void setGrid(const HeatmapGrid &grid, const QGradientStops &ramp, float minValue = qQNaN(),
                 float maxValue = qQNaN());
    static QGradientStops defaultRamp();
    // The coloured raster, rows resampled to be regular in Mercator (what is drawn).
    QImage image() const { return m_image; }

    void paint(QPainter &painter, const Viewport &viewport) const override;
    bool needsWorkerThread() const override { return true; }
    std::shared_ptr<const LayerSnapshot> snapshot() const override;
    GeoBounds extent() const override { return m_bounds; }

    static void paintImage(QPainter &painter, const Viewport &viewport, const QImage &image, const GeoBounds &bounds);

private:
    QImage m_image;
    GeoBounds m_bounds;
};

} // namespace nadzor::maps
