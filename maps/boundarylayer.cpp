#include "maps/boundarylayer.h"

#include "maps/labelplacer.h"
#include "maps/renderscale.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <numeric>

namespace nadzor::maps {

namespace {

class BoundarySnapshot : public LayerSnapshot {
public:
    BoundarySnapshot(std::shared_ptr<const BoundaryGeometry> g, BoundaryStyle s, double opacity)
        : m_geometry(std::move(g)), m_style(std::move(s)), m_opacity(opacity) {}
    void paint(QPainter &painter, const Viewport &viewport) const override
    {
        if (!m_geometry)
            return;
        painter.save();
        painter.setOpacity(m_opacity);
        BoundaryLayer::paintBoundaries(painter, viewport, *m_geometry, m_style);
        painter.restore();
    }

private:
    std::shared_ptr<const BoundaryGeometry> m_geometry;
    BoundaryStyle m_style;
    double m_opacity;
};

} // namespace

BoundaryLayer::BoundaryLayer(QObject *parent) : Layer(parent)
{
    setName(tr("Boundaries"));
}

void BoundaryLayer::setBoundaries(const domain::BoundaryLayer &layer)
{
    setGeometry(BoundaryGeometry::build(layer));
}

void BoundaryLayer::setGeometry(std::shared_ptr<const BoundaryGeometry> geometry)
{
    m_geometry = std::move(geometry);
    emit changed();
}

void BoundaryLayer::setStyle(const BoundaryStyle &style)
{
    m_style = style;
    emit changed();
}

void BoundaryLayer::paint(QPainter &painter, const Viewport &viewport) const
{
    if (m_geometry)
        paintBoundaries(painter, viewport, *m_geometry, m_style);
}

std::shared_ptr<const LayerSnapshot> BoundaryLayer::snapshot() const
{
    return std::make_shared<BoundarySnapshot>(m_geometry, m_style, opacity());
}

GeoBounds BoundaryLayer::extent() const
{
    return m_geometry ? m_geometry->extent() : GeoBounds{};
}

QString BoundaryLayer::attribution() const
{
    return m_geometry ? m_geometry->attribution() : QString();
}

std::optional<qint64> BoundaryLayer::boundaryAt(const QPointF &screen, const Viewport &viewport) const
{
    if (!m_geometry)
        return std::nullopt;
    const int i = m_geometry->boundaryAt(screen, viewport);
    if (i < 0)
        return std::nullopt;
    return m_geometry->boundaries()[i].id;
}

void BoundaryLayer::paintBoundaries(QPainter &painter, const Viewport &viewport, const BoundaryGeometry &geometry,
                                    const BoundaryStyle &style)
{
    const RenderScale rs = RenderScale::forPainter(painter);
    const double margin = rs.pt(style.edgeWidthPt) + 2;
    const QRectF screen = QRectF(QPointF(0, 0), QSizeF(viewport.size())).adjusted(-margin, -margin, margin, margin);
    QVector<QPainterPath> paths;
    QVector<int> indices;
    const int n = geometry.boundaries().size();
    for (int i = 0; i < n; ++i) {
        QPainterPath p = geometry.screenPath(i, viewport, screen);
        if (!p.isEmpty()) {
            paths.append(std::move(p));
            indices.append(i);
        }
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (style.fill) {
        // Stroke everything wide first, then fill over it: only the outer edge of the set
        // keeps the wide stroke, so the country's border reads stronger than municipal ones.
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(style.edgeColor, rs.pt(style.edgeWidthPt), Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin));
        for (const auto &p : paths)
            painter.drawPath(p);
        painter.setPen(Qt::NoPen);
        painter.setBrush(style.fillColor);
        for (const auto &p : paths)
            painter.drawPath(p);
    }
    painter.setBrush(Qt::NoBrush);
    // Hairlines up to one device pixel take Qt's fast cosmetic stroker.
    const double outlineWidth = rs.pt(style.outlineWidthPt);
    QPen outline(style.outlineColor, outlineWidth, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin);
    outline.setCosmetic(outlineWidth <= 1.0);
    if (outlineWidth <= 1.0)
        outline.setWidthF(std::max(outlineWidth, 0.8));
    painter.setPen(outline);
    for (const auto &p : paths)
        painter.drawPath(p);
    painter.restore();
    if (style.labels)
        paintLabels(painter, viewport, geometry, style);
}

void BoundaryLayer::paintLabels(QPainter &painter, const Viewport &viewport, const BoundaryGeometry &geometry,
                                const BoundaryStyle &style)
{
    if (viewport.zoom() < style.minLabelZoom)
        return;
    const auto &all = geometry.boundaries();
    const double size = viewport.worldSize();
    const QPointF origin = viewport.topLeftPixel();
    const QRectF screen(QPointF(0, 0), QSizeF(viewport.size()));
    QVector<int> order(all.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&all](int a, int b) { return all[a].area > all[b].area; });

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QFont font = painter.font();
    font.setPointSizeF(style.labelSizePt);
    font.setWeight(QFont::Medium);
    font.setLetterSpacing(QFont::PercentageSpacing, 102);
    const RenderScale rs = RenderScale::forPainter(painter);
    painter.setFont(font);
    const QFontMetricsF fm(font, painter.device());
    LabelPlacer placer(rs.pt(40));
    struct Placed {
        QPointF baseline;
        QString text;
    };
    QVector<Placed> placed;
    for (int i : order) {
        const ProjectedBoundary &b = all[i];
        if (b.name.isEmpty())
            continue;
        const QPointF at = b.labelPoint * size - origin;
        if (!screen.contains(at))
            continue;
        const double w = fm.horizontalAdvance(b.name);
        const double h = fm.height();
        // Only name a polygon that is roomy enough around its label point.
        const double room = b.labelRadius * size;
        if (room * 2.6 < w && room < h * 1.6)
            continue;
        if (room < h * 0.5)
            continue;
        const QRectF rect(at.x() - w / 2, at.y() - h / 2, w, h);
        if (!placer.tryPlace(rect, rs.pt(3)))
            continue;
        placed.append({QPointF(rect.left(), rect.top() + fm.ascent()), b.name});
    }
    // A halo from the glyph cache (text drawn around the label in the halo colour) is far
    // cheaper than stroking text outlines.
    const double d = rs.pt(0.9);
    painter.setPen(style.labelHaloColor);
    for (const QPointF &o : {QPointF(-d, 0), QPointF(d, 0), QPointF(0, -d), QPointF(0, d), QPointF(-d * 0.7, -d * 0.7),
                             QPointF(d * 0.7, d * 0.7), QPointF(-d * 0.7, d * 0.7), QPointF(d * 0.7, -d * 0.7)})
        for (const Placed &p : placed)
            painter.drawText(p.baseline + o, p.text);
    painter.setPen(style.labelColor);
    for (const Placed &p : placed)
        painter.drawText(p.baseline, p.text);
    painter.restore();
}

} // namespace nadzor::maps
