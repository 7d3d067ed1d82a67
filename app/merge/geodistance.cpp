#include "merge/geodistance.h"

#include <algorithm>
#include <cmath>

namespace nadzor::merge {

namespace {
constexpr double earthRadiusMetres = 6371008.8; // WGS84 mean radius (IUGG R1)
constexpr double pi = 3.14159265358979323846;
constexpr double degToRad = pi / 180.0;
// Widens the box a little: the sphere is not the ellipsoid, and R*Tree boxes are rounded.
constexpr double boxMargin = 1.02;
} // namespace

double haversineMetres(const domain::GeoPoint &a, const domain::GeoPoint &b)
{
    const double lat1 = a.lat * degToRad;
    const double lat2 = b.lat * degToRad;
    const double dLat = (b.lat - a.lat) * degToRad;
    const double dLon = (b.lon - a.lon) * degToRad;
    const double s = std::sin(dLat / 2.0);
    const double t = std::sin(dLon / 2.0);
    const double h = s * s + std::cos(lat1) * std::cos(lat2) * t * t;
    return 2.0 * earthRadiusMetres * std::asin(std::min(1.0, std::sqrt(h)));
}

GeoBox boxAround(const domain::GeoPoint &centre, double metres)
{
    const double d = std::max(0.0, metres) * boxMargin;
    const double dLat = d / earthRadiusMetres / degToRad;
    const double cosLat = std::cos(std::min(89.0, std::abs(centre.lat)) * degToRad);
    const double dLon = std::min(180.0, dLat / cosLat);
    GeoBox box;
    box.minLat = std::max(-90.0, centre.lat - dLat);
    box.maxLat = std::min(90.0, centre.lat + dLat);
    box.minLon = std::max(-180.0, centre.lon - dLon);
    box.maxLon = std::min(180.0, centre.lon + dLon);
    return box;
}

} // namespace nadzor::merge
