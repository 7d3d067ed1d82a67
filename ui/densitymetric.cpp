#include "ui/densitymetric.h"

#include <QCoreApplication>

namespace nadzor::ui {

QList<DensityMetric> DensityMetrics::all()
{
    return {DensityMetric::CamerasPer1000, DensityMetric::CamerasPerKm2,
            DensityMetric::InhabitantsPerCamera, DensityMetric::Cameras};
}

QString DensityMetrics::label(DensityMetric metric)
{
    switch (metric) {
    case DensityMetric::CamerasPer1000:
        return QCoreApplication::translate("DensityMetrics", "Cameras per 1,000 inhabitants");
    case DensityMetric::CamerasPerKm2:
        return QCoreApplication::translate("DensityMetrics", "Cameras per km²");
    case DensityMetric::InhabitantsPerCamera:
        return QCoreApplication::translate("DensityMetrics", "Inhabitants per camera");
    case DensityMetric::Cameras:
        return QCoreApplication::translate("DensityMetrics", "Cameras");
    }
    return {};
}

std::optional<double> DensityMetrics::value(DensityMetric metric, const analysis::BoundaryFigures &figures)
{
    switch (metric) {
    case DensityMetric::CamerasPer1000:
        return figures.camerasPer1000;
    case DensityMetric::CamerasPerKm2:
        return figures.camerasPerKm2;
    case DensityMetric::InhabitantsPerCamera:
        return figures.inhabitantsPerCamera;
    case DensityMetric::Cameras:
        return double(figures.cameras);
    }
    return std::nullopt;
}

int DensityMetrics::decimals(DensityMetric metric)
{
    switch (metric) {
    case DensityMetric::CamerasPer1000:
        return 3;
    case DensityMetric::CamerasPerKm2:
        return 3;
    case DensityMetric::InhabitantsPerCamera:
        return 0;
    case DensityMetric::Cameras:
        return 0;
    }
    return 2;
}

} // namespace nadzor::ui
