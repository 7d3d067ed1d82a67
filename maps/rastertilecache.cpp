#include "maps/rastertilecache.h"

#include "maps/mercator.h"
#include "maps/renderscale.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QMutexLocker>
#include <QPaintDevice>
#include <QPainter>
#include <cmath>
#include <vector>

namespace nadzor::maps {

namespace {

struct TileKey {
    quint64 owner = 0;
    quint64 generation = 0;
    qint64 zoom = 0;  // zoom * 2^20, rounded: a fractional zoom keeps its own tiles
    qint32 dpi = 0;   // dpi * 100
    qint32 dpr = 0;   // device pixel ratio * 100
    qint32 x = 0;
    qint32 y = 0;
    bool operator==(const TileKey &o) const
    {
        return owner == o.owner && generation == o.generation && zoom == o.zoom && dpi == o.dpi && dpr == o.dpr
            && x == o.x && y == o.y;
    }
};

size_t qHash(const TileKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.owner, k.generation, k.zoom, k.dpi, k.dpr, k.x, k.y);
}

// One store for every cache, its cost counted in KiB.
struct Store {
    QMutex mutex;
    QCache<TileKey, QImage> tiles{96 * 1024};
    quint64 nextId = 1;
};

Store &store()
{
    // Never destroyed: layers held in statics may outlive any static store at exit.
    static Store *s = new Store;
    return *s;
}

int imageCostKiB(const QImage &image)
{
    return int(std::max<qint64>(1, image.sizeInBytes() / 1024));
}

} // namespace

RasterTileCache::RasterTileCache()
    : m_id([] {
          QMutexLocker lock(&store().mutex);
          return store().nextId++;
      }())
{
}

RasterTileCache::~RasterTileCache()
{
    invalidate();  // its tiles leave the shared store with it
}

void RasterTileCache::invalidate()
{
    m_generation.fetch_add(1);
    Store &s = store();
    QMutexLocker lock(&s.mutex);
    const QList<TileKey> keys = s.tiles.keys();
    for (const TileKey &k : keys)
        if (k.owner == m_id)
            s.tiles.remove(k);
}

int RasterTileCache::tileCount() const
{
    Store &s = store();
    QMutexLocker lock(&s.mutex);
    int n = 0;
    const QList<TileKey> keys = s.tiles.keys();
    for (const TileKey &k : keys)
        n += k.owner == m_id ? 1 : 0;
    return n;
}

void RasterTileCache::setCostLimit(qint64 bytes)
{
    Store &s = store();
    QMutexLocker lock(&s.mutex);
    s.tiles.setMaxCost(qsizetype(std::max<qint64>(1, bytes / 1024)));
}

qint64 RasterTileCache::costLimit()
{
    Store &s = store();
    QMutexLocker lock(&s.mutex);
    return qint64(s.tiles.maxCost()) * 1024;
}

qint64 RasterTileCache::totalCost()
{
    Store &s = store();
    QMutexLocker lock(&s.mutex);
    return qint64(s.tiles.totalCost()) * 1024;
}

void RasterTileCache::clearAll()
{
    Store &s = store();
    QMutexLocker lock(&s.mutex);
    s.tiles.clear();
}

