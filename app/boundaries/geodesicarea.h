#pragma once
// Areas on the WGS84 ellipsoid with PROJ's geodesic routines (Karney's algorithms): edges are
// geodesics, the result is exact to about a square metre per polygon whatever its size.
#include "domain/boundary.h"

namespace nadzor::boundaries {

// The area enclosed by one ring of (lon, lat) vertices in square metres, whichever way the ring
// runs (always >= 0). Rings with fewer than 3 vertices have area 0.
double geodesicRingAreaM2(const domain::Ring &ring);

// The area of a multipolygon in square kilometres: for each polygon its outer ring minus its
// holes (each ring's absolute area, so ring orientation does not matter).
double geodesicAreaKm2(const domain::MultiPolygon &geometry);

} // namespace nadzor::boundaries
