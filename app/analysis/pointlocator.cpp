#include "analysis/pointlocator.h"

#include <algorithm>
#include <cmath>
#include <thread>
#include <utility>

namespace nadzor::analysis {

namespace {

// Exact floating-point building blocks (Dekker, Knuth; as in Shewchuk's robust predicates).
inline void twoSum(double a, double b, double &x, double &y)
{
    x = a + b;
    const double bv = x - a;
    const double av = x - bv;
    y = (a - av) + (b - bv);
}

inline void twoProduct(double a, double b, double &x, double &y)
{
    x = a * b;
    y = std::fma(a, b, -x);
}

// Exact sign of a sum of doubles: grows a non-overlapping expansion term by term; its most
// significant non-zero component carries the sign.
int exactSign(const double *terms, int n)
{
    double e[40];
    int m = 0;
    for (int t = 0; t < n; ++t) {
        double q = terms[t];
        for (int i = 0; i < m; ++i) {
            double sum, err;
            twoSum(q, e[i], sum, err);
            e[i] = err;
            q = sum;
        }
        e[m++] = q;
    }
    for (int i = m - 1; i >= 0; --i) {
        if (e[i] > 0)
            return 1;
        if (e[i] < 0)
            return -1;
    }
    return 0;
}

// Rings with the closing vertex repeated are accepted too.
int ringSize(const domain::Ring &ring)
{
    int n = int(ring.size());
    if (n > 1 && ring.first() == ring.last())
        --n;
    return n;
}

} // namespace

int PointLocator::orientation(double x0, double y0, double x1, double y1, double x, double y)
{
    const double detLeft = (x1 - x0) * (y - y0);
    const double detRight = (y1 - y0) * (x - x0);
    const double det = detLeft - detRight;
    // Shewchuk's ccwerrboundA: beyond this bound the floating-point sign is the true sign.
    const double bound = 3.3306690738754716e-16 * (std::fabs(detLeft) + std::fabs(detRight));
    if (det > bound)
        return 1;
    if (-det > bound)
        return -1;
    // Exact: each difference as a two-term expansion, each product as two terms.
    double a[2], b[2], c[2], d[2];
    twoSum(x1, -x0, a[0], a[1]);
    twoSum(y, -y0, b[0], b[1]);
    twoSum(y1, -y0, c[0], c[1]);
    twoSum(x, -x0, d[0], d[1]);
    double terms[16];
    int n = 0;
    for (int i = 0; i < 2; ++i) {
        for (int j = 0; j < 2; ++j) {
            twoProduct(a[i], b[j], terms[n], terms[n + 1]);
            n += 2;
            twoProduct(-c[i], d[j], terms[n], terms[n + 1]);
            n += 2;
        }
    }
    return exactSign(terms, n);
}

bool PointLocator::containsReference(const domain::MultiPolygon &polygon, double x, double y)
{
    bool inside = false;
    for (const domain::Polygon &poly : polygon) {
        for (const domain::Ring &ring : poly.rings) {
            const int n = ringSize(ring);
            for (int i = 0; i < n; ++i) {
                QPointF a = ring.at(i), b = ring.at((i + 1) % n);
                if (a.y() == b.y())
                    continue;
                if (a.y() > b.y())
                    std::swap(a, b);
                if (y < a.y() || y >= b.y())
                    continue;
                if (orientation(a.x(), a.y(), b.x(), b.y(), x, y) > 0)
                    inside = !inside;
            }
        }
    }
    return inside;
}

PointLocator::PointLocator(const QList<domain::MultiPolygon> &polygons, int gridSize)
{
    build(polygons, gridSize);
}

PointLocator::PointLocator(const domain::BoundaryLayer &layer, int gridSize)
{
    QList<domain::MultiPolygon> polygons;
    polygons.reserve(layer.boundaries.size());
    for (const domain::Boundary &b : layer.boundaries)
        polygons << b.geometry;
    build(polygons, gridSize);
}

int PointLocator::slabOf(const Index &ix, double y) const
{
    const double f = std::floor((y - ix.minY) * ix.slabInv);
    if (!(f > 0))
        return 0;
    if (f >= ix.slabs - 1)
        return ix.slabs - 1;
    return int(f);
}

int PointLocator::cellX(double x) const
{
    const double f = std::floor((x - m_minX) * m_invCellW);
    if (!(f > 0))
        return 0;
    if (f >= m_grid - 1)
        return m_grid - 1;
    return int(f);
}

int PointLocator::cellY(double y) const
{
    const double f = std::floor((y - m_minY) * m_invCellH);
    if (!(f > 0))
        return 0;
    if (f >= m_grid - 1)
        return m_grid - 1;
    return int(f);
}

void PointLocator::build(const QList<domain::MultiPolygon> &polygons, int gridSize)
{
    m_boundaryCount = int(polygons.size());
    m_index.resize(m_boundaryCount);
    struct Segment {
        double x0, y0, x1, y1;
    };
    QVector<Segment> horizontal;  // kept only to mark grid cells
    QVector<int> edgeStart(m_boundaryCount + 1, 0);
    QVector<int> horizontalStart(m_boundaryCount + 1, 0);

    for (int b = 0; b < m_boundaryCount; ++b) {
        edgeStart[b] = int(m_edges.size());
        horizontalStart[b] = int(horizontal.size());
        Index &ix = m_index[b];
        for (const domain::Polygon &poly : polygons.at(b)) {
            for (const domain::Ring &ring : poly.rings) {
                const int n = ringSize(ring);
                for (int i = 0; i < n; ++i) {
                    QPointF a = ring.at(i), c = ring.at((i + 1) % n);
                    if (!std::isfinite(a.x()) || !std::isfinite(a.y()))
                        continue;
                    if (ix.empty) {
                        ix.minX = ix.maxX = a.x();
                        ix.minY = ix.maxY = a.y();
                        ix.empty = false;
                    }
                    ix.minX = std::min(ix.minX, a.x());
                    ix.maxX = std::max(ix.maxX, a.x());
                    ix.minY = std::min(ix.minY, a.y());
                    ix.maxY = std::max(ix.maxY, a.y());
                    if (a.y() == c.y()) {
                        horizontal.push_back({a.x(), a.y(), c.x(), c.y()});
                        continue;
                    }
                    if (a.y() > c.y())
                        std::swap(a, c);
                    m_edges.push_back({a.x(), a.y(), c.x(), c.y(), std::min(a.x(), c.x()),
                                       std::max(a.x(), c.x())});
                }
            }
        }
    }
    edgeStart[m_boundaryCount] = int(m_edges.size());
    horizontalStart[m_boundaryCount] = int(horizontal.size());

    // Per-boundary horizontal slabs.
    m_slabStart.clear();
    for (int b = 0; b < m_boundaryCount; ++b) {
        Index &ix = m_index[b];
        const int nEdges = edgeStart[b + 1] - edgeStart[b];
        ix.slabs = std::clamp(nEdges / 2, 1, 4096);
        ix.slabInv = ix.maxY > ix.minY ? ix.slabs / (ix.maxY - ix.minY) : 0.0;
        ix.slabOffset = int(m_slabStart.size());
        QVector<int> counts(ix.slabs, 0);
        for (int e = edgeStart[b]; e < edgeStart[b + 1]; ++e) {
            const int s0 = slabOf(ix, m_edges[e].y0), s1 = slabOf(ix, m_edges[e].y1);
            for (int s = s0; s <= s1; ++s)
                ++counts[s];
        }
        int offset = int(m_slabEdges.size());
        QVector<int> fill(ix.slabs);
        for (int s = 0; s < ix.slabs; ++s) {
            m_slabStart.push_back(offset);
            fill[s] = offset;
            offset += counts[s];
        }
        m_slabStart.push_back(offset);
        m_slabEdges.resize(offset);
        for (int e = edgeStart[b]; e < edgeStart[b + 1]; ++e) {
            const int s0 = slabOf(ix, m_edges[e].y0), s1 = slabOf(ix, m_edges[e].y1);
            for (int s = s0; s <= s1; ++s)
                m_slabEdges[fill[s]++] = e;
        }
    }

    // The layer's extent and the grid.
    m_emptyLayer = true;
    for (const Index &ix : std::as_const(m_index)) {
        if (ix.empty)
            continue;
        if (m_emptyLayer) {
            m_minX = ix.minX, m_maxX = ix.maxX, m_minY = ix.minY, m_maxY = ix.maxY;
            m_emptyLayer = false;
        }
        m_minX = std::min(m_minX, ix.minX);
        m_maxX = std::max(m_maxX, ix.maxX);
        m_minY = std::min(m_minY, ix.minY);
        m_maxY = std::max(m_maxY, ix.maxY);
    }
    if (m_emptyLayer)
        return;
    const int totalEdges = int(m_edges.size() + horizontal.size());
    m_grid = gridSize > 0 ? gridSize
                          : std::clamp(int(std::sqrt(double(totalEdges)) * 2.0), 16, 1024);
    const double w = m_maxX - m_minX, h = m_maxY - m_minY;
    m_invCellW = w > 0 ? m_grid / w : 0.0;
    m_invCellH = h > 0 ? m_grid / h : 0.0;
    const int cells = m_grid * m_grid;

    // Cells touched by any edge (by its bounding box, conservatively) are "mixed".
    QVector<char> dirty(cells, 0);
    auto mark = [&](double x0, double y0, double x1, double y1) {
        const int i0 = cellX(std::min(x0, x1)), i1 = cellX(std::max(x0, x1));
        const int j0 = cellY(std::min(y0, y1)), j1 = cellY(std::max(y0, y1));
        for (int j = j0; j <= j1; ++j)
            for (int i = i0; i <= i1; ++i)
                dirty[j * m_grid + i] = 1;
    };
    for (const Edge &e : std::as_const(m_edges))
        mark(e.x0, e.y0, e.x1, e.y1);
    for (const Segment &s : std::as_const(horizontal))
        mark(s.x0, s.y0, s.x1, s.y1);

    // A clean cell's centre must fall in the cell itself; otherwise treat the cell as mixed.
    auto centreX = [&](int i) { return m_minX + (i + 0.5) * (w / m_grid); };
    auto centreY = [&](int j) { return m_minY + (j + 0.5) * (h / m_grid); };
    for (int j = 0; j < m_grid; ++j) {
        const bool rowOk = cellY(centreY(j)) == j;
        for (int i = 0; i < m_grid; ++i) {
            if (!rowOk || cellX(centreX(i)) != i)
                dirty[j * m_grid + i] = 1;
        }
    }

    // Candidates of mixed cells: every boundary whose bounding box reaches the cell.
    m_cell.fill(Outside, cells);
    int mixed = 0;
    for (int c = 0; c < cells; ++c) {
        if (dirty[c])
            m_cell[c] = -2 - mixed++;
    }
    QVector<int> counts(mixed + 1, 0);
    for (int b = 0; b < m_boundaryCount; ++b) {
        const Index &ix = m_index[b];
        if (ix.empty)
            continue;
        for (int j = cellY(ix.minY); j <= cellY(ix.maxY); ++j)
            for (int i = cellX(ix.minX); i <= cellX(ix.maxX); ++i) {
                const int v = m_cell[j * m_grid + i];
                if (v <= -2)
                    ++counts[-2 - v];
            }
    }
    m_candStart.resize(mixed + 1);
    int offset = 0;
    for (int k = 0; k < mixed; ++k) {
        m_candStart[k] = offset;
        offset += counts[k];
    }
    m_candStart[mixed] = offset;
    m_cand.resize(offset);
    QVector<int> fill(m_candStart.begin(), m_candStart.end() - 1);
    for (int b = 0; b < m_boundaryCount; ++b) {  // ascending, so candidate lists are sorted
        const Index &ix = m_index[b];
        if (ix.empty)
            continue;
        for (int j = cellY(ix.minY); j <= cellY(ix.maxY); ++j)
            for (int i = cellX(ix.minX); i <= cellX(ix.maxX); ++i) {
                const int v = m_cell[j * m_grid + i];
                if (v <= -2)
                    m_cand[fill[-2 - v]++] = b;
            }
    }

    // Clean cells: a run of clean cells in a row touches no edge, so all of it has the owner
    // of its first cell's centre.
    QVector<int> all(m_boundaryCount);
    for (int b = 0; b < m_boundaryCount; ++b)
        all[b] = b;
    for (int j = 0; j < m_grid; ++j) {
        int runOwner = Outside;
        bool inRun = false;
        for (int i = 0; i < m_grid; ++i) {
            int &v = m_cell[j * m_grid + i];
            if (v <= -2) {
                inRun = false;
                continue;
            }
            if (!inRun) {
                runOwner = locateSlow(all.constData(), m_boundaryCount, centreX(i), centreY(j));
                inRun = true;
            }
            v = runOwner;
        }
    }
}

bool PointLocator::contains(int index, double x, double y) const
{
    const Index &ix = m_index[index];
    if (ix.empty || x < ix.minX || x > ix.maxX || y < ix.minY || y > ix.maxY)
        return false;
    const int s = ix.slabOffset + slabOf(ix, y);
    const int *it = m_slabEdges.constData() + m_slabStart[s];
    const int *end = m_slabEdges.constData() + m_slabStart[s + 1];
    const Edge *edges = m_edges.constData();
    bool inside = false;
    for (; it != end; ++it) {
        const Edge &e = edges[*it];
        if (y < e.y0 || y >= e.y1 || x > e.maxX)
            continue;
        if (x < e.minX || orientation(e.x0, e.y0, e.x1, e.y1, x, y) > 0)
            inside = !inside;
    }
    return inside;
}

int PointLocator::locateSlow(const int *candidates, int count, double x, double y) const
{
    for (int k = 0; k < count; ++k) {
        if (contains(candidates[k], x, y))
            return candidates[k];
    }
    return Outside;
}

int PointLocator::locate(double x, double y) const
{
    if (m_emptyLayer || !(x >= m_minX && x <= m_maxX && y >= m_minY && y <= m_maxY))
        return Outside;
    const int v = m_cell[cellY(y) * m_grid + cellX(x)];
    if (v > -2)
        return v;
    const int k = -2 - v;
    return locateSlow(m_cand.constData() + m_candStart[k], m_candStart[k + 1] - m_candStart[k],
                      x, y);
}

QVector<int> PointLocator::locateAll(const QVector<domain::GeoPoint> &points, int threads) const
{
    QVector<int> out(points.size());
    const qsizetype n = points.size();
    int t = threads > 0 ? threads : int(std::max(1u, std::thread::hardware_concurrency()));
    if (n < 50000)
        t = 1;
    auto work = [&](qsizetype from, qsizetype to) {
        const domain::GeoPoint *p = points.constData();
        int *o = out.data();
        for (qsizetype i = from; i < to; ++i)
            o[i] = locate(p[i].lon, p[i].lat);
    };
    std::vector<std::thread> pool;
    for (int k = 1; k < t; ++k)
        pool.emplace_back(work, n * k / t, n * (k + 1) / t);
    work(0, n / t);
    for (std::thread &th : pool)
        th.join();
    return out;
}

QVector<qint64> PointLocator::countAll(const QVector<domain::GeoPoint> &points, qint64 *outside,
                                       int threads) const
{
    const qsizetype n = points.size();
    int t = threads > 0 ? threads : int(std::max(1u, std::thread::hardware_concurrency()));
    if (n < 50000)
        t = 1;
    std::vector<QVector<qint64>> partial(t, QVector<qint64>(m_boundaryCount + 1, 0));
    auto work = [&](int k) {
        const domain::GeoPoint *p = points.constData();
        qint64 *c = partial[k].data();
        for (qsizetype i = n * k / t; i < n * (k + 1) / t; ++i) {
            const int b = locate(p[i].lon, p[i].lat);
            ++c[b == Outside ? m_boundaryCount : b];
        }
    };
    std::vector<std::thread> pool;
    for (int k = 1; k < t; ++k)
        pool.emplace_back(work, k);
    work(0);
    for (std::thread &th : pool)
        th.join();
    QVector<qint64> counts(m_boundaryCount, 0);
    qint64 out = 0;
    for (const QVector<qint64> &p : partial) {
        for (int b = 0; b < m_boundaryCount; ++b)
            counts[b] += p[b];
        out += p[m_boundaryCount];
    }
    if (outside)
        *outside = out;
    return counts;
}

} // namespace nadzor::analysis
