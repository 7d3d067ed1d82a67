#include "report/metric.h"

namespace nadzor::report {

QString Metrics::key(Metric metric)
{
    switch (metric) {
    case Metric::Cameras: return QStringLiteral("cameras");
    case Metric::CamerasPerKm2: return QStringLiteral("cameras_per_km2");
    case Metric::CamerasPer1000: return QStringLiteral("cameras_per_1000");
    case Metric::InhabitantsPerCamera: return QStringLiteral("inhabitants_per_camera");
    case Metric::Sites: return QStringLiteral("sites");
    }
    return {};
}

QStringList Metrics::keys()
{
    return {key(Metric::Cameras), key(Metric::CamerasPerKm2), key(Metric::CamerasPer1000),
            key(Metric::InhabitantsPerCamera), key(Metric::Sites)};
}

std::optional<Metric> Metrics::fromKey(const QString &text)
{
    const QString k = text.trimmed().toLower();
    for (Metric m : {Metric::Cameras, Metric::CamerasPerKm2, Metric::CamerasPer1000,
                     Metric::InhabitantsPerCamera, Metric::Sites}) {
        if (key(m) == k)
            return m;
    }
    return std::nullopt;
}

QString Metrics::label(Metric metric)
{
    switch (metric) {
    case Metric::Cameras: return tr("Cameras");
    case Metric::CamerasPerKm2: return tr("Cameras per km²");
    case Metric::CamerasPer1000: return tr("Cameras per 1,000 inhabitants");
    case Metric::InhabitantsPerCamera: return tr("Inhabitants per camera");
    case Metric::Sites: return tr("Sites");
    }
    return {};
}

QString Metrics::shortLabel(Metric metric)
{
    switch (metric) {
    case Metric::Cameras: return tr("Cameras");
    case Metric::CamerasPerKm2: return tr("per km²");
    case Metric::CamerasPer1000: return tr("per 1,000 inh.");
    case Metric::InhabitantsPerCamera: return tr("inh. per camera");
    case Metric::Sites: return tr("Sites");
    }
    return {};
}

std::optional<double> Metrics::value(const analysis::BoundaryFigures &f, Metric metric)
{
    switch (metric) {
    case Metric::Cameras: return double(f.cameras);
    case Metric::CamerasPerKm2: return f.camerasPerKm2;
    case Metric::CamerasPer1000: return f.camerasPer1000;
    case Metric::InhabitantsPerCamera: return f.inhabitantsPerCamera;
    case Metric::Sites: return double(f.sites);
    }
    return std::nullopt;
}

int Metrics::decimals(Metric metric)
{
    switch (metric) {
    case Metric::Cameras:
    case Metric::Sites:
    case Metric::InhabitantsPerCamera: return 0;
    case Metric::CamerasPerKm2: return 3;
    case Metric::CamerasPer1000: return 2;
    }
    return 2;
}

bool Metrics::higherIsDenser(Metric metric)
{
    return metric != Metric::InhabitantsPerCamera;
}

} // namespace nadzor::report
