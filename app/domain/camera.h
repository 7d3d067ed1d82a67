#pragma once
// A camera hangs at a site. Its attributes follow OpenStreetMap's surveillance tags so that
// data moves to and from OSM without loss; the rest are Nadzor's own fields.
#include "domain/enums.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <optional>

namespace nadzor::domain {

struct Camera {
    qint64 id = 0;       // row id in the project store, 0 before it is stored
    qint64 siteId = 0;   // the site it hangs at
    QString uuid;        // stable across projects, for merging volunteers' work

    // OpenStreetMap keys (the key is given beside each field).
    QString surveillance;      // surveillance=public|outdoor|indoor
    QString surveillanceType;  // surveillance:type=camera|ALPR|guard|...
    QString surveillanceZone;  // surveillance:zone=town|traffic|parking|shop|building|...
    QString cameraType;        // camera:type=fixed|dome|panning
    QString cameraMount;       // camera:mount=wall|pole|ceiling|street_lamp|...
    QString direction;         // camera:direction, raw OSM text ("90", "0;180", "90-270", "NE")
    std::optional<double> angle;   // camera:angle, field of view in degrees
    std::optional<double> tilt;    // camera:tilt, degrees below the horizon
    std::optional<double> height;  // height, metres above ground
    QString operatorName;      // operator
    QString manufacturer;      // manufacturer (Dahua, Hikvision, Huawei, ...)
    QString model;             // model

    // Nadzor's own fields.
    FaceRecognition faceRecognition = FaceRecognition::Unknown;
    VerificationStatus status = VerificationStatus::Unverified;
    QString reviewedBy;        // who set the status
    QDateTime reviewedAt;      // when the status was set (UTC)
    QDate observed;            // date observed
    QString source;            // volunteer, procurement document, OSM node id, ...
    QString notes;
    QMap<QString, QString> tags;  // free key=value tags for anything else

    bool operator==(const Camera &o) const
    {
        return id == o.id && siteId == o.siteId && uuid == o.uuid && surveillance == o.surveillance
            && surveillanceType == o.surveillanceType && surveillanceZone == o.surveillanceZone
            && cameraType == o.cameraType && cameraMount == o.cameraMount
            && direction == o.direction && angle == o.angle && tilt == o.tilt
            && height == o.height && operatorName == o.operatorName
            && manufacturer == o.manufacturer && model == o.model
            && faceRecognition == o.faceRecognition && status == o.status
            && reviewedBy == o.reviewedBy && reviewedAt == o.reviewedAt
            && observed == o.observed && source == o.source && notes == o.notes
            && tags == o.tags;
    }
    bool operator!=(const Camera &o) const { return !(*this == o); }
};

} // namespace nadzor::domain
