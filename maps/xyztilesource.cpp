#include "maps/xyztilesource.h"

#include "maps/networktilefetcher.h"

#include <QStandardPaths>

namespace nadzor::maps {

namespace {
constexpr const char *kProjectUrl = "https://github.com/nadzor/nadzor";
}

XyzTileSource::XyzTileSource(XyzTileSourceConfig config, TileFetcher *fetcher, QObject *parent)
    : TileSource(parent), m_config(std::move(config)), m_fetcher(fetcher ? fetcher : new NetworkTileFetcher(nullptr))
{
    m_fetcher->setParent(this);
    if (m_config.diskCache && m_config.cacheDirectory.isEmpty())
        m_config.cacheDirectory = QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
            + QStringLiteral("/tiles/") + m_config.id;
    if (m_config.userAgent.isEmpty())
        m_config.userAgent = defaultUserAgent();
    m_cache = std::make_unique<TileCache>(m_config.diskCache ? m_config.cacheDirectory : QString(),
                                          m_config.memoryBytes, m_config.expirySeconds);
}

XyzTileSource::~XyzTileSource() = default;

XyzTileSourceConfig XyzTileSource::openStreetMap()
{
    XyzTileSourceConfig c;
    c.id = QStringLiteral("osm");
    c.name = QStringLiteral("OpenStreetMap");
    c.urlTemplate = QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
    c.attribution = QStringLiteral("© OpenStreetMap contributors");
    c.minZoom = 0;
    c.maxZoom = 19;
    return c;
}

QString XyzTileSource::defaultUserAgent()
{
    return QStringLiteral("Nadzor/%1 (+%2)").arg(QStringLiteral(NADZOR_VERSION), QLatin1String(kProjectUrl));
}

QUrl XyzTileSource::urlFor(const TileId &t) const
{
    QString url = m_config.urlTemplate;
    url.replace(QLatin1String("{z}"), QString::number(t.z));
    url.replace(QLatin1String("{x}"), QString::number(t.x));
    url.replace(QLatin1String("{y}"), QString::number(t.y));
    if (!m_config.subdomains.isEmpty())
        url.replace(QLatin1String("{s}"), m_config.subdomains.at((t.x + t.y) % m_config.subdomains.size()));
    return QUrl(url);
}

QNetworkRequest XyzTileSource::requestFor(const TileId &t) const
{
    QNetworkRequest r(urlFor(t));
    r.setHeader(QNetworkRequest::UserAgentHeader, m_config.userAgent);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    return r;
}

int XyzTileSource::inFlightCount() const
{
    return m_inFlight.size();
}

QImage XyzTileSource::tile(const TileId &t, bool fetch)
{
    if (!t.isValid() || t.z < m_config.minZoom || t.z > m_config.maxZoom)
        return {};
    QImage img = m_cache->memory(t);
    if (!img.isNull())
        return img;
    const TileCache::DiskEntry disk = m_cache->readDisk(t);
    if (!disk.image.isNull()) {
        m_cache->insertMemory(t, disk.image);
        if (disk.expired && fetch)
            enqueue(t);  // shown now, refreshed in the background
        return disk.image;
    }
    if (fetch)
        enqueue(t);
    return {};
}

void XyzTileSource::enqueue(const TileId &t)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_inFlight.contains(t))
        return;
    const auto failed = m_failedAt.constFind(t);
    if (failed != m_failedAt.constEnd() && failed->secsTo(now) < m_config.retryAfterSeconds)
        return;
    // Offline: no new requests until a probe is due.
    if (m_offline && m_lastNetworkFailure.isValid() && m_lastNetworkFailure.secsTo(now) < m_config.retryAfterSeconds)
        return;
    if (m_pendingSet.contains(t))
        m_pending.removeOne(t);
    else
        m_pendingSet.insert(t);
    m_pending.prepend(t);
    while (m_pending.size() > m_config.maxQueued)
        m_pendingSet.remove(m_pending.takeLast());
    pump();
}

void XyzTileSource::pump()
{
    for (int i = 0; i < m_pending.size();) {
        const TileId t = m_pending.at(i);
        const QNetworkRequest request = requestFor(t);
        const QString host = request.url().host();
        int &load = m_hostLoad[host];
        if (load >= m_config.maxRequestsPerHost) {
            ++i;
            continue;
        }
        m_pending.removeAt(i);
        m_pendingSet.remove(t);
        m_inFlight.insert(t);
        ++load;
        m_peakPerHost = std::max(m_peakPerHost, load);
        m_fetcher->fetch(request, [this, t, host](const FetchResult &r) { finished(t, host, r); });
        if (m_offline)
            break;  // one probe at a time while offline
    }
}

void XyzTileSource::finished(const TileId &t, const QString &host, const FetchResult &result)
{
    m_inFlight.remove(t);
    m_hostLoad[host] = std::max(0, m_hostLoad.value(host) - 1);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (result.ok()) {
        const QImage img = QImage::fromData(result.data);
        if (!img.isNull()) {
            m_failedAt.remove(t);
            m_cache->writeDisk(t, result.data);
            m_cache->insertMemory(t, img);
            setOffline(false);
            emit tileReady(t);
        } else {
            m_failedAt.insert(t, now);  // not an image: do not ask again soon
        }
    } else {
        m_failedAt.insert(t, now);
        if (result.networkError) {
            m_lastNetworkFailure = now;
            setOffline(true);
        }
    }
    if (m_offline) {
        // Drop the queue: ask again when the map next needs the tiles and a probe is due.
        m_pending.clear();
        m_pendingSet.clear();
        return;
    }
    pump();
}

void XyzTileSource::setOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    emit offlineChanged(offline);
}

} // namespace nadzor::maps
