// Tile sources without a network: an online XYZ source fed by a fake fetcher (errors, fixed
// bytes), its caches and request limits, the tile layer's placeholder and offline notice, and
// an MBTiles file the test writes itself.
#include "maps/mbtilessource.h"
#include "maps/tilecache.h"
#include "maps/tilefetcher.h"
#include "maps/tilelayer.h"
#include "maps/tilemath.h"
#include "maps/xyztilesource.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>

using namespace nadzor::maps;

namespace {

QByteArray pngTile(const QColor &color)
{
    QImage img(256, 256, QImage::Format_RGB32);
    img.fill(color);
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return bytes;
}

// Answers from memory, asynchronously, as a network would; never touches the network.
class FakeFetcher : public TileFetcher {
public:
    QHash<QString, QByteArray> files;  // URL path -> bytes
    bool offline = false;
    int inFlight = 0;
    int peak = 0;
    QList<QNetworkRequest> requests;

    void fetch(const QNetworkRequest &request, std::function<void(const FetchResult &)> done) override
    {
        requests.append(request);
        peak = std::max(peak, ++inFlight);
        const QString path = request.url().path();
        QTimer::singleShot(0, this, [this, path, done]() {
            --inFlight;
            FetchResult r;
            if (offline) {
                r.error = QStringLiteral("Host tile.example.org not found");
                r.networkError = true;
            } else if (files.contains(path)) {
                r.httpStatus = 200;
                r.data = files.value(path);
            } else {
                r.httpStatus = 404;
                r.error = QStringLiteral("Not Found");
            }
            done(r);
        });
    }
};

XyzTileSourceConfig testConfig(const QString &cacheDir)
{
    XyzTileSourceConfig c;
    c.id = QStringLiteral("test");
    c.name = QStringLiteral("Test tiles");
    c.urlTemplate = QStringLiteral("https://tile.example.org/{z}/{x}/{y}.png");
    c.attribution = QStringLiteral("© Test");
    c.cacheDirectory = cacheDir;
    return c;
}

struct Db {
    sqlite3 *db = nullptr;
    ~Db() { sqlite3_close(db); }
    bool exec(const char *sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
};

bool insertTile(sqlite3 *db, int z, int col, int row, const QByteArray &data)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, "INSERT INTO tiles VALUES (?1, ?2, ?3, ?4)", -1, &st, nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_int(st, 1, z);
    sqlite3_bind_int(st, 2, col);
    sqlite3_bind_int(st, 3, row);
    sqlite3_bind_blob(st, 4, data.constData(), int(data.size()), SQLITE_TRANSIENT);
    const bool ok = sqlite3_step(st) == SQLITE_DONE;
    sqlite3_finalize(st);
    return ok;
}

} // namespace

