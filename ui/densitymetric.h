#pragma once
// The figure a choropleth colours municipalities by.
#include "analysis/aggregation.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace nadzor::ui {

enum class DensityMetric { CamerasPer1000, CamerasPerKm2, InhabitantsPerCamera, Cameras };

class DensityMetrics {
public:
    static QList<DensityMetric> all();
    // "Cameras per 1,000 inhabitants", ...
    static QString label(DensityMetric metric);
    // The value for one municipality, std::nullopt when it cannot be computed (no population,
    // no area, no cameras for inhabitants per camera).
    static std::optional<double> value(DensityMetric metric, const analysis::BoundaryFigures &figures);
    // Decimals to show for the metric in tables.
    static int decimals(DensityMetric metric);
};

} // namespace nadzor::ui
