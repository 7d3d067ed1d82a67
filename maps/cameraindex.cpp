#include "maps/cameraindex.h"

#include "maps/mercator.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace nadzor::maps {

namespace {

quint32 toFixed(double w)
{
    const double v = std::clamp(w, 0.0, 1.0) * CameraIndex::kFixedScale;
    return v >= 4294967295.0 ? 0xffffffffu : quint32(v);
}

struct Cell {
    int count = 0;
    int first = -1;
    double sumX = 0.0, sumY = 0.0;
};

} // namespace

std::shared_ptr<const CameraIndex> CameraIndex::build(QVector<CameraSymbol> symbols)
{
    auto idx = std::make_shared<CameraIndex>();
    const size_t n = size_t(symbols.size());
    std::vector<quint32> xs(n), ys(n);
    for (size_t i = 0; i < n; ++i) {
        const CameraSymbol &s = symbols[qsizetype(i)];
        const QPointF w = mercator::lonLatToWorld(s.lon, s.lat);
        xs[i] = toFixed(w.x());
        ys[i] = toFixed(w.y());
        idx->m_extent.extend(s.lon, s.lat);
    }
    std::vector<quint32> order(n);
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&xs](quint32 a, quint32 b) { return xs[a] < xs[b]; });
    idx->m_symbols.resize(n);
    idx->m_x.resize(n);
    idx->m_y.resize(n);
    idx->m_ids.resize(n);
    for (size_t i = 0; i < n; ++i) {
        const quint32 o = order[i];
        idx->m_symbols[i] = symbols[qsizetype(o)];
        idx->m_x[i] = xs[o];
        idx->m_y[i] = ys[o];
        idx->m_ids[i] = {idx->m_symbols[i].id, int(i)};
    }
    std::sort(idx->m_ids.begin(), idx->m_ids.end());
    return idx;
}

int CameraIndex::indexOf(qint64 id) const
{
    auto it = std::lower_bound(m_ids.begin(), m_ids.end(), std::make_pair(id, std::numeric_limits<int>::min()));
    return it != m_ids.end() && it->first == id ? it->second : -1;
}

QPointF CameraIndex::worldPixel(int index, double worldSize) const
{
    const double s = worldSize / kFixedScale;
    return {m_x[size_t(index)] * s, m_y[size_t(index)] * s};
}

qint64 CameraIndex::memoryBytes() const
{
    return qint64(m_symbols.capacity() * sizeof(CameraSymbol) + (m_x.capacity() + m_y.capacity()) * sizeof(quint32)
                  + m_ids.capacity() * sizeof(std::pair<qint64, int>));
}

