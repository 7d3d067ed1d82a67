#pragma once
// The figures of one aggregation run: per boundary and overall.
#include <QMap>
#include <QString>
#include <QVector>
#include <optional>

namespace nadzor::analysis {

// Breakdown of cameras by a text field; empty values are counted under "unknown".
using Breakdown = QMap<QString, qint64>;

struct BoundaryFigures {
    int index = -1;        // position in the boundary layer
    QString name;
    QString code;
    qint64 cameras = 0;    // cameras that pass the filter
    qint64 sites = 0;      // sites with at least one camera that passes
    std::optional<double> areaKm2;
    std::optional<qint64> population;
    std::optional<double> camerasPerKm2;         // when the area is known and > 0
    std::optional<double> camerasPer1000;        // when the population is known and > 0
    std::optional<double> inhabitantsPerCamera;  // when the population is known and cameras > 0
    Breakdown byManufacturer;
    Breakdown byOperator;
};

struct Aggregation {
    QVector<BoundaryFigures> boundaries;  // in layer order
    qint64 cameras = 0;          // all cameras that pass the filter, inside or outside
    qint64 sites = 0;
    qint64 outsideCameras = 0;   // in no boundary
    qint64 outsideSites = 0;
    QVector<qint64> outsideSiteIds;  // ids of the sites outside every boundary (for the report)
    Breakdown byManufacturer;    // over all cameras that pass the filter
    Breakdown byOperator;
    QString filterDescription;   // CameraFilter::describe()
};

} // namespace nadzor::analysis
