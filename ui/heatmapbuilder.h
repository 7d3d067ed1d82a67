#pragma once
// Computes the heatmap for a view from the project's sites (run it on a worker thread): the
// kernel density of the cameras that pass the filter, weighted by cameras per site, over the
// visible box, converted to the map's grid (rows regular in latitude).
#include "analysis/heatmap.h"
#include "analysis/heatmapgrid.h"
#include "domain/camerafilter.h"
#include "domain/site.h"
#include "maps/geobounds.h"
#include "maps/heatmaplayer.h"

#include <QList>
#include <optional>

namespace nadzor::ui {

struct HeatmapRequest {
    QList<domain::Site> sites;
    domain::CameraFilter filter;
    maps::GeoBounds bounds;      // the area to cover
    int width = 512;             // grid columns
    double radiusMetres = 1000.0;
    analysis::Kernel kernel = analysis::Kernel::Quartic;
    std::optional<double> maximum;
    quint64 generation = 0;      // to drop stale results
};

struct HeatmapResult {
    maps::HeatmapGrid grid;
    float maxValue = 0.0f;       // cameras per km² at the top of the colour scale
    quint64 generation = 0;
    qint64 elapsedMs = 0;
};

class HeatmapBuilder {
public:
    static HeatmapResult compute(const HeatmapRequest &request);
    // An analysis grid (rows regular in Web-Mercator y) resampled to rows regular in latitude,
    // as maps::HeatmapLayer expects; values interpolated linearly between rows.
    static maps::HeatmapGrid toMapGrid(const analysis::HeatmapGrid &grid);
};

} // namespace nadzor::ui
