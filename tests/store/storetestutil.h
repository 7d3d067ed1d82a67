#pragma once
// Shared helpers of the store tests: sample sites and cameras with every field set.
#include "domain/site.h"

#include <QTimeZone>

namespace nadzor::store::test {

inline domain::Camera fullCamera(const QString &model = QStringLiteral("DH-IPC-HFW5442"))
{
    domain::Camera c;
    c.surveillance = QStringLiteral("public");
    c.surveillanceType = QStringLiteral("camera");
    c.surveillanceZone = QStringLiteral("traffic");
    c.cameraType = QStringLiteral("dome");
    c.cameraMount = QStringLiteral("pole");
    c.direction = QStringLiteral("90-270;NE");
    c.angle = 62.5;
    c.tilt = 15.0;
    c.height = 4.25;
    c.operatorName = QStringLiteral("MUP Srbije");
    c.manufacturer = QStringLiteral("Huawei");
    c.model = model;
    c.faceRecognition = domain::FaceRecognition::Suspected;
    c.status = domain::VerificationStatus::Verified;
    c.reviewedBy = QStringLiteral("Jelena");
    c.reviewedAt = QDateTime(QDate(2024, 3, 5), QTime(12, 34, 56, 789), Qt::UTC);
    c.observed = QDate(2024, 2, 29);
    c.source = QStringLiteral("volunteer");
    c.notes = QStringLiteral("Ćirilica: Београд, „navodnici“");
    c.tags.insert(QStringLiteral("note:sr"), QStringLiteral("камера"));
    return c;
}

inline domain::Camera bareCamera()
{
    return domain::Camera();
}

inline domain::Site siteAt(double lon, double lat, int cameras = 1)
{
    domain::Site s;
    s.position = {lon, lat};
    for (int i = 0; i < cameras; ++i)
        s.cameras.append(i == 0 ? fullCamera() : bareCamera());
    return s;
}

} // namespace nadzor::store::test