class TestTiles : public QObject {
    Q_OBJECT
private slots:
    void urlTemplate()
    {
        XyzTileSourceConfig c = testConfig(QString());
        c.diskCache = false;
        c.urlTemplate = QStringLiteral("https://{s}.tile.example.org/{z}/{x}/{y}.png");
        c.subdomains = QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        XyzTileSource src(c, new FakeFetcher);
        QCOMPARE(src.urlFor({12, 2280, 1476}).toString(), QStringLiteral("https://a.tile.example.org/12/2280/1476.png"));
        QCOMPARE(src.urlFor({1, 1, 0}).toString(), QStringLiteral("https://b.tile.example.org/1/1/0.png"));
        const QNetworkRequest r = src.requestFor({1, 0, 0});
        QVERIFY(r.header(QNetworkRequest::UserAgentHeader).toString().startsWith(QStringLiteral("Nadzor/")));
        QVERIFY(r.header(QNetworkRequest::UserAgentHeader).toString().contains(QStringLiteral("(+http")));

        const XyzTileSourceConfig osm = XyzTileSource::openStreetMap();
        QCOMPARE(osm.urlTemplate, QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
        QCOMPARE(osm.attribution, QStringLiteral("© OpenStreetMap contributors"));
        QCOMPARE(osm.maxRequestsPerHost, 2);
    }

    void fetchesCachesAndLimitsRequests()
    {
        QTemporaryDir dir;
        auto *fetcher = new FakeFetcher;
        for (int x = 0; x < 8; ++x)
            for (int y = 0; y < 2; ++y)
                fetcher->files.insert(QStringLiteral("/4/%1/%2.png").arg(x).arg(y), pngTile(QColor(10 * x, 20, 30)));
        XyzTileSource src(testConfig(dir.path()), fetcher);
        QSignalSpy ready(&src, &TileSource::tileReady);
        for (int x = 0; x < 8; ++x)
            for (int y = 0; y < 2; ++y)
                QVERIFY(src.tile({4, x, y}).isNull());  // nothing yet; requested
        QVERIFY(fetcher->inFlight <= 2);
        QTRY_COMPARE(ready.count(), 16);
        QCOMPARE(fetcher->peak, 2);  // OSM policy: at most two at once per host
        QCOMPARE(src.peakInFlightPerHost(), 2);
        QCOMPARE(fetcher->requests.size(), 16);
        QVERIFY(!src.isOffline());

        // Memory and disk now hold the tiles.
        const QImage t = src.tile({4, 3, 1}, false);
        QVERIFY(!t.isNull());
        QCOMPARE(t.pixelColor(5, 5), QColor(30, 20, 30));
        QVERIFY(src.cache().memoryCost() >= 16 * 256 * 256 * 4);
        QVERIFY(QFile::exists(dir.path() + QStringLiteral("/4/3/1.png")));

        // A fresh source on the same folder reads the disk cache without fetching.
        auto *fetcher2 = new FakeFetcher;
        XyzTileSource again(testConfig(dir.path()), fetcher2);
        QVERIFY(!again.tile({4, 3, 1}).isNull());
        QCOMPARE(fetcher2->requests.size(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(fetcher2->requests.size(), 0);
    }

    void expiredTilesAreShownAndRefreshed()
    {
        QTemporaryDir dir;
        TileCache cache(dir.path(), 1024 * 1024, 60);
        QVERIFY(cache.writeDisk({2, 1, 1}, pngTile(Qt::red)));
        const auto fresh = cache.readDisk({2, 1, 1});
        QVERIFY(!fresh.image.isNull());
        QVERIFY(!fresh.expired);
        const auto old = cache.readDisk({2, 1, 1}, QDateTime::currentDateTimeUtc().addSecs(3600));
        QVERIFY(!old.image.isNull());
        QVERIFY(old.expired);

        XyzTileSourceConfig c = testConfig(dir.path());
        c.expirySeconds = -1;  // everything on disk counts as expired
        auto *fetcher = new FakeFetcher;
        fetcher->files.insert(QStringLiteral("/2/1/1.png"), pngTile(Qt::blue));
        XyzTileSource src(c, fetcher);
        QSignalSpy ready(&src, &TileSource::tileReady);
        QCOMPARE(src.tile({2, 1, 1}).pixelColor(0, 0), QColor(Qt::red));  // stale tile shown at once
        QTRY_COMPARE(ready.count(), 1);                                   // and refreshed behind it
        QCOMPARE(src.tile({2, 1, 1}).pixelColor(0, 0), QColor(Qt::blue));
    }

    void memoryCacheIsBoundedByBytes()
    {
        TileCache cache(QString(), 3 * 256 * 256 * 4);
        QImage img(256, 256, QImage::Format_ARGB32);
        img.fill(Qt::green);
        for (int i = 0; i < 10; ++i)
            cache.insertMemory({5, i, 0}, img);
        QVERIFY(cache.memoryCost() <= cache.memoryCapacity());
        QVERIFY(!cache.memory({5, 9, 0}).isNull());
        QVERIFY(cache.memory({5, 0, 0}).isNull());
    }

    void offlineShowsPlaceholderAndNotice()
    {
        QTemporaryDir dir;
        auto *fetcher = new FakeFetcher;
        fetcher->offline = true;
        auto *src = new XyzTileSource(testConfig(dir.path()), fetcher);
        TileLayer layer(src);
        QSignalSpy offline(src, &TileSource::offlineChanged);
        QCOMPARE(layer.attribution(), QStringLiteral("© Test"));
        QVERIFY(layer.statusNotice().isEmpty());

        const Viewport v(20.46, 44.815, 4.0, QSize(300, 200));
        QImage img(300, 200, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::black);
        {
            QPainter p(&img);
            layer.paint(p, v);  // must not block
        }
        // Placeholder: light grey everywhere (no black left).
        QCOMPARE(img.pixelColor(150, 100).red() > 200, true);
        QTRY_VERIFY(src->isOffline());
        QCOMPARE(offline.count(), 1);
        QCOMPARE(layer.statusNotice(), QStringLiteral("Offline — showing cached tiles"));
        // While offline, painting again does not pile up requests.
        const int asked = fetcher->requests.size();
        {
            QPainter p(&img);
            layer.paint(p, v);
        }
        QCoreApplication::processEvents();
        QCOMPARE(fetcher->requests.size(), asked);
        QVERIFY(asked <= 2);
    }

    void parentTileFillsIn()
    {
        QTemporaryDir dir;
        auto *fetcher = new FakeFetcher;
        fetcher->offline = true;
        auto *src = new XyzTileSource(testConfig(dir.path()), fetcher);
        // Only a zoom-1 tile is cached; a zoom-2 view shows it scaled up instead of placeholders.
        QVERIFY(src->cache().writeDisk({1, 1, 0}, pngTile(QColor(200, 40, 40))));
        TileLayer layer(src);
        const Viewport v(45.0, 40.0, 2.0, QSize(64, 64));
        QImage img(64, 64, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::black);
        {
            QPainter p(&img);
            layer.paint(p, v);
        }
        QCOMPARE(img.pixelColor(32, 32), QColor(200, 40, 40));
    }

    void mbtiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tiny.mbtiles"));
        {
            Db db;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db.db), SQLITE_OK);
            QVERIFY(db.exec("CREATE TABLE metadata (name TEXT, value TEXT);"
                            "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);"
                            "CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row);"
                            "INSERT INTO metadata VALUES ('name', 'Tiny'), ('format', 'png'), "
                            "('bounds', '18.8,42.2,23.0,46.2'), ('minzoom', '1'), ('maxzoom', '2'), "
                            "('attribution', '© Tiny contributors');"));
            // XYZ (1, 0, 0) -> TMS row 1 (red); XYZ (1, 1, 1) -> TMS row 0 (blue).
            QVERIFY(insertTile(db.db, 1, 0, 1, pngTile(Qt::red)));
            QVERIFY(insertTile(db.db, 1, 1, 0, pngTile(Qt::blue)));
        }
        const QDateTime modified = QFileInfo(path).lastModified();
        const qint64 size = QFileInfo(path).size();

        auto opened = MbTilesSource::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        std::unique_ptr<MbTilesSource> src = opened.take();
        QCOMPARE(src->metadata().name, QStringLiteral("Tiny"));
        QCOMPARE(src->metadata().format, QStringLiteral("png"));
        QCOMPARE(src->attribution(), QStringLiteral("© Tiny contributors"));
        QCOMPARE(src->minZoom(), 1);
        QCOMPARE(src->maxZoom(), 2);
        QCOMPARE(src->bounds(), GeoBounds::fromCorners(18.8, 42.2, 23.0, 46.2));

        QCOMPARE(src->tile({1, 0, 0}).pixelColor(10, 10), QColor(Qt::red));
        QCOMPARE(src->tile({1, 1, 1}).pixelColor(10, 10), QColor(Qt::blue));
        QVERIFY(src->tile({1, 0, 1}).isNull());   // TMS row 0 at column 0: absent
        QVERIFY(src->tile({1, 1, 0}).isNull());
        QVERIFY(src->tile({0, 0, 0}).isNull());   // below minzoom
        QVERIFY(src->tileData({1, 1, 0}).isEmpty());
        src.reset();
        // Read-only: the file is untouched and no journal was left behind.
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QCOMPARE(QFileInfo(path).size(), size);
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void mbtilesErrors()
    {
        QTemporaryDir dir;
        const auto missing = MbTilesSource::open(dir.filePath(QStringLiteral("missing.mbtiles")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.errorString().contains(QStringLiteral("missing.mbtiles")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing.mbtiles"))));

        const QString junk = dir.filePath(QStringLiteral("junk.mbtiles"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not sqlite");
        f.close();
        const auto bad = MbTilesSource::open(junk);
        QVERIFY(!bad.ok());
        QVERIFY(bad.errorString().contains(QStringLiteral("junk.mbtiles")));
    }
};

QTEST_MAIN(TestTiles)
#include "test_tiles.moc"
