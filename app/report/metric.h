#pragma once
// The figures a density report can sort and colour by, with their stable keys (the CLI's
// --metric values, the CSV column names) and their human labels.
#include "analysis/aggregation.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace nadzor::report {

enum class Metric { Cameras, CamerasPerKm2, CamerasPer1000, InhabitantsPerCamera, Sites };

class Metrics {
    Q_DECLARE_TR_FUNCTIONS(nadzor::report::Metrics)
public:
    // "cameras", "cameras_per_km2", "cameras_per_1000", "inhabitants_per_camera", "sites".
    static QString key(Metric metric);
    static std::optional<Metric> fromKey(const QString &key);
    static QStringList keys();
    // "Cameras per km²", ... (translatable).
    static QString label(Metric metric);
    // Column heading: shorter where the table is narrow.
    static QString shortLabel(Metric metric);
    // The value of a boundary, or nullopt when it cannot be computed (unknown area/population).
    static std::optional<double> value(const analysis::BoundaryFigures &figures, Metric metric);
    // Decimals used when the metric is shown to a reader.
    static int decimals(Metric metric);
    // Whether a higher value means more surveillance (false for inhabitants per camera).
    static bool higherIsDenser(Metric metric);
};

} // namespace nadzor::report
