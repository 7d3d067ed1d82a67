#pragma once
// The compact per-camera record the map draws (40 bytes, so a million fit comfortably).
#include "domain/camera.h"
#include "domain/geopoint.h"

#include <QtGlobal>
#include <cmath>

namespace nadzor::maps {

enum class CameraKind : quint8 { Camera = 0, Alpr = 1, Dome = 2, Guard = 3, Other = 4 };
constexpr int kCameraKindCount = 5;
constexpr int kCameraStatusCount = 4;  // domain::VerificationStatus: unverified..removed
constexpr int kCameraFaceCount = 4;    // domain::FaceRecognition: unknown..confirmed

struct CameraSymbol {
    double lon = 0.0;
    double lat = 0.0;
    qint64 id = 0;
    float direction = std::nanf("");  // degrees clockwise from north, NaN if unknown
    float angle = std::nanf("");      // field of view in degrees, NaN if unknown
    quint8 kind = 0;                  // CameraKind
    quint8 status = 0;                // domain::VerificationStatus
    quint8 face = 0;                  // domain::FaceRecognition

    bool hasDirection() const { return std::isfinite(direction); }
    // The field of view to draw: the given angle, or 60° when only the direction is known.
    float coneAngle() const { return std::isfinite(angle) && angle > 0 ? angle : 60.0f; }

    // The symbol for a stored camera at a position: kind from surveillance:type/camera:type,
    // the cone from camera:direction (the middle of a range, its sweep as the angle) and
    // camera:angle.
    static CameraSymbol fromCamera(const domain::Camera &camera, const domain::GeoPoint &position);
};

} // namespace nadzor::maps
