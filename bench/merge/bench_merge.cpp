// Merging a volunteer's walk into a big project: 100 000 generated sites in the project; the
// incoming project has 1 000 of them again, 5 m off and with a model filled in, and 1 000 new
// ones. Planning does one streaming pass for uuids, then an R*Tree box query and haversine
// distances per incoming site; applying writes everything in one transaction.
#include "merge/mergeapplier.h"
#include "merge/mergeplan.h"
#include "merge/mergeplanner.h"
#include "merge/mergesource.h"
#include "store/importsession.h"
#include "store/projectstore.h"
#include "tools/gencameras/gencameras.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cmath>

using namespace nadzor;

namespace {

constexpr int projectSites = 100000;
constexpr int repeated = 1000;
constexpr int fresh = 1000;

domain::Site siteFor(const domain::GeoPoint &p, int i)
{
    domain::Site s;
    s.position = p;
    domain::Camera c;
    c.surveillance = QStringLiteral("public");
    c.surveillanceType = QStringLiteral("camera");
    c.manufacturer = tools::generatedManufacturer(i);
    c.cameraType = i % 3 == 0 ? QStringLiteral("dome") : QStringLiteral("fixed");
    s.cameras.append(c);
    return s;
}

void importInto(const QString &path, const QList<domain::Site> &sites)
{
    auto store = store::ProjectStore::create(path).take();
    auto session = store->beginImport(QStringLiteral("benchmark")).take();
    for (domain::Site s : sites) {
        if (!session->addSite(s))
            qFatal("import failed");
    }
    if (!session->commit())
        qFatal("commit failed");
}

struct Files {
    QTemporaryDir dir;
    QString ours;
    QString theirs;
    Files()
    {
        ours = dir.filePath(QStringLiteral("ours.nadzor"));
        theirs = dir.filePath(QStringLiteral("theirs.nadzor"));
        const auto points = tools::generateCameras(projectSites);
        QList<domain::Site> mine;
        for (int i = 0; i < points.size(); ++i)
            mine << siteFor(points[i], i);
        importInto(ours, mine);
        QList<domain::Site> walk;
        constexpr double metresPerDegree = 111195.08;
        for (int i = 0; i < repeated; ++i) {
            const int k = i * (projectSites / repeated);
            domain::Site s = siteFor(points[k], k);
            s.position.lat += 5.0 / metresPerDegree;
            s.cameras[0].model = QStringLiteral("M-%1").arg(i);
            walk << s;
        }
        const auto others = tools::generateCameras(fresh, 7);
        for (int i = 0; i < others.size(); ++i)
            walk << siteFor(others[i], i + 7);
        importInto(theirs, walk);
    }
};

Files &files()
{
    static Files f;
    return f;
}

void BM_MergePlan(benchmark::State &state)
{
    Files &f = files();
    auto source = merge::MergeSource::load(f.theirs).take();
    auto project = store::ProjectStore::open(f.ours, store::OpenMode::ReadOnly).take();
    int merges = 0;
    for (auto _ : state) {
        auto plan = merge::MergePlanner(*project).plan(source);
        if (!plan)
            qFatal("plan failed: %s", qPrintable(plan.errorString()));
        merges = plan.value().counts().mergeInto;
    }
    state.counters["merged"] = merges;
    state.SetItemsProcessed(state.iterations() * source.sites().size());
}
BENCHMARK(BM_MergePlan)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_MergeLoadPlanApply(benchmark::State &state)
{
    Files &f = files();
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.nadzor"));
        if (!QFile::copy(f.ours, copy))
            qFatal("copy failed");
        state.ResumeTiming();
        auto source = merge::MergeSource::load(f.theirs).take();
        auto project = store::ProjectStore::open(copy).take();
        auto plan = merge::MergePlanner(*project).plan(source).take();
        auto outcome = merge::MergeApplier(*project).apply(plan, source);
        if (!outcome)
            qFatal("merge failed: %s", qPrintable(outcome.errorString()));
        state.PauseTiming();
        project.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * (repeated + fresh));
}
BENCHMARK(BM_MergeLoadPlanApply)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
