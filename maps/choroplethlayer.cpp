#include "maps/choroplethlayer.h"

#include "maps/renderscale.h"

#include <QPainter>

namespace nadzor::maps {

namespace {

class ChoroplethSnapshot : public LayerSnapshot {
public:
    ChoroplethSnapshot(std::shared_ptr<const ChoroplethLayer::Data> d, double opacity)
        : m_data(std::move(d)), m_opacity(opacity) {}
    void paint(QPainter &painter, const Viewport &viewport) const override
    {
        painter.save();
        painter.setOpacity(m_opacity);
        ChoroplethLayer::paintData(painter, viewport, *m_data);
        painter.restore();
    }

private:
    std::shared_ptr<const ChoroplethLayer::Data> m_data;
    double m_opacity;
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
    m_data = d;
    emit changed();
}

void ChoroplethLayer::setColors(const QHash<qint64, QColor> &colors, const QColor &noDataColor)
{
    auto d = std::make_shared<Data>(*m_data);
    d->colors = colors;
    d->noData = noDataColor;
    m_data = d;
    emit changed();
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
    m_data = d;
    emit changed();
}

void ChoroplethLayer::paint(QPainter &painter, const Viewport &viewport) const
{
    paintData(painter, viewport, *m_data);
}

std::shared_ptr<const LayerSnapshot> ChoroplethLayer::snapshot() const
{
    return std::make_shared<ChoroplethSnapshot>(m_data, opacity());
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
    const auto &all = data.geometry->boundaries();
    for (int i = 0; i < all.size(); ++i) {
        const QColor c = data.colors.value(all[i].id, data.noData);
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
