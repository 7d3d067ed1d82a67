#include "maps/boundarylayer.h"

#include "maps/renderscale.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace nadzor::maps {

namespace {

class BoundarySnapshot : public LayerSnapshot {
public:
    BoundarySnapshot(std::shared_ptr<const BoundaryGeometry> g, BoundaryStyle s, double opacity,
                     std::shared_ptr<RasterTileCache> tiles, std::shared_ptr<BoundaryLabels> labels)
        : m_geometry(std::move(g)), m_style(std::move(s)), m_opacity(opacity), m_tiles(std::move(tiles)),
          m_generation(m_tiles->generation()), m_labels(std::move(labels)) {}
    void paint(QPainter &painter, const Viewport &viewport) const override { render(painter, viewport, {}); }
    void render(QPainter &painter, const Viewport &viewport, const RenderContext &context) const override
    {
        if (!m_geometry)
            return;
        painter.save();
        painter.setOpacity(m_opacity);
        BoundaryLayer::renderFrame(painter, viewport, context, *m_geometry, m_style, *m_tiles, m_generation, *m_labels);
        painter.restore();
    }

private:
    std::shared_ptr<const BoundaryGeometry> m_geometry;
    BoundaryStyle m_style;
    double m_opacity;
    std::shared_ptr<RasterTileCache> m_tiles;
    quint64 m_generation;
    std::shared_ptr<BoundaryLabels> m_labels;
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
    m_tiles->invalidate();
    emit changed();
}

void BoundaryLayer::setStyle(const BoundaryStyle &style)
{
    m_style = style;
    m_tiles->invalidate();
    emit changed();
}

void BoundaryLayer::paint(QPainter &painter, const Viewport &viewport) const
{
    render(painter, viewport, {});
}

void BoundaryLayer::render(QPainter &painter, const Viewport &viewport, const RenderContext &context) const
{
    if (m_geometry)
        renderFrame(painter, viewport, context, *m_geometry, m_style, *m_tiles, m_tiles->generation(), *m_labels);
}

std::shared_ptr<const LayerSnapshot> BoundaryLayer::snapshot() const
{
    return std::make_shared<BoundarySnapshot>(m_geometry, m_style, opacity(), m_tiles, m_labels);
}

void BoundaryLayer::renderFrame(QPainter &painter, const Viewport &viewport, const RenderContext &context,
                                const BoundaryGeometry &geometry, const BoundaryStyle &style,
                                const RasterTileCache &tiles, quint64 generation, BoundaryLabels &labels)
{
    if (context.rasterCache && !RenderContext::isVectorOutput(painter))
        tiles.paint(painter, viewport, generation, [&geometry, &style](QPainter &p, const Viewport &v) {
            paintPolygons(p, v, geometry, style);
        });
    else
        paintPolygons(painter, viewport, geometry, style);
    labels.paint(painter, viewport, geometry, style, generation);
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
    paintPolygons(painter, viewport, geometry, style);
    if (style.labels)
        paintLabels(painter, viewport, geometry, style);
}

void BoundaryLayer::paintPolygons(QPainter &painter, const Viewport &viewport, const BoundaryGeometry &geometry,
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
}

void BoundaryLayer::paintLabels(QPainter &painter, const Viewport &viewport, const BoundaryGeometry &geometry,
                                const BoundaryStyle &style)
{
    if (viewport.zoom() < style.minLabelZoom)
        return;
    BoundaryLabels::draw(painter, viewport, *BoundaryLabels::place(painter, viewport, geometry, style), style);
}

} // namespace nadzor::maps
