#pragma once
// Distances between nearby points, for finding the same site in two volunteers' data.
#include "domain/geopoint.h"

namespace nadzor::merge {

// A longitude/latitude box (WGS84 degrees, edges included).
struct GeoBox {
    double minLon = 0.0;
    double minLat = 0.0;
    double maxLon = 0.0;
    double maxLat = 0.0;
};

// Great-circle (haversine) distance in metres on a sphere of the WGS84 mean radius
// (6 371 008.8 m). Within a few hundred metres it differs from the ellipsoidal geodesic by less
// than 0.5 %, i.e. by centimetres at the merge distances used here.
double haversineMetres(const domain::GeoPoint &a, const domain::GeoPoint &b);

// A box that surely holds every point within `metres` of `centre` (slightly larger than the
// circle, so the exact distance test decides), clipped to valid coordinates.
GeoBox boxAround(const domain::GeoPoint &centre, double metres);

} // namespace nadzor::merge