QVector<CameraFrameItem> CameraIndex::frame(const Viewport &viewport, const CameraFrameOptions &o) const
{
    QVector<CameraFrameItem> items;
    if (m_symbols.empty())
        return items;
    const double worldSize = viewport.worldSize();
    const double s = worldSize / kFixedScale;  // world pixels per fixed unit
    const QPointF tl = viewport.topLeftPixel();
    const double left = tl.x() - o.marginPixels, right = tl.x() + viewport.width() + o.marginPixels;
    const double top = tl.y() - o.marginPixels, bottom = tl.y() + viewport.height() + o.marginPixels;
    const quint32 fx0 = toFixed(left / worldSize), fx1 = toFixed(right / worldSize);
    const quint32 fy0 = toFixed(top / worldSize), fy1 = toFixed(bottom / worldSize);
    const auto begin = std::lower_bound(m_x.begin(), m_x.end(), fx0);
    const auto end = std::upper_bound(begin, m_x.end(), fx1);
    const size_t i0 = size_t(begin - m_x.begin()), i1 = size_t(end - m_x.begin());
    const quint32 *ys = m_y.data();
    const quint32 *xs = m_x.data();

    if (!o.cluster) {
        for (size_t i = i0; i < i1; ++i) {
            const quint32 y = ys[i];
            if (y < fy0 || y > fy1)
                continue;
            items.append({QPointF(xs[i] * s - tl.x(), y * s - tl.y()), 1, int(i)});
        }
        return items;
    }

    // Grid aligned to world pixels so clusters do not jump while panning.
    const double cell = std::max(8.0, o.cellPixels);
    const double inv = s / cell;  // cells per fixed unit
    const qint64 cx0 = qint64(std::floor(left / cell)), cy0 = qint64(std::floor(top / cell));
    const int gw = int(qint64(std::floor(right / cell)) - cx0 + 1);
    const int gh = int(qint64(std::floor(bottom / cell)) - cy0 + 1);
    std::vector<Cell> grid(size_t(gw) * size_t(gh));
    const double ox = double(cx0), oy = double(cy0);
    for (size_t i = i0; i < i1; ++i) {
        const quint32 y = ys[i];
        if (y < fy0 || y > fy1)
            continue;
        const double x = xs[i];
        const int gx = std::clamp(int(x * inv - ox), 0, gw - 1);
        const int gy = std::clamp(int(y * inv - oy), 0, gh - 1);
        Cell &c = grid[size_t(gy) * size_t(gw) + size_t(gx)];
        if (c.count++ == 0)
            c.first = int(i);
        c.sumX += x;
        c.sumY += y;
    }

    struct Candidate {
        QPointF pos;
        int count;
        int first;
        double radius;
        int gx, gy;
        bool alive;
    };
    std::vector<Candidate> cands;
    std::vector<int> cellToCand(grid.size(), -1);
    for (int gy = 0; gy < gh; ++gy)
        for (int gx = 0; gx < gw; ++gx) {
            const Cell &c = grid[size_t(gy) * size_t(gw) + size_t(gx)];
            if (c.count == 0)
                continue;
            const QPointF p(c.sumX / c.count * s - tl.x(), c.sumY / c.count * s - tl.y());
            const double r = o.badgeRadius ? o.badgeRadius(c.count, o.pxPerPt) : 0.0;
            cellToCand[size_t(gy) * size_t(gw) + size_t(gx)] = int(cands.size());
            cands.push_back({p, c.count, c.first, r, gx, gy, true});
        }
    // Merge clusters whose badges would overlap, biggest first (absorbing the neighbours).
    if (o.badgeRadius) {
        std::vector<int> order(cands.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&cands](int a, int b) { return cands[size_t(a)].count > cands[size_t(b)].count; });
        for (int ai : order) {
            Candidate &a = cands[size_t(ai)];
            if (!a.alive || a.count == 1)
                continue;
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx) {
                    const int nx = a.gx + dx, ny = a.gy + dy;
                    if ((dx == 0 && dy == 0) || nx < 0 || ny < 0 || nx >= gw || ny >= gh)
                        continue;
                    const int bi = cellToCand[size_t(ny) * size_t(gw) + size_t(nx)];
                    if (bi < 0 || bi == ai)
                        continue;
                    Candidate &b = cands[size_t(bi)];
                    if (!b.alive)
                        continue;
                    const QPointF d = a.pos - b.pos;
                    const double minDist = a.radius + (b.count > 1 ? b.radius : 0.0);
                    if (d.x() * d.x() + d.y() * d.y() >= minDist * minDist)
                        continue;
                    const int total = a.count + b.count;
                    a.pos = (a.pos * a.count + b.pos * b.count) / total;
                    a.count = total;
                    a.radius = o.badgeRadius(total, o.pxPerPt);
                    b.alive = false;
                    cellToCand[size_t(ny) * size_t(gw) + size_t(nx)] = ai;
                }
        }
    }
    items.reserve(int(cands.size()));
    for (const Candidate &c : cands)
        if (c.alive)
            items.append({c.pos, c.count, c.first});
    return items;
}

} // namespace nadzor::maps
