// Exporting N generated cameras (one camera per site, with the usual OSM fields, a free tag, an
// address and a uuid) to each export format through CameraExporter, as `nadzor export` does.
// Every benchmark runs once per size (wall-clock time); cpu_s is the user+system CPU time.
//
//   bench_export                                   # every format, 10k/40k/100k cameras
//   bench_export --benchmark_filter=Kml            # KML only
//
// The export must grow linearly with the number of cameras: compare the 10k, 40k and 100k rows.
#include "io/cameraexporter.h"
#include "io/exportformat.h"
#include "tools/gencameras/gencameras.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QUuid>

#include <sys/resource.h>

using namespace nadzor;

namespace {

QTemporaryDir &workDir()
{
    static QTemporaryDir dir;
    return dir;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec
        + usage.ru_stime.tv_usec / 1e6;
}

const QList<domain::Site> &sites(int count)
{
    static QMap<int, QList<domain::Site>> cache;
    auto it = cache.find(count);
    if (it != cache.end())
        return *it;
    static const char *const types[] = {"camera", "camera", "camera", "ALPR", "speed_camera"};
    static const char *const mounts[] = {"pole", "wall", "street_lamp", "ceiling"};
    const QVector<domain::GeoPoint> points = tools::generateCameras(count);
    QList<domain::Site> out;
    out.reserve(count);
    for (int i = 0; i < points.size(); ++i) {
        domain::Site site;
        site.id = i + 1;
        site.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        site.position = points[i];
        site.address = QStringLiteral("Ulica %1 %2").arg(i % 500).arg(i % 97);
        domain::Camera camera;
        camera.id = i + 1;
        camera.siteId = site.id;
        camera.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        camera.surveillanceType = QLatin1String(types[i % 5]);
        camera.cameraMount = QLatin1String(mounts[i % 4]);
        camera.manufacturer = tools::generatedManufacturer(i);
        camera.direction = QString::number((i * 37) % 360);
        camera.notes = QStringLiteral("note %1").arg(i);
        camera.tags.insert(QStringLiteral("ref:survey"), QString::number(i));
        site.cameras.append(camera);
        out.append(site);
    }
    return *cache.insert(count, out);
}

void exportTo(benchmark::State &state, io::ExportFormat format, const char *suffix)
{
    const int count = int(state.range(0));
    const QList<domain::Site> &input = sites(count);
    const QString path = workDir().filePath(QStringLiteral("cameras-%1.%2").arg(count).arg(QLatin1String(suffix)));
    const double cpuBefore = cpuSeconds();
    qint64 written = 0;
    for (auto _ : state) {
        QFile::remove(path);
        io::CameraExporter exporter;
        auto result = exporter.exportSites(input, path, format, false);
        if (!result) {
            state.SkipWithError(qPrintable(result.errorString()));
            return;
        }
        written = result.value();
    }
    state.counters["cpu_s"] = cpuSeconds() - cpuBefore;
    state.counters["cameras"] = double(written);
    state.counters["MB"] = QFile(path).size() / 1e6;
}

void BM_ExportGeoJson(benchmark::State &state) { exportTo(state, io::ExportFormat::GeoJson, "geojson"); }
void BM_ExportCsv(benchmark::State &state) { exportTo(state, io::ExportFormat::Csv, "csv"); }
void BM_ExportGpkg(benchmark::State &state) { exportTo(state, io::ExportFormat::GeoPackage, "gpkg"); }
void BM_ExportKml(benchmark::State &state) { exportTo(state, io::ExportFormat::Kml, "kml"); }
void BM_ExportOsm(benchmark::State &state) { exportTo(state, io::ExportFormat::Osm, "osm"); }

#define NADZOR_EXPORT_SIZES ->Arg(10000)->Arg(40000)->Arg(100000)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime()
BENCHMARK(BM_ExportGeoJson) NADZOR_EXPORT_SIZES;
BENCHMARK(BM_ExportCsv) NADZOR_EXPORT_SIZES;
BENCHMARK(BM_ExportGpkg) NADZOR_EXPORT_SIZES;
BENCHMARK(BM_ExportKml) NADZOR_EXPORT_SIZES;
BENCHMARK(BM_ExportOsm) NADZOR_EXPORT_SIZES;

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
