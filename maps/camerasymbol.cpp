#include "maps/camerasymbol.h"

#include "domain/direction.h"

namespace nadzor::maps {

CameraSymbol CameraSymbol::fromCamera(const domain::Camera &camera, const domain::GeoPoint &position)
{
    CameraSymbol s;
    s.lon = position.lon;
    s.lat = position.lat;
    s.id = camera.id;
    const QString type = camera.surveillanceType.trimmed().toLower();
    const QString ctype = camera.cameraType.trimmed().toLower();
    if (type == QLatin1String("alpr"))
        s.kind = quint8(CameraKind::Alpr);
    else if (type == QLatin1String("guard"))
        s.kind = quint8(CameraKind::Guard);
    else if (ctype == QLatin1String("dome"))
        s.kind = quint8(CameraKind::Dome);
    else if (type.isEmpty() || type == QLatin1String("camera"))
        s.kind = quint8(CameraKind::Camera);
    else
        s.kind = quint8(CameraKind::Other);
    s.status = quint8(camera.status);
    s.face = quint8(camera.faceRecognition);
    if (const auto dir = domain::Direction::parse(camera.direction); dir && !dir->isEmpty()) {
        const domain::DirectionRange &r = dir->ranges().first();
        s.direction = float(r.centre());
        if (r.range && r.sweep() > 0)
            s.angle = float(r.sweep());
    }
    if (camera.angle && *camera.angle > 0)
        s.angle = float(*camera.angle);
    return s;
}

} // namespace nadzor::maps
