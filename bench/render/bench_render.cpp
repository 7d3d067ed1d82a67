// Frame times of the map renderer at 1920x1080: all of Serbia (clusters) and central Belgrade
// (zoom 15) with 10k / 100k / 1M generated cameras, painted as the canvas's worker paints
// them (a layer snapshot into a QImage), plus the full scene with the municipal basemap, the
// index build, and the resident memory with 1M cameras loaded.
// Targets: median frame < 16 ms at 100k, < 33 ms at 1M; < 300 MB resident with 1M.
#include "bench/render/benchscene.h"
#include "maps/boundarylayer.h"
#include "maps/cameralayer.h"
#include "maps/maprenderer.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <benchmark/benchmark.h>
#include <map>
#include <memory>

using namespace nadzor;

namespace {

const maps::Viewport kSerbia(20.9, 44.2, 7.3, QSize(1920, 1080));
const maps::Viewport kBelgrade(20.46, 44.815, 15.0, QSize(1920, 1080));

std::shared_ptr<maps::CameraLayer> cameraLayer(int count)
{
    static std::map<int, std::shared_ptr<maps::CameraLayer>> layers;
    auto &l = layers[count];
    if (!l) {
        l = std::make_shared<maps::CameraLayer>();
        l->setCameras(bench::generateCameraSymbols(count));
    }
    return l;
}

std::shared_ptr<maps::BoundaryLayer> basemap()
{
    static std::shared_ptr<maps::BoundaryLayer> layer;
    if (!layer) {
        layer = std::make_shared<maps::BoundaryLayer>();
        layer->setBoundaries(bench::loadSerbianMunicipalities());
    }
    return layer;
}

QImage frameImage()
{
    QImage img(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    img.setDotsPerMeterX(3780);
    img.setDotsPerMeterY(3780);
    return img;
}

void cameraFrame(benchmark::State &state, const maps::Viewport &viewport)
{
    const int count = int(state.range(0));
    const auto snapshot = cameraLayer(count)->snapshot();
    QImage img = frameImage();
    for (auto _ : state) {
        img.fill(Qt::transparent);
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing, true);
        snapshot->paint(p, viewport);
        p.end();
        benchmark::ClobberMemory();
    }
    state.counters["cameras"] = count;
    state.counters["items"] = cameraLayer(count)->frame(viewport, 96.0).size();
}

void BM_CamerasSerbia(benchmark::State &state)
{
    cameraFrame(state, kSerbia);
}

void BM_CamerasBelgradeZ15(benchmark::State &state)
{
    cameraFrame(state, kBelgrade);
}

// The whole map as an export draws it: basemap, names, cameras, scale bar, attribution.
void BM_FullMapSerbia(benchmark::State &state)
{
    const int count = int(state.range(0));
    maps::LayerStack stack;
    stack.addLayer(basemap());
    auto cams = cameraLayer(count);
    cams->setZOrder(10);
    stack.addLayer(cams);
    maps::MapRenderer renderer;
    QImage img = frameImage();
    for (auto _ : state) {
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing, true);
        renderer.render(p, kSerbia, stack);
        p.end();
        benchmark::ClobberMemory();
    }
    stack.clear();
}

void BM_BasemapSerbia(benchmark::State &state)
{
    const auto snapshot = basemap()->snapshot();
    QImage img = frameImage();
    for (auto _ : state) {
        img.fill(Qt::transparent);
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing, true);
        snapshot->paint(p, kSerbia);
        p.end();
    }
}

void BM_BuildIndex(benchmark::State &state)
{
    const auto symbols = bench::generateCameraSymbols(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(maps::CameraIndex::build(symbols));
}

void BM_MemoryWith1M(benchmark::State &state)
{
    const qint64 before = bench::residentBytes();
    auto layer = cameraLayer(1000000);
    const qint64 after = bench::residentBytes();
    for (auto _ : state)
        benchmark::DoNotOptimize(layer->index()->size());
    state.counters["rss_MB"] = double(after) / (1024.0 * 1024.0);
    state.counters["rss_before_1M_MB"] = double(before) / (1024.0 * 1024.0);
    state.counters["index_MB"] = double(layer->index()->memoryBytes()) / (1024.0 * 1024.0);
}

} // namespace

// Memory first, before the other sizes are cached, so its "before" figure is the bare process.
BENCHMARK(BM_MemoryWith1M)->Iterations(1);
BENCHMARK(BM_CamerasSerbia)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_CamerasBelgradeZ15)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_FullMapSerbia)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_BasemapSerbia)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_BuildIndex)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(3);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);  // fonts for labels and badges
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
