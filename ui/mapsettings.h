#pragma once
// What the Layers panel sets: the basemap, which overlays are shown and how they are styled.
#include "analysis/classifier.h"
#include "analysis/heatmap.h"
#include "ui/densitymetric.h"

#include <QString>
#include <optional>

namespace nadzor::ui {

enum class BasemapKind { Vector, OpenStreetMap, MBTiles };

struct MapSettings {
    BasemapKind basemap = BasemapKind::Vector;
    QString mbtilesPath;            // for BasemapKind::MBTiles

    bool boundaries = true;         // municipality outlines and names

    bool choropleth = true;
    DensityMetric metric = DensityMetric::CamerasPer1000;
    analysis::ClassificationMethod method = analysis::ClassificationMethod::NaturalBreaks;
    int classes = 5;

    bool heatmap = false;
    double heatmapRadiusMetres = 500.0;
    analysis::Kernel kernel = analysis::Kernel::Quartic;
    std::optional<double> heatmapMaximum;  // cameras per km²; empty: the data's own maximum

    bool cameras = true;

    bool operator==(const MapSettings &o) const
    {
        return basemap == o.basemap && mbtilesPath == o.mbtilesPath && boundaries == o.boundaries
            && choropleth == o.choropleth && metric == o.metric && method == o.method
            && classes == o.classes && heatmap == o.heatmap
            && heatmapRadiusMetres == o.heatmapRadiusMetres && kernel == o.kernel
            && heatmapMaximum == o.heatmapMaximum && cameras == o.cameras;
    }
    bool operator!=(const MapSettings &o) const { return !(*this == o); }
};

} // namespace nadzor::ui