RasterTileCache::Stats RasterTileCache::paint(QPainter &painter, const Viewport &viewport, quint64 generation,
                                              const PaintFunction &paintVectors) const
{
    Stats stats;
    const double dpi = RenderScale::forPainter(painter).dpi;
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const double zoom = viewport.zoom();
    const double world = viewport.worldSize();
    const int t = kTileSize;
    // The view's origin snapped to device pixels, so tiles land 1:1 on the device's pixels.
    const QPointF origin(std::round(viewport.topLeftPixel().x() * dpr) / dpr,
                         std::round(viewport.topLeftPixel().y() * dpr) / dpr);
    const int tilesAcross = int(std::ceil(world / t));
    const int x0 = std::max(0, int(std::floor(origin.x() / t)));
    const int y0 = std::max(0, int(std::floor(origin.y() / t)));
    const int x1 = std::min(tilesAcross - 1, int(std::floor((origin.x() + viewport.width() - 1e-9) / t)));
    const int y1 = std::min(tilesAcross - 1, int(std::floor((origin.y() + viewport.height() - 1e-9) / t)));
    if (x1 < x0 || y1 < y0)
        return stats;
    const qint64 tileBytes = qint64(std::ceil(t * dpr)) * qint64(std::ceil(t * dpr)) * 4;
    const qint64 viewTiles = qint64(x1 - x0 + 1) * (y1 - y0 + 1);
    if (viewTiles * tileBytes > costLimit() / 2) {
        // A huge export at this DPI would evict everything else and gain nothing.
        stats.direct = true;
        paintVectors(painter, viewport);
        return stats;
    }

    TileKey base;
    base.owner = m_id;
    base.generation = generation;
    base.zoom = qint64(std::llround(zoom * 1048576.0));
    base.dpi = qint32(std::lround(dpi * 100));
    base.dpr = qint32(std::lround(dpr * 100));

    const int columns = x1 - x0 + 1;
    std::vector<QImage> tiles(static_cast<size_t>(viewTiles));
    std::vector<bool> missing(static_cast<size_t>(viewTiles), false);
    {
        Store &s = store();
        QMutexLocker lock(&s.mutex);
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x) {
                TileKey k = base;
                k.x = x;
                k.y = y;
                const size_t i = size_t((y - y0) * columns + (x - x0));
                if (const QImage *img = s.tiles.object(k))
                    tiles[i] = *img;  // implicitly shared: a cheap copy
                else
                    missing[i] = true;
            }
    }

    // Render each row's runs of missing tiles with one vector pass, then cut them up.
    const int dpm = int(std::lround(dpi / 0.0254));
    for (int y = y0; y <= y1; ++y) {
        int x = x0;
        while (x <= x1) {
            if (!missing[size_t((y - y0) * columns + (x - x0))]) {
                ++x;
                continue;
            }
            int end = x;
            while (end + 1 <= x1 && missing[size_t((y - y0) * columns + (end + 1 - x0))])
                ++end;
            const int n = end - x + 1;
            const QSize logical(n * t, t);
            const QPointF centrePixel(x * t + logical.width() / 2.0, y * t + logical.height() / 2.0);
            const QPointF ll = mercator::worldToLonLat(centrePixel.x() / world, centrePixel.y() / world);
            Viewport run(ll.x(), ll.y(), zoom, logical, dpr);
            const int tp = int(std::ceil(t * dpr));
            QImage image(tp * n, tp, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(dpr);
            image.setDotsPerMeterX(dpm);
            image.setDotsPerMeterY(dpm);
            image.fill(Qt::transparent);
            {
                QPainter p(&image);
                p.setRenderHint(QPainter::Antialiasing, true);
                p.setRenderHint(QPainter::TextAntialiasing, true);
                p.setFont(painter.font());
                paintVectors(p, run);
            }
            Store &s = store();
            for (int k = 0; k < n; ++k) {
                QImage tile = n == 1 ? image : image.copy(k * tp, 0, tp, tp);
                tile.setDevicePixelRatio(dpr);
                const size_t i = size_t((y - y0) * columns + (x + k - x0));
                tiles[i] = tile;
                TileKey key = base;
                key.x = x + k;
                key.y = y;
                QMutexLocker lock(&s.mutex);
                s.tiles.insert(key, new QImage(tile), imageCostKiB(tile));
                ++stats.tilesRendered;
            }
            x = end + 1;
        }
    }

    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x) {
            const QImage &tile = tiles[size_t((y - y0) * columns + (x - x0))];
            if (tile.isNull())
                continue;
            painter.drawImage(QPointF(x * t - origin.x(), y * t - origin.y()), tile);
            ++stats.tilesDrawn;
        }
    painter.restore();
    return stats;
}

} // namespace nadzor::maps
