#pragma once
// What an import is told (options) and what it reports back (stats), and where sites go (sink).
#include "domain/result.h"
#include "domain/site.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>

namespace nadzor::io {

struct ImportOptions {
    // Column name -> target, from `--map COLUMN=FIELD`. A target is an OSM key
    // ("surveillance:type", "camera:mount", ...), one of the short names FieldMapper knows
    // ("type", "direction", "address", "lat", "lon", "wkt", ...), "tag:KEY" for a free tag under
    // another key, or "ignore" to drop the column. Column names match case-insensitively.
    QMap<QString, QString> fieldMap;
    QString encoding;   // text encoding of CSV (and Shapefile) attributes; empty means UTF-8
    QString layer;      // the layer to read; empty means every layer (GPX: waypoints, OSM: points)
    QString sourceSrs;  // the CRS of the coordinates when the file does not say (or says wrong)
};

struct ImportStats {
    qint64 features = 0;   // features (CSV rows) read, empty rows not counted
    qint64 sites = 0;      // sites handed to the sink
    qint64 cameras = 0;    // cameras in those sites
    QStringList warnings;  // things the user should know that did not stop the import
};

// Receives each site once all cameras at its position are known. A failed Status stops the
// import and is returned by the importer.
using SiteSink = std::function<domain::Status(domain::Site &site)>;

// Receives sites while the file is read (CameraImporter::importFile with a stream): addSite
// when a position first appears (it must fill site.id), addCamera for each later camera at a
// position already given (with that site's id), updateSite when a later camera fills a site
// field (uuid, address, description; site.id says which site) that was empty. The file is not
// held in memory; when the import fails half way the receiver has already seen part of it and
// must throw that away (an ImportSession rolls back). A failed Status stops the import.
struct SiteStream {
    std::function<domain::Status(domain::Site &site)> addSite;
    std::function<domain::Status(qint64 siteId, domain::Camera &camera)> addCamera;
    std::function<domain::Status(const domain::Site &site)> updateSite;
};

} // namespace nadzor::io
