#include "maps/cameralayer.h"

#include "maps/renderscale.h"

#include <QCache>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace nadzor::maps {

namespace {

class CameraSnapshot : public LayerSnapshot {
public:
    CameraSnapshot(std::shared_ptr<const CameraIndex> index, CameraStyle style, double opacity)
        : m_index(std::move(index)), m_style(std::move(style)), m_opacity(opacity) {}
    void paint(QPainter &painter, const Viewport &viewport) const override
    {
        if (!m_index)
            return;
        painter.save();
        painter.setOpacity(m_opacity);
        CameraLayer::paintCameras(painter, viewport, *m_index, m_style);
        painter.restore();
    }

private:
    std::shared_ptr<const CameraIndex> m_index;
    CameraStyle m_style;
    double m_opacity;
};

double badgeRadiusPx(int count, double pxPerPt)
{
    return CameraStyle::clusterRadiusPt(count) * pxPerPt;
}

// Cluster badges outlive a frame: drawing their text is the dearest part of a clustered frame.
QImage clusterBadge(int count, double radius, double fontPx, qreal dpr)
{
    static QMutex mutex;
    static QCache<QString, QImage> badges(2048);
    const QString label = CameraStyle::clusterLabel(count);
    // Same label and size bucket share a sprite.
    const QString key = QStringLiteral("%1|%2|%3|%4")
                            .arg(label)
                            .arg(std::lround(radius * 4))
                            .arg(std::lround(fontPx * 4))
                            .arg(std::lround(dpr * 100));
    {
        QMutexLocker lock(&mutex);
        if (const QImage *img = badges.object(key))
            return *img;
    }
    const QImage img = CameraStyle::clusterSprite(count, radius, fontPx, dpr);
    QMutexLocker lock(&mutex);
    badges.insert(key, new QImage(img));
    return img;
}

double symbolRadiusPx(const CameraStyle &style, const Viewport &viewport, const RenderScale &rs)
{
    return rs.pt(viewport.zoom() >= style.largeSymbolZoom ? style.symbolRadiusPt : style.smallSymbolRadiusPt);
}

} // namespace

CameraLayer::CameraLayer(QObject *parent) : Layer(parent)
{
    setName(tr("Cameras"));
}

void CameraLayer::setCameras(QVector<CameraSymbol> cameras)
{
    setIndex(CameraIndex::build(std::move(cameras)));
}

void CameraLayer::setIndex(std::shared_ptr<const CameraIndex> index)
{
    m_index = std::move(index);
    emit changed();
}

void CameraLayer::setStyle(const CameraStyle &style)
{
    m_style = style;
    emit changed();
}

void CameraLayer::setSelection(const QSet<qint64> &ids)
{
    m_selection = ids;
}

void CameraLayer::setHovered(std::optional<qint64> id)
{
    m_hovered = id;
}

CameraFrameOptions CameraLayer::frameOptions(const CameraStyle &style, const Viewport &viewport, double dpi)
{
    const RenderScale rs{dpi};
    CameraFrameOptions o;
    o.cellPixels = rs.pt(style.clusterCellPt);
    o.cluster = viewport.zoom() < style.clusterMaxZoom;
    o.pxPerPt = rs.pt(1.0);
    o.badgeRadius = &badgeRadiusPx;
    o.marginPixels = viewport.zoom() >= style.coneMinZoom ? rs.pt(style.coneMaxPt) : rs.pt(24);
    return o;
}

QVector<CameraFrameItem> CameraLayer::frame(const Viewport &viewport, double dpi) const
{
    if (!m_index)
        return {};
    QMutexLocker lock(&m_cacheMutex);
    if (m_cachedIndex == m_index.get() && m_cachedDpi == dpi && m_cachedViewport == viewport)
        return m_cachedFrame;
    m_cachedFrame = m_index->frame(viewport, frameOptions(m_style, viewport, dpi));
    m_cachedIndex = m_index.get();
    m_cachedDpi = dpi;
    m_cachedViewport = viewport;
    return m_cachedFrame;
}

void CameraLayer::paint(QPainter &painter, const Viewport &viewport) const
{
    if (!m_index)
        return;
    paintCameras(painter, viewport, *m_index, m_style);
    paintHighlights(painter, viewport);
}

std::shared_ptr<const LayerSnapshot> CameraLayer::snapshot() const
{
    return std::make_shared<CameraSnapshot>(m_index, m_style, opacity());
}

GeoBounds CameraLayer::extent() const
{
    return m_index ? m_index->extent() : GeoBounds{};
}

GeoBounds CameraLayer::extentOf(const QSet<qint64> &ids) const
{
    GeoBounds b;
    if (!m_index)
        return b;
    for (qint64 id : ids) {
        const int i = m_index->indexOf(id);
        if (i >= 0)
            b.extend(m_index->symbol(i).lon, m_index->symbol(i).lat);
    }
    return b;
}

