#pragma once
// Deterministic synthetic cameras for benchmarks: clustered around real Serbian town centres
// (cluster size grows with the town) plus a uniform share over Serbia itself: points drawn
// uniformly over the bounding box and kept only when they fall in one of the municipalities of
// the bundled layer (boundaries::bundledSerbianLayer()), so none lands in a neighbouring country.
// The same count and seed give the same points on every run and machine.
#include "domain/geopoint.h"

#include <QString>
#include <QVector>

namespace nadzor::tools {

struct TownCentre {
    const char *name;
    double lon;
    double lat;
    double weight;  // relative share of the clustered cameras
};

// The town centres the generator clusters around.
const QVector<TownCentre> &townCentres();

// Serbia's bounding box (without Kosovo), where the uniform share is drawn from.
constexpr double kMinLon = 18.81, kMaxLon = 23.01, kMinLat = 42.23, kMaxLat = 46.19;

// The share of cameras spread uniformly over Serbia (the rest are clustered around the towns).
constexpr double kUniformShare = 0.15;

// Whether the uniform share may place a point here: inside one of the bundled layer's
// municipalities. True everywhere when the layer is not compiled in (then a warning is logged
// once and the uniform share covers the whole bounding box).
bool insideSerbia(double lon, double lat);

QVector<nadzor::domain::GeoPoint> generateCameras(int count, quint32 seed = 42);

// A manufacturer name for the i-th generated camera (deterministic, weighted like the press
// reports: mostly Dahua, Hikvision and Huawei).
QString generatedManufacturer(int index, quint32 seed = 42);

} // namespace nadzor::tools
