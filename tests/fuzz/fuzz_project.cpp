// libFuzzer: opening arbitrary bytes as a project file (read-only, then read-write with its
// migrations), and reading everything from it when it opens.
//
// NADZOR_FUZZ_MAKE_SEED=FILE: write a small valid project to FILE and exit (run.sh uses it for
// the seed corpus, so that no binary project file needs to be committed).
#include "fuzzsupport.h"
#include "store/projectstore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace nadzor;

namespace {

void removeProject(const QString &path)
{
    for (const char *extra : {"", "-wal", "-shm", "-journal", ".lock"})
        QFile::remove(path + QLatin1String(extra));
}

void readEverything(store::ProjectStore &s)
{
    s.siteCount();
    s.cameraCount();
    s.sites();
    s.sitesInBox(-180, -90, 180, 90);
    s.journal();
    s.boundaryLayers();
    s.photosOfSite(1);
    s.photosOfCamera(1);
    s.undoSummary();
    s.redoSummary();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    const QByteArray seed = qgetenv("NADZOR_FUZZ_MAKE_SEED");
    if (seed.isEmpty())
        return 0;
    const QString path = QString::fromLocal8Bit(seed);
    removeProject(path);
    auto created = store::ProjectStore::create(path);
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.errorString()));
        std::exit(1);
    }
    for (int i = 0; i < 3; ++i) {
        domain::Site site;
        site.position = {20.45 + i * 0.01, 44.81};
        site.address = QStringLiteral("Ulica %1").arg(i);
        domain::Camera camera;
        camera.manufacturer = QStringLiteral("Dahua");
        camera.direction = QStringLiteral("90-180");
        site.cameras.append(camera);
        created.value()->addSite(site);
    }
    domain::BoundaryLayer layer;
    layer.name = QStringLiteral("seed");
    domain::Boundary b;
    b.name = QStringLiteral("Opština");
    b.geometry.append(domain::Polygon{{{QPointF(20.4, 44.7), QPointF(20.6, 44.7), QPointF(20.6, 44.9)}}});
    layer.boundaries.append(b);
    created.value()->saveBoundaryLayer(layer);
    created.value()->undo();
    created = domain::Error{};
    std::exit(0);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = nadzor::fuzz::inputPath("project.nadzor");
    removeProject(path);
    nadzor::fuzz::writeInput(path, data, size);
    if (auto ro = store::ProjectStore::open(path, store::OpenMode::ReadOnly))
        readEverything(*ro.value());
    if (auto rw = store::ProjectStore::open(path)) {
        readEverything(*rw.value());
        rw.value()->undo();
        rw.value()->redo();
        domain::Site site;
        site.position = {20.0, 44.0};
        site.cameras.append(domain::Camera());
        rw.value()->addSite(site);
    }
    return 0;
}
