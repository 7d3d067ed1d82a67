// libFuzzer: the camera importer on arbitrary bytes as NADZOR_FUZZ_SUFFIX (geojson, csv, kml,
// osm), through the whole pipeline (GDAL driver, field mapping, grouping into sites).
#include "fuzzsupport.h"
#include "io/cameraimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    nadzor::fuzz::quietGdal();
    static const QString path = nadzor::fuzz::inputPath("input." NADZOR_FUZZ_SUFFIX);
    nadzor::fuzz::writeInput(path, data, size);
    nadzor::io::CameraImporter importer;
    qint64 cameras = 0;
    const auto result = importer.importFile(path, {}, [&](nadzor::domain::Site &site) {
        if (!site.position.isValid() || site.cameras.isEmpty())
            __builtin_trap(); // the importer promised valid WGS84 sites with cameras
        cameras += site.cameras.size();
        return nadzor::domain::Status();
    });
    if (result && result.value().cameras != cameras)
        __builtin_trap();
    return 0;
}
