// Importing N generated cameras (GeoJSON, one Point feature each, with a few properties) into a
// new project, against `ogr2ogr -f GPKG` on the same file. Every benchmark runs once per size
// (wall-clock time); cpu_s is the user+system CPU time of the run (for ogr2ogr: of the child
// process), the fairer figure on a machine shared with other work; peak_rss_MB is the peak
// resident memory (of this process, or of the ogr2ogr child).
//
//   bench_import                                  # 100k and 1M points
//   bench_import --benchmark_filter=/1000000      # 1M only
//
// nadzor import streams the file into one ImportSession (CameraImporter::importFile with a
// SiteStream, as BM_NadzorImportIntoProject does): no copy of the file in memory, the R*Tree
// packed at commit, the WAL checkpointed when the store closes (inside the timed loop).
#include "io/cameraimporter.h"
#include "store/importsession.h"
#include "store/projectstore.h"
#include "tools/gencameras/gencameras.h"

#include <benchmark/benchmark.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

using namespace nadzor;

namespace {

QTemporaryDir &workDir()
{
    static QTemporaryDir dir;
    return dir;
}

double peakRssMb(int who = RUSAGE_SELF)
{
    rusage usage{};
    getrusage(who, &usage);
    return usage.ru_maxrss / 1024.0;  // ru_maxrss is in KiB on Linux
}

// User + system CPU seconds used so far by this process (or by its waited-for children).
double cpuSeconds(int who = RUSAGE_SELF)
{
    rusage usage{};
    getrusage(who, &usage);
    return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec
        + usage.ru_stime.tv_usec / 1e6;
}

// The GeoJSON file with `count` generated cameras, written once per size.
QString geojsonFile(int count)
{
    static QMap<int, QString> files;
    if (files.contains(count))
        return files.value(count);
    const QString path = workDir().filePath(QStringLiteral("cameras-%1.geojson").arg(count));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    const QVector<domain::GeoPoint> points = tools::generateCameras(count);
    static const char *const types[] = {"camera", "camera", "camera", "ALPR", "speed_camera"};
    static const char *const mounts[] = {"pole", "wall", "street_lamp", "ceiling"};
    QByteArray chunk = "{\"type\":\"FeatureCollection\",\"features\":[\n";
    for (int i = 0; i < points.size(); ++i) {
        chunk += i ? ",\n" : "";
        chunk += "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[";
        chunk += QByteArray::number(points[i].lon, 'f', 7) + ',' + QByteArray::number(points[i].lat, 'f', 7);
        chunk += "]},\"properties\":{\"surveillance:type\":\"";
        chunk += types[i % 5];
        chunk += "\",\"camera:mount\":\"";
        chunk += mounts[i % 4];
        chunk += "\",\"manufacturer\":\"" + tools::generatedManufacturer(i).toUtf8();
        chunk += "\",\"camera:direction\":\"" + QByteArray::number((i * 37) % 360) + "\"}}";
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    chunk += "\n]}\n";
    file.write(chunk);
    file.close();
    files.insert(count, path);
    return path;
}

void BM_ImporterOnly(benchmark::State &state)
{
    const QString input = geojsonFile(static_cast<int>(state.range(0)));
    qint64 cameras = 0, sites = 0;
    const double cpuBefore = cpuSeconds();
    for (auto _ : state) {
        io::CameraImporter importer;
        qint64 seen = 0;
        const auto result = importer.importFile(input, {}, [&seen](domain::Site &site) {
            seen += site.cameras.size();
            return domain::Status();
        });
        if (!result) {
            state.SkipWithError(result.errorString().toUtf8().constData());
            return;
        }
        cameras = seen;
        sites = result.value().sites;
    }
    state.counters["cpu_s"] = cpuSeconds() - cpuBefore;
    state.counters["cameras"] = static_cast<double>(cameras);
    state.counters["sites"] = static_cast<double>(sites);
    state.counters["peak_rss_MB"] = peakRssMb();
}

void BM_NadzorImportIntoProject(benchmark::State &state)
{
    const QString input = geojsonFile(static_cast<int>(state.range(0)));
    const QString project = workDir().filePath(QStringLiteral("bench.nadzor"));
    qint64 cameras = 0;
    const double cpuBefore = cpuSeconds();
    for (auto _ : state) {
        for (const char *extra : {"", "-wal", "-shm"})
            QFile::remove(project + QLatin1String(extra));
        auto store = store::ProjectStore::create(project);
        if (!store) {
            state.SkipWithError(store.errorString().toUtf8().constData());
            return;
        }
        auto session = store.value()->beginImport(QStringLiteral("benchmark"));
        if (!session) {
            state.SkipWithError(session.errorString().toUtf8().constData());
            return;
        }
        io::CameraImporter importer;
        io::SiteStream stream;
        store::ImportSession &s = *session.value();
        stream.addSite = [&s](domain::Site &site) { return s.addSite(site); };
        stream.addCamera = [&s](qint64 siteId, domain::Camera &camera) { return s.addCamera(siteId, camera); };
        stream.updateSite = [&s](const domain::Site &site) { return s.updateSite(site); };
        const auto result = importer.importFile(input, {}, stream);
        if (!result) {
            state.SkipWithError(result.errorString().toUtf8().constData());
            return;
        }
        if (const auto s = session.value()->commit(); !s) {
            state.SkipWithError(s.errorString().toUtf8().constData());
            return;
        }
        cameras = store.value()->cameraCount();
        session.value().reset();
        store.value().reset(); // closing checkpoints the WAL into the file: part of the import
    }
    state.counters["cpu_s"] = cpuSeconds() - cpuBefore;
    state.counters["cameras"] = static_cast<double>(cameras);
    state.counters["peak_rss_MB"] = peakRssMb();
}

void BM_Ogr2OgrGpkg(benchmark::State &state)
{
    const QString input = geojsonFile(static_cast<int>(state.range(0)));
    const QString ogr2ogr = QStandardPaths::findExecutable(QStringLiteral("ogr2ogr"));
    if (ogr2ogr.isEmpty()) {
        state.SkipWithError("ogr2ogr not found");
        return;
    }
    const QString output = workDir().filePath(QStringLiteral("ogr2ogr.gpkg"));
    const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    for (auto _ : state) {
        QFile::remove(output);
        QProcess p;
        p.start(ogr2ogr, {QStringLiteral("-f"), QStringLiteral("GPKG"), output, input});
        if (!p.waitForFinished(-1) || p.exitCode() != 0) {
            state.SkipWithError(p.readAllStandardError().constData());
            return;
        }
    }
    state.counters["cpu_s"] = cpuSeconds(RUSAGE_CHILDREN) - cpuBefore;
    state.counters["peak_rss_MB"] = peakRssMb(RUSAGE_CHILDREN); // the largest child so far
}

} // namespace

// In this order: peak_rss_MB of the process only grows, so the import into a project runs before
// the importer alone (which holds the whole file, buffered, before handing it on).
BENCHMARK(BM_Ogr2OgrGpkg)->Arg(100000)->Arg(1000000)->Iterations(1)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NadzorImportIntoProject)->Arg(100000)->Arg(1000000)->Iterations(1)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ImporterOnly)->Arg(100000)->Arg(1000000)->Iterations(1)->UseRealTime()->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
