#pragma once
#include <cmath>

namespace nadzor::domain {

// A position in WGS84 degrees (EPSG:4326, longitude first as in GeoJSON).
struct GeoPoint {
    double lon = 0.0;
    double lat = 0.0;

    bool isValid() const
    {
        return std::isfinite(lon) && std::isfinite(lat) && lon >= -180.0 && lon <= 180.0
            && lat >= -90.0 && lat <= 90.0;
    }
    bool operator==(const GeoPoint &o) const { return lon == o.lon && lat == o.lat; }
    bool operator!=(const GeoPoint &o) const { return !(*this == o); }
};

} // namespace nadzor::domain
