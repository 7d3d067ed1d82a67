#pragma once
// Raster tiles of a vector layer (as GPXSee, Marble and QGIS cache their vector maps): the
// layer's vectors are rendered once per zoom into tiles of 256 logical pixels, keyed by zoom,
// tile column and row, DPI, device pixel ratio and the layer's style/data generation, and a
// frame is then composited from tiles. Missing tiles are rendered in row runs (one vector pass
// per run, then cut into tiles). All caches share one cost-bounded store; thread-safe, so a
// layer's snapshot can paint from a worker thread while the layer invalidates its tiles.
#include "maps/viewport.h"

#include <QtGlobal>
#include <atomic>
#include <functional>

class QPainter;

namespace nadzor::maps {

class RasterTileCache {
public:
    // Paints the layer's vectors for a viewport (the tile's or the run's) onto a painter.
    using PaintFunction = std::function<void(QPainter &painter, const Viewport &viewport)>;

    static constexpr int kTileSize = 256;  // logical pixels

    RasterTileCache();
    ~RasterTileCache();
    RasterTileCache(const RasterTileCache &) = delete;
    RasterTileCache &operator=(const RasterTileCache &) = delete;

    // The style/data generation tiles are rendered for; invalidate() starts a new one and drops
    // this cache's tiles (the layer calls it when its data or style changes).
    quint64 generation() const { return m_generation.load(); }
    void invalidate();

    struct Stats {
        int tilesDrawn = 0;     // tiles composited
        int tilesRendered = 0;  // of which rendered now (missing from the cache)
        bool direct = false;    // too many tiles: painted as vectors instead
    };
    // Composites `viewport` from tiles of `generation`, rendering missing ones with `paint`.
    // The painter's device must be a raster image of viewport.size() logical pixels.
    Stats paint(QPainter &painter, const Viewport &viewport, quint64 generation,
                const PaintFunction &paint) const;

    // Tiles this cache holds.
    int tileCount() const;
    // The budget of all caches together, in bytes (default 96 MB), and what they now hold.
    static void setCostLimit(qint64 bytes);
    static qint64 costLimit();
    static qint64 totalCost();
    // Drops every cached tile of every layer.
    static void clearAll();

private:
    const quint64 m_id;
    std::atomic<quint64> m_generation{1};
};

} // namespace nadzor::maps
