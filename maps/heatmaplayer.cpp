#include "maps/heatmaplayer.h"

#include "maps/mercator.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace nadzor::maps {

namespace {

class HeatmapSnapshot : public LayerSnapshot {
public:
    HeatmapSnapshot(QImage image, GeoBounds bounds, double opacity)
        : m_image(std::move(image)), m_bounds(bounds), m_opacity(opacity) {}
    void paint(QPainter &painter, const Viewport &viewport) const override
    {
        painter.save();
        painter.setOpacity(m_opacity);
        HeatmapLayer::paintImage(painter, viewport, m_image, m_bounds);
        painter.restore();
    }

private:
    QImage m_image;  // implicitly shared, read-only here
    GeoBounds m_bounds;
    double m_opacity;
};

QVector<QRgb> rampTable(const QGradientStops &stops)
{
    QVector<QRgb> table(256);
    for (int i = 0; i < 256; ++i) {
        const double t = i / 255.0;
        QColor c = stops.isEmpty() ? QColor(Qt::red) : stops.first().second;
        for (int k = 1; k < stops.size(); ++k) {
            if (t <= stops[k].first) {
                const double t0 = stops[k - 1].first, t1 = stops[k].first;
                const double f = t1 > t0 ? (t - t0) / (t1 - t0) : 1.0;
                const QColor a = stops[k - 1].second, b = stops[k].second;
                c = QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * f, a.greenF() + (b.greenF() - a.greenF()) * f,
                                     a.blueF() + (b.blueF() - a.blueF()) * f,
                                     a.alphaF() + (b.alphaF() - a.alphaF()) * f);
                break;
            }
            c = stops[k].second;
        }
        table[i] = qPremultiply(c.rgba());
    }
    return table;
}

} // namespace

HeatmapLayer::HeatmapLayer(QObject *parent) : Layer(parent)
{
    setName(tr("Heatmap"));
}

QGradientStops HeatmapLayer::defaultRamp()
{
    return {{0.0, QColor(65, 105, 225, 0)},   {0.15, QColor(65, 105, 225, 110)}, {0.4, QColor(0, 200, 150, 160)},
            {0.65, QColor(255, 210, 0, 190)}, {0.85, QColor(255, 120, 0, 210)},  {1.0, QColor(215, 25, 28, 230)}};
}

void HeatmapLayer::setGrid(const HeatmapGrid &grid, const QGradientStops &ramp, float minValue, float maxValue)
{
    m_image = QImage();
    m_bounds = {};
    if (!grid.isValid()) {
        emit changed();
        return;
    }
    float lo = minValue, hi = maxValue;
    if (std::isnan(lo) || std::isnan(hi)) {
        float gmin = std::numeric_limits<float>::max(), gmax = std::numeric_limits<float>::lowest();
        for (float v : grid.values)
            if (std::isfinite(v)) {
                gmin = std::min(gmin, v);
                gmax = std::max(gmax, v);
            }
        if (std::isnan(lo))
            lo = gmin;
        if (std::isnan(hi))
            hi = gmax;
    }
    const QVector<QRgb> table = rampTable(ramp);
    // Rows regular in Mercator y: each output row samples the lon/lat row under it.
    const QPointF nw = mercator::lonLatToWorld(grid.bounds.west, grid.bounds.north);
    const QPointF se = mercator::lonLatToWorld(grid.bounds.east, grid.bounds.south);
    const int outRows = std::max(grid.rows, 1);
    QImage img(grid.columns, outRows, QImage::Format_ARGB32_Premultiplied);
    const double span = hi > lo ? hi - lo : 1.0;
    for (int r = 0; r < outRows; ++r) {
        const double wy = nw.y() + (se.y() - nw.y()) * (r + 0.5) / outRows;
        const double lat = mercator::worldToLonLat(0, wy).y();
        const double fr = (grid.bounds.north - lat) / grid.bounds.height() * grid.rows - 0.5;
        const int r0 = std::clamp(int(std::floor(fr)), 0, grid.rows - 1);
        const int r1 = std::min(r0 + 1, grid.rows - 1);
        const double f = std::clamp(fr - r0, 0.0, 1.0);
        auto *line = reinterpret_cast<QRgb *>(img.scanLine(r));
        for (int c = 0; c < grid.columns; ++c) {
            const float a = grid.values[qsizetype(r0) * grid.columns + c];
            const float b = grid.values[qsizetype(r1) * grid.columns + c];
            double v;
            if (std::isfinite(a) && std::isfinite(b))
                v = a + (b - a) * f;
            else
                v = std::isfinite(a) ? a : b;
            if (!std::isfinite(v) || v <= lo) {
                line[c] = 0;
                continue;
            }
            const int idx = std::clamp(int((v - lo) / span * 255.0 + 0.5), 0, 255);
            line[c] = table[idx];
        }
    }
    m_image = img;
    m_bounds = grid.bounds;
    emit changed();
}

void HeatmapLayer::paint(QPainter &painter, const Viewport &viewport) const
{
    paintImage(painter, viewport, m_image, m_bounds);
}

std::shared_ptr<const LayerSnapshot> HeatmapLayer::snapshot() const
{
    return std::make_shared<HeatmapSnapshot>(m_image, m_bounds, opacity());
}

void HeatmapLayer::paintImage(QPainter &painter, const Viewport &viewport, const QImage &image,
                              const GeoBounds &bounds)
{
    if (image.isNull() || bounds.isEmpty())
        return;
    const QPointF tl = viewport.lonLatToScreen(bounds.west, bounds.north);
    const QPointF br = viewport.lonLatToScreen(bounds.east, bounds.south);
    const QRectF target(tl, br);
    const QRectF screen(QPointF(0, 0), QSizeF(viewport.size()));
    if (!target.intersects(screen))
        return;
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(target, image);
    painter.restore();
}

} // namespace nadzor::maps
