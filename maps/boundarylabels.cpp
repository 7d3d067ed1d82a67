#include "maps/boundarylabels.h"

#include "maps/boundarylayer.h"
#include "maps/labelplacer.h"
#include "maps/renderscale.h"

#include <QFontMetricsF>
#include <QMutexLocker>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace nadzor::maps {

namespace {

qint64 zoomKeyOf(double zoom)
{
    return qint64(std::llround(zoom * 1048576.0));
}

QFont labelFont(const QPainter &painter, const BoundaryStyle &style)
{
    QFont font = painter.font();
    font.setPointSizeF(style.labelSizePt);
    font.setWeight(QFont::Medium);
    font.setLetterSpacing(QFont::PercentageSpacing, 102);
    return font;
}

} // namespace

std::shared_ptr<const BoundaryLabels::Placement> BoundaryLabels::place(const QPainter &painter, const Viewport &viewport,
                                                                       const BoundaryGeometry &geometry,
                                                                       const BoundaryStyle &style)
{
    auto placement = std::make_shared<Placement>();
    const RenderScale rs = RenderScale::forPainter(painter);
    placement->zoomKey = zoomKeyOf(viewport.zoom());
    placement->dpiKey = qint32(std::lround(rs.dpi * 100));
    placement->font = labelFont(painter, style);
    const QFontMetricsF fm(placement->font, painter.device());
    const auto &all = geometry.boundaries();
    const double size = viewport.worldSize();
    QVector<int> order(all.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&all](int a, int b) { return all[a].area > all[b].area; });
    LabelPlacer placer(rs.pt(40));
    const double h = fm.height();
    for (int i : order) {
        const ProjectedBoundary &b = all[i];
        if (b.name.isEmpty())
            continue;
        const QPointF at = b.labelPoint * size;
        const double w = fm.horizontalAdvance(b.name);
        // Only name a polygon that is roomy enough around its label point.
        const double room = b.labelRadius * size;
        if (room * 2.6 < w && room < h * 1.6)
            continue;
        if (room < h * 0.5)
            continue;
        const QRectF rect(at.x() - w / 2, at.y() - h / 2, w, h);
        if (!placer.tryPlace(rect, rs.pt(3)))
            continue;
        placement->labels.append({rect, QPointF(rect.left(), rect.top() + fm.ascent()), b.name});
    }
    return placement;
}

void BoundaryLabels::draw(QPainter &painter, const Viewport &viewport, const Placement &placement,
                          const BoundaryStyle &style)
{
    const QPointF origin = viewport.topLeftPixel();
    const RenderScale rs = RenderScale::forPainter(painter);
    const double d = rs.pt(0.9);
    const QRectF screen = QRectF(origin, QSizeF(viewport.size())).adjusted(-d, -d, d, d);
    QVector<const Label *> shown;
    for (const Label &l : placement.labels)
        if (l.rect.intersects(screen))
            shown.append(&l);
    if (shown.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setFont(placement.font);
    // A halo from the glyph cache (text drawn around the label in the halo colour) is far
    // cheaper than stroking text outlines.
    painter.setPen(style.labelHaloColor);
    for (const QPointF &o : {QPointF(-d, 0), QPointF(d, 0), QPointF(0, -d), QPointF(0, d), QPointF(-d * 0.7, -d * 0.7),
                             QPointF(d * 0.7, d * 0.7), QPointF(-d * 0.7, d * 0.7), QPointF(d * 0.7, -d * 0.7)})
        for (const Label *l : shown)
            painter.drawText(l->baseline - origin + o, l->text);
    painter.setPen(style.labelColor);
    for (const Label *l : shown)
        painter.drawText(l->baseline - origin, l->text);
    painter.restore();
}

void BoundaryLabels::paint(QPainter &painter, const Viewport &viewport, const BoundaryGeometry &geometry,
                           const BoundaryStyle &style, quint64 generation)
{
    if (!style.labels || viewport.zoom() < style.minLabelZoom)
        return;
    const qint64 zoomKey = zoomKeyOf(viewport.zoom());
    const qint32 dpiKey = qint32(std::lround(RenderScale::forPainter(painter).dpi * 100));
    std::shared_ptr<const Placement> placement;
    {
        QMutexLocker lock(&m_mutex);
        if (m_last && m_last->zoomKey == zoomKey && m_last->dpiKey == dpiKey && m_last->generation == generation
            && m_last->font.family() == painter.font().family())
            placement = m_last;
    }
    if (!placement) {
        auto fresh = std::const_pointer_cast<Placement>(place(painter, viewport, geometry, style));
        fresh->generation = generation;
        placement = fresh;
        QMutexLocker lock(&m_mutex);
        m_last = placement;
    }
    draw(painter, viewport, *placement, style);
}

} // namespace nadzor::maps
