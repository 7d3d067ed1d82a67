// The project store's bulk paths: importing generated cameras through ImportSession (one
// transaction, prepared statements), streaming them back, and R*Tree box queries.
#include "store/importsession.h"
#include "store/projectstore.h"
#include "store/uuidgenerator.h"
#include "tools/gencameras/gencameras.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QUuid>

#include <benchmark/benchmark.h>

using namespace nadzor;

namespace {

domain::Site siteFor(const domain::GeoPoint &p, int i)
{
    domain::Site s;
    s.position = p;
    domain::Camera c;
    c.surveillance = QStringLiteral("public");
    c.surveillanceType = QStringLiteral("camera");
    if (i % 4 == 0)
        c.cameraMount = QStringLiteral("pole");
    if (i % 10 == 0)
        c.tags.insert(QStringLiteral("note"), QStringLiteral("from the benchmark"));
    s.cameras.append(c);
    return s;
}

void importInto(const QString &path, const QVector<domain::GeoPoint> &points)
{
    auto store = store::ProjectStore::create(path).take();
    auto session = store->beginImport(QStringLiteral("benchmark")).take();
    int i = 0;
    for (const auto &p : points) {
        domain::Site s = siteFor(p, i++);
        if (!session->addSite(s))
            qFatal("import failed");
    }
    if (!session->commit())
        qFatal("commit failed");
}

// 100k sites, one camera each, into a new project file; includes creating and closing it.
void BM_ImportSession(benchmark::State &state)
{
    const auto points = tools::generateCameras(int(state.range(0)));
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bench.nadzor"));
        state.ResumeTiming();
        importInto(path, points);
    }
    state.SetItemsProcessed(state.iterations() * points.size());
}
BENCHMARK(BM_ImportSession)->Arg(100000)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ForEachSite(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.nadzor"));
    const auto points = tools::generateCameras(int(state.range(0)));
    importInto(path, points);
    auto store = store::ProjectStore::open(path, store::OpenMode::ReadOnly).take();
    for (auto _ : state) {
        qint64 n = 0;
        store->forEachSite([&](const domain::Site &s) {
            n += s.cameras.size();
            return true;
        });
        benchmark::DoNotOptimize(n);
    }
    state.SetItemsProcessed(state.iterations() * points.size());
}
BENCHMARK(BM_ForEachSite)->Arg(100000)->Unit(benchmark::kMillisecond)->UseRealTime();

// A town-sized box (about 10 x 10 km around Belgrade's centre).
void BM_SitesInBox(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.nadzor"));
    importInto(path, tools::generateCameras(int(state.range(0))));
    auto store = store::ProjectStore::open(path, store::OpenMode::ReadOnly).take();
    qint64 found = 0;
    for (auto _ : state) {
        auto sites = store->sitesInBox(20.40, 44.77, 20.52, 44.86);
        found = sites.value().size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["sites"] = double(found);
}
BENCHMARK(BM_SitesInBox)->Arg(100000)->Unit(benchmark::kMillisecond)->UseRealTime();

// Why ImportSession makes its own uuids: QUuid::createUuid against store::UuidGenerator.
void BM_QUuidCreate(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(QUuid::createUuid().toString(QUuid::WithoutBraces));
}
BENCHMARK(BM_QUuidCreate);

void BM_UuidGenerator(benchmark::State &state)
{
    store::UuidGenerator uuids;
    for (auto _ : state)
        benchmark::DoNotOptimize(uuids.next());
}
BENCHMARK(BM_UuidGenerator);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
