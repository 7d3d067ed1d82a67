#include "maps/tilelayer.h"

#include "maps/mercator.h"
#include "maps/renderscale.h"
#include "maps/tilemath.h"

#include <QPainter>
#include <cmath>

namespace nadzor::maps {

TileLayer::TileLayer(TileSource *source, QObject *parent) : Layer(parent), m_source(source)
{
    setName(source ? source->name() : tr("Tiles"));
    if (m_source) {
        m_source->setParent(this);
        connect(m_source, &TileSource::tileReady, this, &Layer::changed);
        connect(m_source, &TileSource::offlineChanged, this, &Layer::changed);
    }
}

int TileLayer::tileZoomFor(const Viewport &viewport, double dpi) const
{
    // What a 96-dpi screen would show for the same extent; device pixel ratio asks for more detail.
    const double effective = viewport.zoom() - std::log2(std::max(dpi, 1.0) / 96.0)
        + std::log2(std::max<qreal>(viewport.devicePixelRatio(), 1.0));
    return tilemath::tileZoomFor(effective, m_source ? m_source->minZoom() : 0, m_source ? m_source->maxZoom() : 19);
}

QString TileLayer::attribution() const
{
    return m_source ? m_source->attribution() : QString();
}

QString TileLayer::statusNotice() const
{
    return m_source && m_source->isOffline() ? tr("Offline — showing cached tiles") : QString();
}

GeoBounds TileLayer::extent() const
{
    return {};
}

void TileLayer::paintPlaceholder(QPainter &painter, const QRectF &rect)
{
    painter.fillRect(rect, QColor(238, 238, 236));
    painter.setPen(QPen(QColor(226, 226, 223), 1.0));
    const double step = rect.width() / 4.0;
    if (step < 6)
        return;
    for (int i = 1; i < 4; ++i) {
        painter.drawLine(QPointF(rect.left() + i * step, rect.top()), QPointF(rect.left() + i * step, rect.bottom()));
        painter.drawLine(QPointF(rect.left(), rect.top() + i * step), QPointF(rect.right(), rect.top() + i * step));
    }
}

void TileLayer::paint(QPainter &painter, const Viewport &viewport) const
{
    if (!m_source)
        return;
    const RenderScale rs = RenderScale::forPainter(painter);
    const int z = tileZoomFor(viewport, rs.dpi);
    const QPointF tl = viewport.topLeftPixel();
    const QRectF view(tl, QSizeF(viewport.size()));
    const tilemath::TileRange range = tilemath::tilesCovering(view, viewport.zoom(), z);
    const double tilePx = mercator::kTileSize * std::exp2(viewport.zoom() - z);
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    for (const TileId &t : range.tilesCentreFirst()) {
        // Snap edges to whole pixels so neighbouring tiles meet without hairline gaps.
        const QPointF o(std::floor(t.x * tilePx - tl.x()), std::floor(t.y * tilePx - tl.y()));
        const QPointF e(std::floor((t.x + 1) * tilePx - tl.x()), std::floor((t.y + 1) * tilePx - tl.y()));
        const QRectF target(o, e);
        QImage img = m_source->tile(t, true);
        if (!img.isNull()) {
            painter.drawImage(target, img);
            continue;
        }
        // A cached ancestor, scaled up, beats an empty square.
        bool drawn = false;
        TileId p = t;
        for (int up = 1; up <= 5 && p.z > m_source->minZoom(); ++up) {
            p = p.parent();
            const QImage parent = m_source->tile(p, false);
            if (parent.isNull())
                continue;
            const int n = 1 << up;
            const double side = double(parent.width()) / n;
            const QRectF src((t.x - (p.x << up)) * side, (t.y - (p.y << up)) * side, side, side);
            painter.drawImage(target, parent, src);
            drawn = true;
            break;
        }
        if (!drawn)
            paintPlaceholder(painter, target);
    }
    painter.restore();
}

} // namespace nadzor::maps
