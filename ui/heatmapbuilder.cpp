#include "ui/heatmapbuilder.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>

namespace nadzor::ui {

HeatmapResult HeatmapBuilder::compute(const HeatmapRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    HeatmapResult result;
    result.generation = request.generation;
    if (request.bounds.isEmpty() || request.width <= 0)
        return result;

    QVector<domain::GeoPoint> points;
    QVector<double> weights;
    points.reserve(request.sites.size());
    weights.reserve(request.sites.size());
    for (const domain::Site &site : request.sites) {
        int count = 0;
        for (const domain::Camera &camera : site.cameras)
            if (request.filter.matches(site, camera))
                ++count;
        if (count > 0 && site.position.isValid()) {
            points << site.position;
            weights << double(count);
        }
    }

    // Grow the box by the radius so kernels of cameras just outside still reach the edge.
    const double lat = std::clamp(request.bounds.centre().y(), -80.0, 80.0);
    const double dLat = request.radiusMetres / 111320.0;
    const double dLon = dLat / std::max(0.1, std::cos(lat * M_PI / 180.0));
    const double west = std::max(-180.0, request.bounds.west - dLon);
    const double east = std::min(180.0, request.bounds.east + dLon);
    const double south = std::max(-84.0, request.bounds.south - dLat);
    const double north = std::min(84.0, request.bounds.north + dLat);
    if (!(east > west && north > south))
        return result;

    analysis::Heatmap heatmap;
    heatmap.setBounds(west, south, east, north);
    heatmap.setWidth(request.width);
    heatmap.setRadius(request.radiusMetres);
    heatmap.setKernel(request.kernel);
    heatmap.setFixedMaximum(request.maximum);
    const analysis::HeatmapGrid grid = heatmap.compute(points, weights);
    result.grid = toMapGrid(grid);
    result.maxValue = grid.maxValue;
    result.elapsedMs = timer.elapsed();
    return result;
}

maps::HeatmapGrid HeatmapBuilder::toMapGrid(const analysis::HeatmapGrid &grid)
{
    maps::HeatmapGrid out;
    if (grid.isEmpty())
        return out;
    out.columns = grid.width;
    out.rows = grid.height;
    out.bounds = maps::GeoBounds::fromCorners(grid.west, grid.south, grid.east, grid.north);
    out.values.resize(qsizetype(grid.width) * grid.height);

    const double yNorth = analysis::Heatmap::mercatorY(grid.north);
    const double ySouth = analysis::Heatmap::mercatorY(grid.south);
    const double span = yNorth - ySouth;
    for (int row = 0; row < out.rows; ++row) {
        const double lat = grid.north - (row + 0.5) * (grid.north - grid.south) / out.rows;
        // Fractional source row whose centre lies at this latitude.
        const double src = span > 0 ? (yNorth - analysis::Heatmap::mercatorY(lat)) / span * grid.height - 0.5 : row;
        const double clamped = std::clamp(src, 0.0, double(grid.height - 1));
        const int r0 = int(std::floor(clamped));
        const int r1 = std::min(r0 + 1, grid.height - 1);
        const float t = float(clamped - r0);
        const float *a = grid.values.constData() + qsizetype(r0) * grid.width;
        const float *b = grid.values.constData() + qsizetype(r1) * grid.width;
        float *dst = out.values.data() + qsizetype(row) * grid.width;
        for (int c = 0; c < grid.width; ++c)
            dst[c] = a[c] + (b[c] - a[c]) * t;
    }
    return out;
}

} // namespace nadzor::ui
