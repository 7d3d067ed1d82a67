// Aggregation of 10k, 100k and 1M generated cameras into the 145 municipalities: Nadzor's
// PointLocator against SpatiaLite's R*Tree-indexed ST_Contains join (only the query is timed;
// loading and indexing are not), with the per-municipality counts compared ("mismatches" must
// be 0). And the heatmap of 1M cameras on a grid 1920 pixels wide over Serbia.
//
// Run: build/bench/density/bench_density (add --benchmark_filter=... to pick).
#include "analysis/heatmap.h"
#include "analysis/pointlocator.h"
#include "boundaries/serbianlayer.h"
#include "tools/gencameras/gencameras.h"

#include <QFile>
#include <QString>

#include <benchmark/benchmark.h>
#include <sqlite3.h>
// After sqlite3.h, which it needs.
#include <spatialite.h>

#include <cstdio>
#include <map>
#include <memory>
#include <numeric>

using namespace nadzor;

namespace {

const domain::BoundaryLayer &layer()
{
    static const domain::BoundaryLayer l = [] {
        const QString path = QStringLiteral(NADZOR_SOURCE_DIR "/resources/geodata/serbia-municipalities.geojson");
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "bench_density: cannot read %s\n", qPrintable(path));
            std::exit(1);
        }
        auto r = boundaries::readBundledGeoJson(f.readAll(), path);
        if (!r.ok()) {
            std::fprintf(stderr, "bench_density: %s\n", qPrintable(r.errorString()));
            std::exit(1);
        }
        return r.take();
    }();
    return l;
}

const QVector<domain::GeoPoint> &cameras(int n)
{
    static std::map<int, QVector<domain::GeoPoint>> cache;
    auto it = cache.find(n);
    if (it == cache.end())
        it = cache.emplace(n, tools::generateCameras(n)).first;
    return it->second;
}

QVector<qint64> nadzorCounts(int n)
{
    const analysis::PointLocator locator(layer());
    return locator.countAll(cameras(n));
}

// ---------------------------------------------------------------------------------------------
// SpatiaLite

struct SpatialiteDb {
    sqlite3 *db = nullptr;
    void *cache = nullptr;
    ~SpatialiteDb()
    {
        if (db)
            sqlite3_close(db);
        if (cache)
            spatialite_cleanup_ex(cache);
    }
};

bool exec(sqlite3 *db, const char *sql)
{
    char *err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        std::fprintf(stderr, "bench_density: SQL failed: %s\n  %s\n", err ? err : "?", sql);
        sqlite3_free(err);
        return false;
    }
    return true;
}

QString wkt(const domain::MultiPolygon &mp)
{
    QString s = QStringLiteral("MULTIPOLYGON(");
    for (int p = 0; p < mp.size(); ++p) {
        s += p ? QStringLiteral(",(") : QStringLiteral("(");
        for (int r = 0; r < mp[p].rings.size(); ++r) {
            const domain::Ring &ring = mp[p].rings[r];
            s += r ? QStringLiteral(",(") : QStringLiteral("(");
            for (int i = 0; i <= ring.size(); ++i) {  // closed for WKT
                const QPointF v = ring[i % ring.size()];
                if (i)
                    s += QLatin1Char(',');
                s += QString::number(v.x(), 'g', 17) + QLatin1Char(' ') + QString::number(v.y(), 'g', 17);
            }
            s += QLatin1Char(')');
        }
        s += QLatin1Char(')');
    }
    return s + QLatin1Char(')');
}

// An in-memory SpatiaLite database with the boundaries and n cameras, spatially indexed.
std::unique_ptr<SpatialiteDb> buildSpatialite(int n)
{
    auto s = std::make_unique<SpatialiteDb>();
    if (sqlite3_open(":memory:", &s->db) != SQLITE_OK)
        return nullptr;
    s->cache = spatialite_alloc_connection();
    spatialite_init_ex(s->db, s->cache, 0);
    if (!exec(s->db, "SELECT InitSpatialMetadata(1)")
        || !exec(s->db, "CREATE TABLE boundaries (id INTEGER PRIMARY KEY, name TEXT)")
        || !exec(s->db, "SELECT AddGeometryColumn('boundaries', 'geom', 4326, 'MULTIPOLYGON', 'XY')")
        || !exec(s->db, "CREATE TABLE cameras (id INTEGER PRIMARY KEY)")
        || !exec(s->db, "SELECT AddGeometryColumn('cameras', 'geom', 4326, 'POINT', 'XY')")
        || !exec(s->db, "BEGIN"))
        return nullptr;
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(s->db, "INSERT INTO boundaries (id, name, geom) VALUES (?, ?, MultiPolygonFromText(?, 4326))", -1, &st, nullptr);
    for (int i = 0; i < layer().boundaries.size(); ++i) {
        const QByteArray name = layer().boundaries[i].name.toUtf8();
        const QByteArray text = wkt(layer().boundaries[i].geometry).toUtf8();
        sqlite3_bind_int(st, 1, i);
        sqlite3_bind_text(st, 2, name.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 3, text.constData(), -1, SQLITE_TRANSIENT);
        if (sqlite3_step(st) != SQLITE_DONE)
            std::fprintf(stderr, "bench_density: boundary %d: %s\n", i, sqlite3_errmsg(s->db));
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    sqlite3_prepare_v2(s->db, "INSERT INTO cameras (id, geom) VALUES (?, MakePoint(?, ?, 4326))", -1, &st, nullptr);
    const QVector<domain::GeoPoint> &pts = cameras(n);
    for (int i = 0; i < pts.size(); ++i) {
        sqlite3_bind_int(st, 1, i + 1);
        sqlite3_bind_double(st, 2, pts[i].lon);
        sqlite3_bind_double(st, 3, pts[i].lat);
        sqlite3_step(st);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    if (!exec(s->db, "COMMIT") || !exec(s->db, "SELECT CreateSpatialIndex('cameras', 'geom')")
        || !exec(s->db, "SELECT CreateSpatialIndex('boundaries', 'geom')"))
        return nullptr;
    return s;
}

const char *const joinSql =
    "SELECT b.id, count(*) FROM boundaries b JOIN cameras c ON ST_Contains(b.geom, c.geom) "
    "AND c.ROWID IN (SELECT ROWID FROM SpatialIndex WHERE f_table_name = 'cameras' "
    "AND search_frame = b.geom) GROUP BY b.id";

QVector<qint64> spatialiteCounts(sqlite3 *db)
{
    QVector<qint64> counts(layer().boundaries.size(), 0);
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, joinSql, -1, &st, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "bench_density: %s\n", sqlite3_errmsg(db));
        return counts;
    }
    while (sqlite3_step(st) == SQLITE_ROW)
        counts[sqlite3_column_int(st, 0)] = sqlite3_column_int64(st, 1);
    sqlite3_finalize(st);
    return counts;
}

