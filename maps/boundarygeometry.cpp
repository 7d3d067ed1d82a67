#include "maps/boundarygeometry.h"

#include "maps/mercator.h"
#include "maps/polylabel.h"

#include <algorithm>
#include <cmath>

namespace nadzor::maps {

namespace {

double ringArea(const QVector<QPointF> &ring)
{
    double a = 0.0;
    for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        a += (ring[j].x() + ring[i].x()) * (ring[j].y() - ring[i].y());
    return std::abs(a) / 2.0;
}

} // namespace

std::shared_ptr<const BoundaryGeometry> BoundaryGeometry::build(const domain::BoundaryLayer &layer)
{
    auto g = std::make_shared<BoundaryGeometry>();
    g->m_attribution = layer.attribution;
    g->m_boundaries.reserve(layer.boundaries.size());
    for (const domain::Boundary &b : layer.boundaries) {
        ProjectedBoundary pb;
        pb.id = b.id;
        pb.name = b.name;
        double bestArea = -1.0;
        QList<QVector<QPointF>> bestPolygon;
        for (const domain::Polygon &polygon : b.geometry) {
            QList<QVector<QPointF>> projected;
            for (const domain::Ring &ring : polygon.rings) {
                QVector<QPointF> r;
                r.reserve(ring.size());
                for (const QPointF &p : ring) {
                    g->m_extent.extend(p.x(), p.y());
                    r.append(mercator::lonLatToWorld(p.x(), p.y()));
                }
                if (r.size() > 1 && r.first() == r.last())
                    r.removeLast();
                if (r.size() >= 3)
                    projected.append(r);
            }
            if (projected.isEmpty())
                continue;
            const double area = ringArea(projected.first());
            if (area > bestArea) {
                bestArea = area;
                bestPolygon = projected;
            }
            pb.rings.append(projected);
        }
        if (pb.rings.isEmpty())
            continue;
        double minX = 2, minY = 2, maxX = -1, maxY = -1;
        for (const auto &ring : pb.rings)
            for (const QPointF &p : ring) {
                minX = std::min(minX, p.x());
                minY = std::min(minY, p.y());
                maxX = std::max(maxX, p.x());
                maxY = std::max(maxY, p.y());
            }
        pb.worldBounds = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
        pb.area = bestArea;
        const QRectF bb = pb.worldBounds;
        pb.labelPoint = poleOfInaccessibility(bestPolygon, std::max(bb.width(), bb.height()) / 200.0,
                                              &pb.labelRadius);
        g->m_index.insert(pb.id, g->m_boundaries.size());
        g->m_boundaries.append(std::move(pb));
    }
    return g;
}

QPainterPath BoundaryGeometry::screenPath(int index, const Viewport &viewport, const QRectF &screenRect) const
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    if (index < 0 || index >= m_boundaries.size())
        return path;
    const ProjectedBoundary &b = m_boundaries[index];
    const double size = viewport.worldSize();
    const QPointF origin = viewport.topLeftPixel();
    const QRectF sb(b.worldBounds.topLeft() * size - origin, b.worldBounds.size() * size);
    if (!sb.intersects(screenRect))
        return path;
    const double tol2 = 0.5 * 0.5;
    QPolygonF poly;
    for (const auto &ring : b.rings) {
        poly.clear();
        poly.reserve(ring.size() + 1);
        QPointF last(1e300, 1e300);
        for (const QPointF &w : ring) {
            const QPointF s(w.x() * size - origin.x(), w.y() * size - origin.y());
            const QPointF d = s - last;
            if (d.x() * d.x() + d.y() * d.y() < tol2)
                continue;
            poly.append(s);
            last = s;
        }
        if (poly.size() >= 3) {
            poly.append(poly.first());
            path.addPolygon(poly);
            path.closeSubpath();
        }
    }
    return path;
}

int BoundaryGeometry::boundaryAt(const QPointF &screen, const Viewport &viewport) const
{
    const QPointF w = viewport.screenToWorld(screen);
    for (int i = 0; i < m_boundaries.size(); ++i) {
        const ProjectedBoundary &b = m_boundaries[i];
        if (!b.worldBounds.contains(w))
            continue;
        bool inside = false;
        for (const auto &ring : b.rings)
            for (int k = 0, j = ring.size() - 1; k < ring.size(); j = k++)
                if ((ring[k].y() > w.y()) != (ring[j].y() > w.y())
                    && w.x() < (ring[j].x() - ring[k].x()) * (w.y() - ring[k].y()) / (ring[j].y() - ring[k].y()) + ring[k].x())
                    inside = !inside;
        if (inside)
            return i;
    }
    return -1;
}

} // namespace nadzor::maps
