#include "maps/choroplethlayer.h"

#include "maps/renderscale.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace nadzor::maps {

namespace {

class ChoroplethSnapshot : public LayerSnapshot {
public:
    ChoroplethSnapshot(std::shared_ptr<const ChoroplethLayer::Data> d, double opacity,
                       std::shared_ptr<RasterTileCache> tiles)
        : m_data(std::move(d)), m_opacity(opacity), m_tiles(std::move(tiles)), m_generation(m_tiles->generation()) {}
    void paint(QPainter &painter, const Viewport &viewport) const override { render(painter, viewport, {}); }
    void render(QPainter &painter, const Viewport &viewport, const RenderContext &context) const override
    {
        painter.save();
        painter.setOpacity(m_opacity);
        paintCached(painter, viewport, context, m_data, *m_tiles, m_generation);
        painter.restore();
    }

    static void paintCached(QPainter &painter, const Viewport &viewport, const RenderContext &context,
                            const std::shared_ptr<const ChoroplethLayer::Data> &data, const RasterTileCache &tiles,
                            quint64 generation)
    {
        if (!data->geometry)
            return;
        if (context.rasterCache && !RenderContext::isVectorOutput(painter))
            tiles.paint(painter, viewport, generation, [&data](QPainter &p, const Viewport &v) {
                ChoroplethLayer::paintData(p, v, *data);
            });
        else
            ChoroplethLayer::paintData(painter, viewport, *data);
    }

private:
    std::shared_ptr<const ChoroplethLayer::Data> m_data;
    double m_opacity;
    std::shared_ptr<RasterTileCache> m_tiles;
    quint64 m_generation;
};

} // namespace

ChoroplethLayer::ChoroplethLayer(QObject *parent) : Layer(parent), m_data(std::make_shared<Data>())
{
    setName(tr("Choropleth"));
}

void ChoroplethLayer::setGeometry(std::shared_ptr<const BoundaryGeometry> geometry)
{
    auto d = std::make_shared<Data>(*m_data);
    d->geometry = std::move(geometry);
    setData(d);
    emit changed();
}

void ChoroplethLayer::setColors(const QHash<qint64, QColor> &colors, const QColor &noDataColor)
{
    auto d = std::make_shared<Data>(*m_data);
    d->colors = colors;
    d->noData = noDataColor;
    setData(d);
    emit changed();
}

void ChoroplethLayer::setFillFade(double fullZoom, double goneZoom)
{
    auto d = std::make_shared<Data>(*m_data);
    d->fadeFullZoom = fullZoom;
    d->fadeGoneZoom = goneZoom;
    setData(d);
    emit changed();
}

void ChoroplethLayer::setData(std::shared_ptr<const Data> data)
{
    m_data = std::move(data);
    m_tiles->invalidate();
}

double ChoroplethLayer::fillFactor(const Data &data, double zoom, double dpi)
{
    if (!(data.fadeFullZoom < data.fadeGoneZoom))
        return 1.0;
    const double screenZoom = zoom - std::log2(std::max(dpi, 1.0) / 96.0);
    return std::clamp((data.fadeGoneZoom - screenZoom) / (data.fadeGoneZoom - data.fadeFullZoom), 0.0, 1.0);
}

void ChoroplethLayer::setLegend(const Legend &legend)
{
    m_legend = legend;
    emit changed();
}

void ChoroplethLayer::setOutline(const QColor &color, double widthPt)
{
    auto d = std::make_shared<Data>(*m_data);
    d->outline = color;
    d->outlineWidthPt = widthPt;
    setData(d);
    emit changed();
}

void ChoroplethLayer::paint(QPainter &painter, const Viewport &viewport) const
{
    paintData(painter, viewport, *m_data);
}

void ChoroplethLayer::render(QPainter &painter, const Viewport &viewport, const RenderContext &context) const
{
    ChoroplethSnapshot::paintCached(painter, viewport, context, m_data, *m_tiles, m_tiles->generation());
}

std::shared_ptr<const LayerSnapshot> ChoroplethLayer::snapshot() const
{
    return std::make_shared<ChoroplethSnapshot>(m_data, opacity(), m_tiles);
}

GeoBounds ChoroplethLayer::extent() const
{
    return m_data->geometry ? m_data->geometry->extent() : GeoBounds{};
}

void ChoroplethLayer::paintData(QPainter &painter, const Viewport &viewport, const Data &data)
{
    if (!data.geometry)
        return;
    const RenderScale rs = RenderScale::forPainter(painter);
    const QRectF screen = QRectF(QPointF(0, 0), QSizeF(viewport.size())).adjusted(-4, -4, 4, 4);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QPen outline = data.outline.alpha() > 0 && data.outlineWidthPt > 0
        ? QPen(data.outline, rs.pt(data.outlineWidthPt), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin)
        : QPen(Qt::NoPen);
    const double fill = fillFactor(data, viewport.zoom(), rs.dpi);
    const auto &all = data.geometry->boundaries();
    for (int i = 0; i < all.size(); ++i) {
        QColor c = data.colors.value(all[i].id, data.noData);
        if (fill < 1.0)
            c.setAlphaF(float(c.alphaF() * fill));
        if (c.alpha() == 0 && outline.style() == Qt::NoPen)
            continue;
        const QPainterPath path = data.geometry->screenPath(i, viewport, screen);
        if (path.isEmpty())
            continue;
        painter.setPen(outline);
        painter.setBrush(c.alpha() > 0 ? QBrush(c) : QBrush(Qt::NoBrush));
        painter.drawPath(path);
    }
    painter.restore();
}

} // namespace nadzor::maps
