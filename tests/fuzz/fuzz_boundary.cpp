// libFuzzer: the boundary importer (GeoJSON bytes; GDAL's GeoJSON, TopoJSON and ESRIJSON
// drivers all identify from the content), including validity repair and geodesic areas.
#include "boundaries/boundaryimporter.h"
#include "fuzzsupport.h"

#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    nadzor::fuzz::quietGdal();
    static const QString path = nadzor::fuzz::inputPath("boundaries.geojson");
    nadzor::fuzz::writeInput(path, data, size);
    using nadzor::boundaries::BoundaryImporter;
    BoundaryImporter::listFields(path);
    const auto result = BoundaryImporter::importFile(path, {});
    if (result) {
        for (const auto &b : result.value().layer.boundaries) {
            if (b.areaKm2 && !std::isfinite(*b.areaKm2))
                __builtin_trap();
        }
    }
    return 0;
}