void CameraLayer::paintCameras(QPainter &painter, const Viewport &viewport, const CameraIndex &index,
                               const CameraStyle &style)
{
    const RenderScale rs = RenderScale::forPainter(painter);
    const QVector<CameraFrameItem> items = index.frame(viewport, frameOptions(style, viewport, rs.dpi));
    if (items.isEmpty())
        return;
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);

    // Field-of-view cones under the symbols.
    if (viewport.zoom() >= style.coneMinZoom) {
        const double length = std::clamp(style.coneLengthMetres / viewport.metresPerPixel(), rs.pt(style.coneMinPt),
                                         rs.pt(style.coneMaxPt));
        for (const CameraFrameItem &it : items) {
            if (it.isCluster())
                continue;
            const CameraSymbol &s = index.symbol(it.index);
            if (!s.hasDirection())
                continue;
            const QColor base = style.statusColor(s.status);
            QRadialGradient g(it.position, length);
            QColor inner = base, outer = base;
            inner.setAlpha(120);
            outer.setAlpha(25);
            g.setColorAt(0.0, inner);
            g.setColorAt(1.0, outer);
            QColor edge = base;
            edge.setAlpha(150);
            painter.setPen(QPen(edge, rs.pt(0.6)));
            painter.setBrush(g);
            const double angle = std::min(360.0, double(s.coneAngle()));
            const QRectF box(it.position.x() - length, it.position.y() - length, 2 * length, 2 * length);
            if (angle >= 359.9) {
                painter.drawEllipse(box);
                continue;
            }
            // Qt angles: counter-clockwise from 3 o'clock, in 1/16°; compass: clockwise from north.
            const double startQt = 90.0 - double(s.direction) - angle / 2.0;
            painter.drawPie(box, int(std::lround((startQt) * 16)), int(std::lround(angle * 16)));
        }
    }

    // Singles as pre-rendered sprites, one per kind/status/face.
    const double r = symbolRadiusPx(style, viewport, rs);
    QHash<int, QImage> sprites;
    for (const CameraFrameItem &it : items) {
        if (it.isCluster())
            continue;
        const CameraSymbol &s = index.symbol(it.index);
        const int key = (int(s.kind) << 16) | (int(s.status) << 8) | int(s.face);
        auto sp = sprites.find(key);
        if (sp == sprites.end())
            sp = sprites.insert(key, style.symbolSprite(r, s.kind, s.status, s.face, dpr));
        const QSizeF size = QSizeF(sp->size()) / dpr;
        painter.drawImage(QPointF(it.position.x() - size.width() / 2, it.position.y() - size.height() / 2), *sp);
    }
    // Clusters on top, smallest first so large badges stay readable.
    QVector<const CameraFrameItem *> clusters;
    for (const CameraFrameItem &it : items)
        if (it.isCluster())
            clusters.append(&it);
    std::sort(clusters.begin(), clusters.end(), [](auto a, auto b) { return a->count < b->count; });
    for (const CameraFrameItem *it : clusters) {
        const double br = badgeRadiusPx(it->count, rs.pt(1.0));
        const QString label = CameraStyle::clusterLabel(it->count);
        const QImage badge = clusterBadge(it->count, br, rs.pt(label.size() > 3 ? 6.2 : 7.0), dpr);
        const QSizeF size = QSizeF(badge.size()) / dpr;
        painter.drawImage(QPointF(it->position.x() - size.width() / 2, it->position.y() - size.height() / 2), badge);
    }
    painter.restore();
}

void CameraLayer::paintHighlights(QPainter &painter, const Viewport &viewport) const
{
    if (!m_index || (m_selection.isEmpty() && !m_hovered))
        return;
    const RenderScale rs = RenderScale::forPainter(painter);
    const double r = symbolRadiusPx(m_style, viewport, rs);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);
    const QRectF screen = QRectF(QPointF(0, 0), QSizeF(viewport.size())).adjusted(-20, -20, 20, 20);
    auto ring = [&](qint64 id, const QColor &color, double extra) {
        const int i = m_index->indexOf(id);
        if (i < 0)
            return;
        const CameraSymbol &s = m_index->symbol(i);
        const QPointF p = viewport.lonLatToScreen(s.lon, s.lat);
        if (!screen.contains(p))
            return;
        QColor halo = color;
        halo.setAlpha(70);
        painter.setPen(QPen(halo, rs.pt(4.5)));
        painter.drawEllipse(p, r + rs.pt(extra), r + rs.pt(extra));
        painter.setPen(QPen(color, rs.pt(1.8)));
        painter.drawEllipse(p, r + rs.pt(extra), r + rs.pt(extra));
    };
    for (qint64 id : m_selection)
        ring(id, m_style.selection, 2.6);
    if (m_hovered && !m_selection.contains(*m_hovered))
        ring(*m_hovered, m_style.hover, 2.2);
    painter.restore();
}

std::optional<qint64> CameraLayer::cameraAt(const QPointF &screen, const Viewport &viewport, double dpi) const
{
    if (!m_index)
        return std::nullopt;
    const RenderScale rs{dpi};
    const double r = symbolRadiusPx(m_style, viewport, rs) + rs.pt(2.5);
    double best = r * r;
    std::optional<qint64> found;
    for (const CameraFrameItem &it : frame(viewport, dpi)) {
        if (it.isCluster())
            continue;
        const QPointF d = it.position - screen;
        const double d2 = d.x() * d.x() + d.y() * d.y();
        if (d2 <= best) {
            best = d2;
            found = m_index->symbol(it.index).id;
        }
    }
    return found;
}

std::optional<GeoBounds> CameraLayer::clusterAt(const QPointF &screen, const Viewport &viewport, double dpi) const
{
    if (!m_index)
        return std::nullopt;
    const RenderScale rs{dpi};
    for (const CameraFrameItem &it : frame(viewport, dpi)) {
        if (!it.isCluster())
            continue;
        const double r = badgeRadiusPx(it.count, rs.pt(1.0));
        const QPointF d = it.position - screen;
        if (d.x() * d.x() + d.y() * d.y() <= r * r) {
            // The cluster's cameras lie around its centroid within about a cell.
            const double cell = rs.pt(m_style.clusterCellPt);
            const auto a = viewport.screenToLonLat(it.position - QPointF(cell, cell));
            const auto b = viewport.screenToLonLat(it.position + QPointF(cell, cell));
            return GeoBounds::fromCorners(a.lon, a.lat, b.lon, b.lat);
        }
    }
    return std::nullopt;
}

} // namespace nadzor::maps
