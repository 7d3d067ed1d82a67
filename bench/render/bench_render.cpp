// Frame times of the map renderer at 1920x1080: all of Serbia (clusters) and central Belgrade
// (zoom 15) with 10k / 100k / 1M generated cameras.
// BM_Scene* is the frame the user sees, painted as the canvas paints it: the worker renders
// the snapshots of the vector basemap, the density choropleth, the municipal outlines with
// their names and the cameras into a QImage (basemap and choropleth from cached raster tiles),
// then the GUI thread composites that frame and draws the legend, scale bar and attribution.
// "Warm" frames find the tiles cached (panning and repainting at one zoom); "Cold" frames start
// from fresh layers with empty caches (the first frame at a new zoom). BM_Export* is the same
// scene drawn as vectors, as exports draw it. Also: cameras alone, the index build, and the
// resident memory with 1M cameras (and after every scene frame, caches included).
// Targets: median frame < 16 ms at 100k, < 33 ms at 1M; < 300 MB resident with 1M.
#include "bench/render/benchscene.h"
#include "maps/boundarylayer.h"
#include "maps/cameralayer.h"
#include "maps/choroplethlayer.h"
#include "maps/rastertilecache.h"
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

std::shared_ptr<const maps::BoundaryGeometry> serbianGeometry()
{
    static const auto geometry = maps::BoundaryGeometry::build(bench::loadSerbianMunicipalities());
    return geometry;
}

std::shared_ptr<maps::BoundaryLayer> basemap()
{
    static std::shared_ptr<maps::BoundaryLayer> layer;
    if (!layer) {
        layer = std::make_shared<maps::BoundaryLayer>();
        layer->setGeometry(serbianGeometry());
    }
    return layer;
}

// The main window's layers (ui/mainwindow.cpp): the vector basemap without names, the density
// choropleth (fading out from zoom 11 to 14), the outlines with the names, the cameras.
struct Scene {
    maps::LayerStack stack;
    std::shared_ptr<maps::BoundaryLayer> base = std::make_shared<maps::BoundaryLayer>();
    std::shared_ptr<maps::ChoroplethLayer> density = std::make_shared<maps::ChoroplethLayer>();
    std::shared_ptr<maps::BoundaryLayer> outlines = std::make_shared<maps::BoundaryLayer>();
    std::shared_ptr<maps::CameraLayer> cameras;
    maps::RenderOptions options;

    explicit Scene(int count) : cameras(cameraLayer(count))
    {
        maps::BoundaryStyle baseStyle;
        baseStyle.labels = false;
        base->setStyle(baseStyle);
        base->setGeometry(serbianGeometry());
        density->setGeometry(serbianGeometry());
        QHash<qint64, QColor> colors;
        const QColor ramp[] = {QColor(255, 255, 178), QColor(254, 204, 92), QColor(253, 141, 60),
                               QColor(240, 59, 32), QColor(189, 0, 38)};
        for (const auto &b : serbianGeometry()->boundaries())
            colors.insert(b.id, ramp[b.id % 5]);
        density->setColors(colors);
        density->setOutline(QColor(255, 255, 255, 150), 0.4);
        density->setFillFade(11.0, 14.0);
        density->setOpacity(0.92);
        density->setLegend({QStringLiteral("Cameras per km²"),
                            {{ramp[0], QStringLiteral("0 – 0.5")}, {ramp[1], QStringLiteral("0.5 – 1")},
                             {ramp[2], QStringLiteral("1 – 2")}, {ramp[3], QStringLiteral("2 – 5")},
                             {ramp[4], QStringLiteral("5 – 120")}}});
        maps::BoundaryStyle outlineStyle;
        outlineStyle.fill = false;
        outlineStyle.outlineColor = QColor(90, 84, 76, 150);
        outlineStyle.edgeColor = QColor(70, 64, 56);
        outlineStyle.edgeWidthPt = 1.3;
        outlines->setStyle(outlineStyle);
        outlines->setGeometry(serbianGeometry());
        base->setZOrder(0);
        density->setZOrder(10);
        outlines->setZOrder(30);
        cameras->setZOrder(40);
        stack.addLayer(base);
        stack.addLayer(density);
        stack.addLayer(outlines);
        stack.addLayer(cameras);
        options.statusNotices = true;
    }
    ~Scene() { stack.clear(); }

