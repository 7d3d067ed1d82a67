#include "maps/labelplacer.h"

#include <cmath>

namespace nadzor::maps {

LabelPlacer::LabelPlacer(double cellSize) : m_cell(cellSize > 1 ? cellSize : 64.0) {}

template <typename F> void LabelPlacer::forCells(const QRectF &r, F f) const
{
    const int x0 = int(std::floor(r.left() / m_cell)), x1 = int(std::floor(r.right() / m_cell));
    const int y0 = int(std::floor(r.top() / m_cell)), y1 = int(std::floor(r.bottom() / m_cell));
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            f((quint64(quint32(x)) << 32) | quint32(y));
}

bool LabelPlacer::overlaps(const QRectF &rect) const
{
    bool hit = false;
    forCells(rect, [&](quint64 key) {
        if (hit)
            return;
        const auto it = m_grid.constFind(key);
        if (it == m_grid.constEnd())
            return;
        for (int i : *it)
            if (m_rects[i].intersects(rect)) {
                hit = true;
                return;
            }
    });
    return hit;
}

void LabelPlacer::reserve(const QRectF &rect)
{
    const int index = m_rects.size();
    m_rects.append(rect);
    forCells(rect, [&](quint64 key) { m_grid[key].append(index); });
}

bool LabelPlacer::tryPlace(const QRectF &rect, double margin)
{
    const QRectF padded = rect.adjusted(-margin, -margin, margin, margin);
    if (overlaps(padded))
        return false;
    reserve(padded);
    return true;
}

} // namespace nadzor::maps
