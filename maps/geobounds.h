#pragma once
// A lon/lat bounding box in degrees (west <= east, south <= north).
#include <QPointF>
#include <algorithm>
#include <cmath>

namespace nadzor::maps {

struct GeoBounds {
    double west = 0.0, south = 0.0, east = -1.0, north = -1.0;  // empty by default

    static GeoBounds fromCorners(double lon1, double lat1, double lon2, double lat2)
    {
        return {std::min(lon1, lon2), std::min(lat1, lat2), std::max(lon1, lon2), std::max(lat1, lat2)};
    }
    bool isEmpty() const { return !(east >= west && north >= south); }
    double width() const { return east - west; }
    double height() const { return north - south; }
    QPointF centre() const { return {(west + east) / 2.0, (south + north) / 2.0}; }
    bool contains(double lon, double lat) const
    {
        return lon >= west && lon <= east && lat >= south && lat <= north;
    }
    bool intersects(const GeoBounds &o) const
    {
        return !isEmpty() && !o.isEmpty() && o.west <= east && o.east >= west && o.south <= north
            && o.north >= south;
    }
    void extend(double lon, double lat)
    {
        if (!std::isfinite(lon) || !std::isfinite(lat))
            return;
        if (isEmpty()) {
            west = east = lon;
            south = north = lat;
            return;
        }
        west = std::min(west, lon);
        east = std::max(east, lon);
        south = std::min(south, lat);
        north = std::max(north, lat);
    }
    void extend(const GeoBounds &o)
    {
        if (o.isEmpty())
            return;
        extend(o.west, o.south);
        extend(o.east, o.north);
    }
    bool operator==(const GeoBounds &o) const
    {
        return west == o.west && south == o.south && east == o.east && north == o.north;
    }
};

} // namespace nadzor::maps