    // One frame as MapCanvas paints it: the worker's image, then the widget's paint event.
    void frame(QImage &worker, QImage &widget, const maps::Viewport &viewport) const
    {
        worker.fill(Qt::transparent);
        {
            QPainter p(&worker);
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setRenderHint(QPainter::TextAntialiasing, true);
            maps::RenderContext context;
            context.rasterCache = true;
            for (const auto &l : stack.layers())
                if (l->isVisible() && l->needsWorkerThread())
                    if (const auto s = l->snapshot())
                        s->render(p, viewport, context);
        }
        QPainter p(&widget);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setRenderHint(QPainter::TextAntialiasing, true);
        p.fillRect(widget.rect(), options.background);
        p.drawImage(QPointF(0, 0), worker);
        maps::MapRenderer(options).paintDecorations(p, viewport, stack);
    }
};

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

void sceneWarm(benchmark::State &state, const maps::Viewport &viewport)
{
    Scene scene(int(state.range(0)));
    QImage worker = frameImage(), widget = frameImage();
    scene.frame(worker, widget, viewport);  // fills the caches
    for (auto _ : state) {
        scene.frame(worker, widget, viewport);
        benchmark::ClobberMemory();
    }
    state.counters["tile_cache_MB"] = double(maps::RasterTileCache::totalCost()) / (1024.0 * 1024.0);
}

void sceneCold(benchmark::State &state, const maps::Viewport &viewport)
{
    QImage worker = frameImage(), widget = frameImage();
    for (auto _ : state) {
        state.PauseTiming();
        auto scene = std::make_unique<Scene>(int(state.range(0)));  // new layers: empty caches
        maps::RasterTileCache::clearAll();
        state.ResumeTiming();
        scene->frame(worker, widget, viewport);
        benchmark::ClobberMemory();
        state.PauseTiming();
        scene.reset();
        state.ResumeTiming();
    }
}

void BM_SceneSerbiaWarm(benchmark::State &state)
{
    sceneWarm(state, kSerbia);
}
void BM_SceneBelgradeZ15Warm(benchmark::State &state)
{
    sceneWarm(state, kBelgrade);
}
void BM_SceneSerbiaCold(benchmark::State &state)
{
    sceneCold(state, kSerbia);
}
void BM_SceneBelgradeZ15Cold(benchmark::State &state)
{
    sceneCold(state, kBelgrade);
}

// Panning across Serbia 40 px a frame: mostly cached tiles, now and then a new column.
void BM_ScenePanSerbia(benchmark::State &state)
{
    Scene scene(int(state.range(0)));
    QImage worker = frameImage(), widget = frameImage();
    maps::Viewport v = kSerbia;
    scene.frame(worker, widget, v);
    int step = 0;
    for (auto _ : state) {
        v.panBy(QPointF((step++ % 40) < 20 ? -40 : 40, 0));
        scene.frame(worker, widget, v);
        benchmark::ClobberMemory();
    }
}

// The same scene drawn as an export draws it: every layer as vectors.
void BM_ExportSerbia(benchmark::State &state)
{
    Scene scene(int(state.range(0)));
    maps::MapRenderer renderer;
    QImage img = frameImage();
    for (auto _ : state) {
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing, true);
        renderer.render(p, kSerbia, scene.stack);
        p.end();
        benchmark::ClobberMemory();
    }
}

void BM_MemoryAfterScenes(benchmark::State &state)
{
    auto layer = cameraLayer(1000000);
    for (auto _ : state)
        benchmark::DoNotOptimize(layer->index()->size());
    state.counters["rss_MB"] = double(bench::residentBytes()) / (1024.0 * 1024.0);
    state.counters["tile_cache_MB"] = double(maps::RasterTileCache::totalCost()) / (1024.0 * 1024.0);
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
BENCHMARK(BM_CamerasSerbia)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_CamerasBelgradeZ15)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_SceneSerbiaWarm)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_SceneBelgradeZ15Warm)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_ScenePanSerbia)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_SceneSerbiaCold)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->Iterations(5)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_SceneBelgradeZ15Cold)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->Iterations(5)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_ExportSerbia)->Arg(100000)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_FullMapSerbia)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_BasemapSerbia)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_BuildIndex)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_MemoryAfterScenes)->Iterations(1);

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
