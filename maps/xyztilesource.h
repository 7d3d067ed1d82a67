#pragma once
// Online raster tiles from an XYZ URL template ("https://{s}.tile.example/{z}/{x}/{y}.png"),
// cached in memory (bounded by bytes) and on disk (with an expiry), fetched asynchronously at
// most N requests per host (OpenStreetMap's tile policy asks for 2), newest requests first.
// When the network is unreachable it goes offline quietly: cached tiles only, an occasional
// probe, and isOffline() for the map's notice.
#include "maps/tilecache.h"
#include "maps/tilefetcher.h"
#include "maps/tilesource.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace nadzor::maps {

struct XyzTileSourceConfig {
    QString id;                 // cache folder name
    QString name;
    QString urlTemplate;        // {z} {x} {y} and optionally {s}
    QStringList subdomains;     // for {s}
    QString attribution;
    int minZoom = 0;
    int maxZoom = 19;
    QString cacheDirectory;     // empty: QStandardPaths::CacheLocation/tiles/<id>
    bool diskCache = true;
    qint64 memoryBytes = 96ll * 1024 * 1024;
    qint64 expirySeconds = 7 * 24 * 3600;  // OSM asks to keep tiles at least 7 days
    int maxRequestsPerHost = 2;
    int maxQueued = 256;
    int retryAfterSeconds = 30;            // after a failure, before asking for that tile again
    QString userAgent;                     // empty: defaultUserAgent()
};

class XyzTileSource : public TileSource {
    Q_OBJECT
public:
    // `fetcher` null: a NetworkTileFetcher. The source takes ownership of the fetcher.
    explicit XyzTileSource(XyzTileSourceConfig config, TileFetcher *fetcher = nullptr, QObject *parent = nullptr);
    ~XyzTileSource() override;

    // OpenStreetMap's standard tiles (https://tile.openstreetmap.org/{z}/{x}/{y}.png).
    static XyzTileSourceConfig openStreetMap();
    // "Nadzor/<version> (+<project URL>)"
    static QString defaultUserAgent();

    QString id() const override { return m_config.id; }
    QString name() const override { return m_config.name; }
    QString attribution() const override { return m_config.attribution; }
    int minZoom() const override { return m_config.minZoom; }
    int maxZoom() const override { return m_config.maxZoom; }
    QImage tile(const TileId &tile, bool fetch = true) override;
    bool isOffline() const override { return m_offline; }

    const XyzTileSourceConfig &config() const { return m_config; }
    QUrl urlFor(const TileId &tile) const;
    QNetworkRequest requestFor(const TileId &tile) const;
    TileCache &cache() { return *m_cache; }
    int pendingCount() const { return m_pending.size(); }
    int inFlightCount() const;
    // The most requests that were ever in flight to one host at once.
    int peakInFlightPerHost() const { return m_peakPerHost; }

private:
    void enqueue(const TileId &tile);
    void pump();
    void finished(const TileId &tile, const QString &host, const FetchResult &result);
    void setOffline(bool offline);

    XyzTileSourceConfig m_config;
    TileFetcher *m_fetcher;
    std::unique_ptr<TileCache> m_cache;
    QList<TileId> m_pending;           // newest first
    QSet<TileId> m_pendingSet;
    QSet<TileId> m_inFlight;
    QHash<QString, int> m_hostLoad;
    QHash<TileId, QDateTime> m_failedAt;
    QDateTime m_lastNetworkFailure;
    bool m_offline = false;
    int m_peakPerHost = 0;
};

} // namespace nadzor::maps
