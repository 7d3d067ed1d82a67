#include "boundaries/geodesicarea.h"

#include <geodesic.h>

#include <cmath>
#include <vector>

namespace nadzor::boundaries {
namespace {

const geod_geodesic &wgs84()
{
    static const geod_geodesic g = [] {
        geod_geodesic init{};
        geod_init(&init, 6378137.0, 1.0 / 298.257223563);
        return init;
    }();
    return g;
}

} // namespace

double geodesicRingAreaM2(const domain::Ring &ring)
{
    int n = int(ring.size());
    if (n >= 2 && ring.first() == ring.last())
        --n;  // tolerate a repeated closing vertex
    if (n < 3)
        return 0.0;
    std::vector<double> lats(static_cast<size_t>(n));
    std::vector<double> lons(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        lons[size_t(i)] = ring.at(i).x();
        lats[size_t(i)] = ring.at(i).y();
    }
    double area = 0.0;
    double perimeter = 0.0;
    geod_polygonarea(&wgs84(), lats.data(), lons.data(), n, &area, &perimeter);
    return std::fabs(area);
}

double geodesicAreaKm2(const domain::MultiPolygon &geometry)
{
    double m2 = 0.0;
    for (const domain::Polygon &polygon : geometry) {
        for (int r = 0; r < polygon.rings.size(); ++r) {
            const double a = geodesicRingAreaM2(polygon.rings.at(r));
            m2 += r == 0 ? a : -a;
        }
    }
    return m2 / 1.0e6;
}

} // namespace nadzor::boundaries
