#pragma once
// Cameras prepared once for fast drawing: Mercator positions in 32-bit fixed point (1/16 px at
// zoom 20), sorted by x so a view is a binary search plus a scan, and an id lookup. Per frame
// `frame()` clusters the visible cameras on a grid aligned to world pixels (stable while
// panning), merging badges that would overlap.
#include "maps/camerasymbol.h"
#include "maps/geobounds.h"
#include "maps/viewport.h"

#include <QVector>
#include <memory>
#include <optional>
#include <vector>

namespace nadzor::maps {

struct CameraFrameItem {
    QPointF position;   // screen pixels (centroid for a cluster)
    int count = 1;      // 1: a single camera
    int index = -1;     // the symbol index of a single camera (or of any one camera of a cluster)
    bool isCluster() const { return count > 1; }
};

struct CameraFrameOptions {
    double cellPixels = 60.0;   // cluster grid cell
    bool cluster = true;        // false: every visible camera alone
    double marginPixels = 40.0; // cameras this far outside the view still count (symbols, cones)
    // Radius of a cluster badge in pixels for a count (to merge overlapping badges).
    double (*badgeRadius)(int count, double pxPerPt) = nullptr;
    double pxPerPt = 96.0 / 72.0;
};

class CameraIndex {
public:
    static std::shared_ptr<const CameraIndex> build(QVector<CameraSymbol> symbols);

    int size() const { return int(m_symbols.size()); }
    const std::vector<CameraSymbol> &symbols() const { return m_symbols; }
    const CameraSymbol &symbol(int index) const { return m_symbols[size_t(index)]; }
    // Index of the camera with this id, -1 if absent.
    int indexOf(qint64 id) const;
    GeoBounds extent() const { return m_extent; }
    // World pixel position at a zoom.
    QPointF worldPixel(int index, double worldSize) const;

    // The items to draw for a viewport.
    QVector<CameraFrameItem> frame(const Viewport &viewport, const CameraFrameOptions &options) const;
    // Memory held, in bytes (approximate).
    qint64 memoryBytes() const;

    static constexpr double kFixedScale = 4294967296.0;  // 2^32 fixed-point units per world

private:
    std::vector<CameraSymbol> m_symbols;  // sorted by m_x
    std::vector<quint32> m_x, m_y;        // world coordinates * 2^32
    std::vector<std::pair<qint64, int>> m_ids;  // (id, index) sorted by id
    GeoBounds m_extent;
};

} // namespace nadzor::maps
