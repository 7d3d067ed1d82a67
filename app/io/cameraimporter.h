#pragma once
// Reads cameras from a file through GDAL: GeoJSON, CSV (lon/lat or WKT columns, any delimiter,
// UTF-8 or a named encoding), GPX waypoints, KML, GeoPackage, Shapefile, FlatGeobuf and OSM
// XML/PBF (man_made=surveillance nodes with all their tags). Coordinates are reprojected to
// WGS84; points at the same position (rounded to 1e-7 degrees) become cameras of one site.
#include "domain/result.h"
#include "io/importoptions.h"

#include <QString>

namespace nadzor::io {

class CameraImporter {
public:
    // Reads the whole file, then hands each site to the sink. Nothing reaches the sink when the
    // file has an error: the Error names the file and the feature (or CSV line) at fault.
    domain::Result<ImportStats> importFile(const QString &path, const ImportOptions &options,
                                           const SiteSink &sink);
    // The same, streaming: sites and cameras reach `stream` as they are read, so the file is
    // never held in memory. The receiver must be able to throw away what it got when an Error
    // comes back (the error names the file and the feature or line, as above).
    domain::Result<ImportStats> importFile(const QString &path, const ImportOptions &options,
                                           const SiteStream &stream);

    // The formats importFile reads, for help texts.
    static QString supportedFormats();
};

} // namespace nadzor::io
