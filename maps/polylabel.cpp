#include "maps/polylabel.h"

#include <QRectF>
#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>
#include <vector>

namespace nadzor::maps {

namespace {

double segmentDistanceSquared(const QPointF &p, const QPointF &a, const QPointF &b)
{
    double x = a.x(), y = a.y();
    double dx = b.x() - x, dy = b.y() - y;
    if (dx != 0.0 || dy != 0.0) {
        const double t = ((p.x() - x) * dx + (p.y() - y) * dy) / (dx * dx + dy * dy);
        if (t > 1.0) {
            x = b.x();
            y = b.y();
        } else if (t > 0.0) {
            x += dx * t;
            y += dy * t;
        }
    }
    dx = p.x() - x;
    dy = p.y() - y;
    return dx * dx + dy * dy;
}

struct Cell {
    QPointF centre;
    double half = 0.0;   // half the cell's edge
    double dist = 0.0;   // signed distance of the centre to the polygon
    double max = 0.0;    // the best distance any point of the cell can reach
};

Cell makeCell(const QPointF &c, double half, const QList<QVector<QPointF>> &rings)
{
    Cell cell;
    cell.centre = c;
    cell.half = half;
    cell.dist = signedDistanceToPolygon(c, rings);
    cell.max = cell.dist + half * std::sqrt(2.0);
    return cell;
}

} // namespace

double signedDistanceToPolygon(const QPointF &p, const QList<QVector<QPointF>> &rings)
{
    bool inside = false;
    double best = std::numeric_limits<double>::infinity();
    for (const auto &ring : rings) {
        const int n = ring.size();
        for (int i = 0, j = n - 1; i < n; j = i++) {
            const QPointF &a = ring[i];
            const QPointF &b = ring[j];
            if ((a.y() > p.y()) != (b.y() > p.y())
                && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
                inside = !inside;
            best = std::min(best, segmentDistanceSquared(p, a, b));
        }
    }
    if (!std::isfinite(best))
        return 0.0;
    return (inside ? 1.0 : -1.0) * std::sqrt(best);
}

QPointF poleOfInaccessibility(const QList<QVector<QPointF>> &rings, double precision, double *distance)
{
    if (distance)
        *distance = 0.0;
    if (rings.isEmpty() || rings.first().size() < 3)
        return rings.isEmpty() || rings.first().isEmpty() ? QPointF() : rings.first().first();
    double minX = std::numeric_limits<double>::max(), minY = minX;
    double maxX = std::numeric_limits<double>::lowest(), maxY = maxX;
    for (const QPointF &p : rings.first()) {
        minX = std::min(minX, p.x());
        minY = std::min(minY, p.y());
        maxX = std::max(maxX, p.x());
        maxY = std::max(maxY, p.y());
    }
    const double width = maxX - minX, height = maxY - minY;
    const double cellSize = std::min(width, height);
    if (cellSize <= 0.0)
        return {minX, minY};
    precision = precision > 0 ? precision : cellSize / 100.0;

    auto cmp = [](const Cell &a, const Cell &b) { return a.max < b.max; };
    std::priority_queue<Cell, std::vector<Cell>, decltype(cmp)> queue(cmp);
    const double half = cellSize / 2.0;
    for (double x = minX; x < maxX; x += cellSize)
        for (double y = minY; y < maxY; y += cellSize)
            queue.push(makeCell(QPointF(x + half, y + half), half, rings));

    // Start from the area centroid of the outer ring, or the bbox centre.
    double area = 0.0, cx = 0.0, cy = 0.0;
    const auto &outer = rings.first();
    for (int i = 0, j = outer.size() - 1; i < outer.size(); j = i++) {
        const double f = outer[i].x() * outer[j].y() - outer[j].x() * outer[i].y();
        cx += (outer[i].x() + outer[j].x()) * f;
        cy += (outer[i].y() + outer[j].y()) * f;
        area += f * 3.0;
    }
    Cell best = area != 0.0 ? makeCell(QPointF(cx / area, cy / area), 0.0, rings)
                            : makeCell(outer.first(), 0.0, rings);
    const Cell bboxCell = makeCell(QPointF(minX + width / 2, minY + height / 2), 0.0, rings);
    if (bboxCell.dist > best.dist)
        best = bboxCell;

    int iterations = 0;
    while (!queue.empty() && iterations++ < 100000) {
        const Cell cell = queue.top();
        queue.pop();
        if (cell.dist > best.dist)
            best = cell;
        if (cell.max - best.dist <= precision)
            continue;
        const double h = cell.half / 2.0;
        queue.push(makeCell(cell.centre + QPointF(-h, -h), h, rings));
        queue.push(makeCell(cell.centre + QPointF(h, -h), h, rings));
        queue.push(makeCell(cell.centre + QPointF(-h, h), h, rings));
        queue.push(makeCell(cell.centre + QPointF(h, h), h, rings));
    }
    if (distance)
        *distance = std::max(0.0, best.dist);
    return best.centre;
}

} // namespace nadzor::maps