void BM_AggregateNadzor(benchmark::State &state)
{
    const int n = int(state.range(0));
    const QVector<domain::GeoPoint> &pts = cameras(n);
    const analysis::PointLocator locator(layer());
    qint64 outside = 0, inside = 0;
    for (auto _ : state) {
        const QVector<qint64> counts = locator.countAll(pts, &outside);
        inside = std::accumulate(counts.begin(), counts.end(), qint64(0));
        benchmark::DoNotOptimize(counts.data());
    }
    state.counters["cameras"] = double(n);
    state.counters["inside"] = double(inside);
    state.counters["outside"] = double(outside);
    state.counters["grid"] = locator.gridSize();
}

// One thread (SpatiaLite's query runs on one) and other grid sizes, at 1M cameras.
void BM_AggregateNadzorVariants(benchmark::State &state)
{
    const QVector<domain::GeoPoint> &pts = cameras(int(state.range(0)));
    const analysis::PointLocator locator(layer(), int(state.range(2)));
    for (auto _ : state) {
        const QVector<qint64> counts = locator.countAll(pts, nullptr, int(state.range(1)));
        benchmark::DoNotOptimize(counts.data());
    }
    state.counters["threads"] = double(state.range(1));
    state.counters["grid"] = locator.gridSize();
}

// Building the index once per layer (not per aggregation): its own line, for completeness.
void BM_LocatorBuild(benchmark::State &state)
{
    for (auto _ : state) {
        const analysis::PointLocator locator(layer());
        benchmark::DoNotOptimize(&locator);
    }
}

void BM_AggregateSpatiaLite(benchmark::State &state)
{
    const int n = int(state.range(0));
    const auto db = buildSpatialite(n);  // not timed
    if (!db) {
        state.SkipWithError("could not build the SpatiaLite database");
        return;
    }
    QVector<qint64> counts;
    for (auto _ : state) {
        counts = spatialiteCounts(db->db);
        benchmark::DoNotOptimize(counts.data());
    }
    const QVector<qint64> ours = nadzorCounts(n);
    qint64 mismatches = 0, inside = 0;
    for (int i = 0; i < counts.size(); ++i) {
        mismatches += std::llabs(counts[i] - ours[i]);
        inside += counts[i];
    }
    state.counters["cameras"] = double(n);
    state.counters["inside"] = double(inside);
    state.counters["mismatches"] = double(mismatches);
}

void BM_Heatmap(benchmark::State &state)
{
    const int n = int(state.range(0));
    const QVector<domain::GeoPoint> &pts = cameras(n);
    analysis::Heatmap h;
    h.setBounds(tools::kMinLon, tools::kMinLat, tools::kMaxLon, tools::kMaxLat);
    h.setWidth(1920);
    h.setRadius(1000.0);
    h.setKernel(state.range(1) ? analysis::Kernel::Gaussian : analysis::Kernel::Quartic);
    analysis::HeatmapGrid g;
    for (auto _ : state) {
        g = h.compute(pts);
        benchmark::DoNotOptimize(g.values.data());
    }
    state.counters["width"] = g.width;
    state.counters["height"] = g.height;
    state.counters["integral"] = g.integral();
}

} // namespace

BENCHMARK(BM_LocatorBuild)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AggregateNadzor)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AggregateNadzorVariants)
    ->Args({1000000, 1, 0})->Args({1000000, 2, 128})->Args({1000000, 2, 512})->Args({1000000, 2, 1024})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AggregateSpatiaLite)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Heatmap)->Args({1000000, 0})->Args({1000000, 1})->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
