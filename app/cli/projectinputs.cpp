#include "cli/projectinputs.h"

#include "boundaries/serbianlayer.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace nadzor::cli {

domain::Result<std::unique_ptr<store::ProjectStore>> openExistingProject(const QString &path)
{
    if (!QFileInfo::exists(path))
        return domain::makeError(QCoreApplication::translate("nadzor::cli", "no such project"), path);
    return store::ProjectStore::open(path, store::OpenMode::ReadOnly);
}

domain::Result<domain::BoundaryLayer> projectBoundaryLayer(const store::ProjectStore &project)
{
    auto layers = project.boundaryLayers();
    if (!layers)
        return layers.error();
    domain::BoundaryLayer layer;
    if (!layers.value().isEmpty()) {
        layer = layers.value().last();
    } else {
        auto bundled = boundaries::bundledSerbianLayer();
        if (!bundled)
            return bundled.error();
        layer = bundled.take();
    }
    if (layer.boundaries.isEmpty())
        return domain::makeError(
            QCoreApplication::translate("nadzor::cli", "the boundary layer '%1' has no boundaries").arg(layer.name));
    return layer;
}

} // namespace nadzor::cli
