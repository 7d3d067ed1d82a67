#include "analysis/heatmapgrid.h"

#include "analysis/heatmap.h"

#include <algorithm>
#include <cmath>

namespace nadzor::analysis {

float HeatmapGrid::normalized(int x, int y) const
{
    if (!(maxValue > 0.0f))
        return 0.0f;
    return std::clamp(at(x, y) / maxValue, 0.0f, 1.0f);
}

double HeatmapGrid::rowLatitude(int y) const
{
    const double top = Heatmap::mercatorY(north), bottom = Heatmap::mercatorY(south);
    const double py = (top - bottom) / height;
    return Heatmap::latitudeOfMercatorY(top - (y + 0.5) * py);
}

domain::GeoPoint HeatmapGrid::cellCentre(int x, int y) const
{
    return {west + (x + 0.5) * (east - west) / width, rowLatitude(y)};
}

double HeatmapGrid::cellAreaKm2(int y) const
{
    const double px = Heatmap::EarthRadius * (east - west) * M_PI / 180.0 / width;
    const double ground = px * std::cos(rowLatitude(y) * M_PI / 180.0);
    return ground * ground / 1e6;
}

double HeatmapGrid::integral() const
{
    double total = 0.0;
    for (int y = 0; y < height; ++y) {
        double row = 0.0;
        for (int x = 0; x < width; ++x)
            row += values.at(qsizetype(y) * width + x);
        total += row * cellAreaKm2(y);
    }
    return total;
}

} // namespace nadzor::analysis
