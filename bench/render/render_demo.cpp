// Renders Serbia's municipalities with generated cameras into PNGs, to look at the map as a
// user would: maps-render-demo [COUNT] [OUTDIR]  (defaults: 100000, /tmp)
// The scene is the main window's: the vector basemap, a density choropleth (fading out from
// zoom 11 to 14), the outlines with the names, the cameras, legend, scale bar and attribution.
// "*-canvas" shots are composited as the canvas composites them (basemap and choropleth from
// cached raster tiles, names per frame); the others are drawn as exports draw them (vectors).
#include "bench/render/benchscene.h"
#include "maps/boundarylayer.h"
#include "maps/cameralayer.h"
#include "maps/choroplethlayer.h"
#include "maps/maprenderer.h"

#include <QDir>
#include <QGuiApplication>
#include <QPainter>
#include <QTextStream>

using namespace nadzor;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args[1].toInt() : 100000;
    const QString out = args.size() > 2 ? args[2] : QStringLiteral("/tmp");

    const auto geometry = maps::BoundaryGeometry::build(bench::loadSerbianMunicipalities());
    maps::LayerStack stack;
    auto basemap = std::make_shared<maps::BoundaryLayer>();
    maps::BoundaryStyle baseStyle;
    baseStyle.labels = false;
    basemap->setStyle(baseStyle);
    basemap->setGeometry(geometry);
    auto density = std::make_shared<maps::ChoroplethLayer>();
    density->setGeometry(geometry);
    const QColor ramp[] = {QColor(255, 255, 178), QColor(254, 204, 92), QColor(253, 141, 60), QColor(240, 59, 32),
                           QColor(189, 0, 38)};
    QHash<qint64, QColor> colors;
    for (const auto &b : geometry->boundaries())
        colors.insert(b.id, ramp[b.id % 5]);
    density->setColors(colors);
    density->setOutline(QColor(255, 255, 255, 150), 0.4);
    density->setFillFade(11.0, 14.0);
    density->setOpacity(0.92);
    density->setZOrder(10);
    density->setLegend({QStringLiteral("Cameras per km² (demo classes)"),
                        {{ramp[0], QStringLiteral("0 – 0.0006")}, {ramp[1], QStringLiteral("0.0006 – 0.0012")},
                         {ramp[2], QStringLiteral("0.0012 – 0.0031")}, {ramp[3], QStringLiteral("0.0031 – 0.01")},
                         {ramp[4], QStringLiteral("0.01 – 0.12")}}});
    auto outlines = std::make_shared<maps::BoundaryLayer>();
    maps::BoundaryStyle outlineStyle;
    outlineStyle.fill = false;
    outlineStyle.outlineColor = QColor(90, 84, 76, 150);
    outlineStyle.edgeColor = QColor(70, 64, 56);
    outlineStyle.edgeWidthPt = 1.3;
    outlines->setStyle(outlineStyle);
    outlines->setGeometry(geometry);
    outlines->setZOrder(30);
    auto cameras = std::make_shared<maps::CameraLayer>();
    cameras->setCameras(bench::generateCameraSymbols(count));
    cameras->setZOrder(40);
    stack.addLayer(basemap);
    stack.addLayer(density);
    stack.addLayer(outlines);
    stack.addLayer(cameras);
    maps::RenderOptions exportOptions;
    maps::RenderOptions canvasOptions;
    canvasOptions.rasterCache = true;

    struct Shot {
        const char *name;
        maps::Viewport viewport;
        double dpi;
        bool canvas;
    };
    const Shot shots[] = {
        {"serbia-canvas", maps::Viewport(20.9, 44.2, 7.3, QSize(1920, 1080)), 96, true},
        {"serbia", maps::Viewport(20.9, 44.2, 8.0, QSize(1920, 1080)), 96, false},
        {"belgrade-z12-canvas", maps::Viewport(20.46, 44.80, 12.0, QSize(1600, 1000)), 96, true},
        {"belgrade-z15-canvas", maps::Viewport(20.46, 44.815, 15.0, QSize(1600, 1000)), 96, true},
        {"belgrade-z17", maps::Viewport(20.46, 44.815, 17.0, QSize(1200, 800)), 96, false},
        {"narrow-canvas", maps::Viewport(20.9, 44.2, 6.3, QSize(360, 480)), 96, true},
        {"novisad-300dpi", maps::Viewport(19.84, 45.26, 12.0, QSize(800, 600)), 300, false},
    };
    QTextStream err(stderr);
    for (const Shot &s : shots) {
        const QImage img = maps::MapRenderer(s.canvas ? canvasOptions : exportOptions).renderImage(s.viewport, stack, s.dpi);
        const QString path = QDir(out).filePath(QStringLiteral("nadzor-maps-%1-%2.png").arg(QLatin1String(s.name)).arg(count));
        img.save(path);
        err << path << '\n';
    }
    return 0;
}
