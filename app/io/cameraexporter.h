#pragma once
// Writes cameras to GeoJSON, CSV and GeoPackage (through GDAL) and to KML and OSM XML: one
// feature per camera at its site's position, with the OSM-keyed fields as columns named by
// their keys, Nadzor's own fields (nadzor:uuid, nadzor:site_uuid, addr:full, description,
// nadzor:status, ...) and the free tags. The file is written next to the target under a
// temporary name and renamed on success, so a failure leaves nothing half-written. Photos are
// never exported; reviewers' names only when includeAuthors is set.
#include "domain/result.h"
#include "domain/site.h"
#include "io/exportformat.h"

#include <QList>
#include <QString>
#include <functional>

namespace nadzor::io {

using SiteVisitor = std::function<domain::Status(const domain::Site &site)>;
// Calls the visitor for every site to export; may be called more than once (the exporter
// makes a first pass to learn the columns).
using SiteSource = std::function<domain::Status(const SiteVisitor &visitor)>;

class CameraExporter {
public:
    // Returns the number of cameras written.
    domain::Result<qint64> exportSites(const QList<domain::Site> &sites, const QString &path,
                                       ExportFormat format, bool includeAuthors = false);
    domain::Result<qint64> exportSites(const SiteSource &source, const QString &path,
                                       ExportFormat format, bool includeAuthors = false);

    // The columns of one camera as exported (not including the coordinates).
    static QMap<QString, QString> record(const domain::Site &site, const domain::Camera &camera,
                                         bool includeAuthors);
};

} // namespace nadzor::io
