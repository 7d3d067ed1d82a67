// Renders Serbia's municipalities with generated cameras into PNGs, to look at the map as a
// user would: maps-render-demo [COUNT] [OUTDIR]  (defaults: 100000, /tmp)
#include "bench/render/benchscene.h"
#include "maps/boundarylayer.h"
#include "maps/cameralayer.h"
#include "maps/maprenderer.h"

#include <QDir>
#include <QGuiApplication>
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

    maps::LayerStack stack;
    auto basemap = std::make_shared<maps::BoundaryLayer>();
    basemap->setBoundaries(bench::loadSerbianMunicipalities());
    auto cameras = std::make_shared<maps::CameraLayer>();
    cameras->setCameras(bench::generateCameraSymbols(count));
    cameras->setZOrder(10);
    stack.addLayer(basemap);
    stack.addLayer(cameras);
    maps::MapRenderer renderer;

    struct Shot {
        const char *name;
        maps::Viewport viewport;
        double dpi;
    };
    const Shot shots[] = {
        {"serbia", maps::Viewport(20.9, 44.2, 8.0, QSize(1920, 1080)), 96},
        {"belgrade-z12", maps::Viewport(20.46, 44.80, 12.0, QSize(1600, 1000)), 96},
        {"belgrade-z15", maps::Viewport(20.46, 44.815, 15.0, QSize(1600, 1000)), 96},
        {"belgrade-z17", maps::Viewport(20.46, 44.815, 17.0, QSize(1200, 800)), 96},
        {"serbia-basemap-only", maps::Viewport(20.9, 44.2, 7.3, QSize(1920, 1080)), 96},
        {"novisad-300dpi", maps::Viewport(19.84, 45.26, 12.0, QSize(800, 600)), 300},
    };
    QTextStream err(stderr);
    for (const Shot &s : shots) {
        cameras->setVisible(QString::fromLatin1(s.name) != QLatin1String("serbia-basemap-only"));
        const QImage img = renderer.renderImage(s.viewport, stack, s.dpi);
        const QString path = QDir(out).filePath(QStringLiteral("nadzor-maps-%1-%2.png").arg(QLatin1String(s.name)).arg(count));
        img.save(path);
        err << path << '\n';
    }
    return 0;
}
