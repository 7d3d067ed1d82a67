#pragma once
// Which boundary of a layer a point falls in: exact, and fast enough for millions of cameras.
//
// The rule for points on borders (documented, tested, the same for every caller):
//   A point belongs to a polygon when the crossing number of a ray cast from it towards +x
//   (east) is odd, where an edge counts when one end lies above the point's latitude and the
//   other at or below it (half-open in y), and when the point lies strictly to the left of the
//   edge. A point exactly on an edge or a vertex therefore behaves as if moved an infinitesimal
//   step east and then an even smaller step north: it belongs to the polygon immediately to
//   its east; on a horizontal edge, or on a vertex, to the one immediately to its north-east.
//   Neighbouring polygons share their border vertex for vertex, and every test is computed on
//   the edge oriented upwards with an exact orientation predicate, so a point on a shared edge
//   or on a vertex shared by four polygons is counted in exactly one of them.
//   Rings are combined by parity, so holes and multipolygons need no special case.
//   When overlapping data still gives a point to several boundaries, the lowest index wins.
//   A point in no boundary is "outside" (Outside).
//
// Speed: edges are kept in flat arrays, each boundary has horizontal slabs of edges, and a
// uniform grid over the layer's extent classifies every cell that no edge touches once, so most
// points are answered by one array look-up. The answers are identical to the exact test.
#include "domain/boundary.h"
#include "domain/geopoint.h"

#include <QList>
#include <QRectF>
#include <QVector>

namespace nadzor::analysis {

class PointLocator {
public:
    static constexpr int Outside = -1;

    // gridSize 0 picks a size from the number of edges.
    explicit PointLocator(const QList<domain::MultiPolygon> &polygons, int gridSize = 0);
    explicit PointLocator(const domain::BoundaryLayer &layer, int gridSize = 0);

    int boundaryCount() const { return m_boundaryCount; }
    int gridSize() const { return m_grid; }

    // The index of the boundary that owns the point, or Outside.
    int locate(double lon, double lat) const;
    int locate(const domain::GeoPoint &p) const { return locate(p.lon, p.lat); }
    // Every point at once (on up to `threads` threads; 0 = all cores).
    QVector<int> locateAll(const QVector<domain::GeoPoint> &points, int threads = 0) const;
    // Points per boundary (size boundaryCount()); points outside every boundary in *outside.
    QVector<qint64> countAll(const QVector<domain::GeoPoint> &points, qint64 *outside = nullptr,
                             int threads = 0) const;

    // Whether boundary `index` contains the point by the rule above (ignoring other boundaries).
    bool contains(int index, double lon, double lat) const;

    // The same rule without any index, for checking: every edge of every ring is tested.
    static bool containsReference(const domain::MultiPolygon &polygon, double lon, double lat);
    // Sign of the orientation of (x,y) against the edge (x0,y0)->(x1,y1), computed exactly:
    // +1 left of the edge, -1 right, 0 on its line.
    static int orientation(double x0, double y0, double x1, double y1, double x, double y);

private:
    struct Edge {
        double x0, y0, x1, y1;  // oriented upwards: y0 < y1
        double minX, maxX;
    };
    struct Index {
        double minX = 0, minY = 0, maxX = 0, maxY = 0;
        int slabs = 0;
        double slabInv = 0;
        int slabOffset = 0;  // into m_slabStart (slabs + 1 entries)
        bool empty = true;
    };

    void build(const QList<domain::MultiPolygon> &polygons, int gridSize);
    int slabOf(const Index &ix, double y) const;
    int cellX(double x) const;
    int cellY(double y) const;
    int locateSlow(const int *candidates, int count, double x, double y) const;

    int m_boundaryCount = 0;
    QVector<Edge> m_edges;          // non-horizontal edges, grouped by boundary
    QVector<Index> m_index;         // per boundary
    QVector<int> m_slabStart;       // CSR: slab -> range in m_slabEdges
    QVector<int> m_slabEdges;       // indices into m_edges

    int m_grid = 0;
    double m_minX = 0, m_minY = 0, m_maxX = 0, m_maxY = 0;
    double m_invCellW = 0, m_invCellH = 0;
    bool m_emptyLayer = true;
    QVector<int> m_cell;            // >= 0 owner, Outside, or -2 - (offset into candidates)
    QVector<int> m_candStart;       // CSR over mixed cells
    QVector<int> m_cand;            // candidate boundaries, ascending
};

} // namespace nadzor::analysis
