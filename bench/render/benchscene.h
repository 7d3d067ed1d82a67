#pragma once
// Shared by the render benchmark and demo: Serbia's municipalities from the bundled GeoJSON
// (parsed with QJsonDocument here; the map library itself never reads files) and generated
// cameras as map symbols.
#include "domain/boundary.h"
#include "maps/camerasymbol.h"

#include <QVector>

namespace nadzor::bench {

// resources/geodata/sources/boundaries-geoboundaries-srb-adm2/serbia-opstine.geojson, names
// without the " City" / " Municipality" suffixes.
domain::BoundaryLayer loadSerbianMunicipalities();

// `count` generated cameras (tools/gencameras) with deterministic kinds, statuses and, for
// about half of them, directions and angles.
QVector<maps::CameraSymbol> generateCameraSymbols(int count, quint32 seed = 42);

// Resident set size of this process in bytes (/proc/self/statm).
qint64 residentBytes();

} // namespace nadzor::bench
