#pragma once
// Two volunteers' projects of the same town, made in a temporary folder by the merge tests.
//
// "ours" (author Jelena):                 "theirs" (author Ana), merged into ours:
//  site 1: Hikvision dome 90 (uuids U1/C1)   1: the same site, same uuids, same fields -> skip
//  site 2: Dahua dome 180                    2: 5 m north of site 2: Dahua dome 185 with a model,
//                                               and a Dahua fixed 0; a site photo -> merge into 2
//  site 3: Hikvision dome 0                  3: 5 m east of site 3, Hikvision fixed -> add, review
//  site 4: Axis fixed                        4: 40 m from site 4, Axis fixed -> add (no candidate)
//                                            5: far from everything, with a camera photo -> add
#include "domain/site.h"
#include "store/projectstore.h"

#include <QBuffer>
#include <QImage>
#include <QString>

#include <cmath>

namespace nadzor::merge::test {

inline const QString siteUuid1 = QStringLiteral("018f0000-0000-7000-8000-000000000001");
inline const QString cameraUuid1 = QStringLiteral("018f0000-0000-7000-8000-0000000000c1");

// A point `north` and `east` metres from p (a local flat approximation, exact to millimetres
// over tens of metres).
inline domain::GeoPoint offset(const domain::GeoPoint &p, double north, double east)
{
    constexpr double r = 6371008.8;
    constexpr double rad = 3.14159265358979323846 / 180.0;
    return {p.lon + east / (r * std::cos(p.lat * rad)) / rad, p.lat + north / r / rad};
}

inline domain::Camera camera(const QString &manufacturer, const QString &type, const QString &direction,
                             const QString &uuid = {})
{
    domain::Camera c;
    c.uuid = uuid;
    c.surveillance = QStringLiteral("public");
    c.surveillanceType = QStringLiteral("camera");
    c.manufacturer = manufacturer;
    c.cameraType = type;
    c.direction = direction;
    return c;
}

inline domain::Site site(const domain::GeoPoint &p, const QList<domain::Camera> &cameras, const QString &uuid = {})
{
    domain::Site s;
    s.uuid = uuid;
    s.position = p;
    s.cameras = cameras;
    return s;
}

inline const domain::GeoPoint P1{19.8400, 45.2500};
inline const domain::GeoPoint P2{19.8500, 45.2500};
inline const domain::GeoPoint P3{19.8600, 45.2500};
inline const domain::GeoPoint P4{19.8700, 45.2500};
inline const domain::GeoPoint P5{19.9000, 45.2600};

inline QByteArray jpeg(Qt::GlobalColor colour)
{
    QImage image(24, 16, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    return bytes;
}

// Creates ours.nadzor and theirs.nadzor in `dir`; false (with the reason in *error) on failure.
inline bool makeProjects(const QString &dir, QString *error)
{
    auto fail = [&](const QString &message) {
        *error = message;
        return false;
    };
    {
        auto created = store::ProjectStore::create(dir + QStringLiteral("/ours.nadzor"));
        if (!created)
            return fail(created.errorString());
        auto &ours = *created.value();
        ours.setAuthor(QStringLiteral("Jelena"));
        QList<domain::Site> sites = {
            site(P1, {camera(QStringLiteral("Hikvision"), QStringLiteral("dome"), QStringLiteral("90"), cameraUuid1)},
                 siteUuid1),
            site(P2, {camera(QStringLiteral("Dahua"), QStringLiteral("dome"), QStringLiteral("180"))}),
            site(P3, {camera(QStringLiteral("Hikvision"), QStringLiteral("dome"), QStringLiteral("0"))}),
            site(P4, {camera(QStringLiteral("Axis"), QStringLiteral("fixed"), QStringLiteral("270"))}),
        };
        for (domain::Site &s : sites) {
            if (auto id = ours.addSite(s); !id)
                return fail(id.errorString());
        }
    }
    auto created = store::ProjectStore::create(dir + QStringLiteral("/theirs.nadzor"));
    if (!created)
        return fail(created.errorString());
    auto &theirs = *created.value();
    theirs.setAuthor(QStringLiteral("Ana"));
    domain::Camera withModel = camera(QStringLiteral("Dahua"), QStringLiteral("dome"), QStringLiteral("185"));
    withModel.model = QStringLiteral("DH-SD49");
    QList<domain::Site> sites = {
        site(P1, {camera(QStringLiteral("Hikvision"), QStringLiteral("dome"), QStringLiteral("90"), cameraUuid1)},
             siteUuid1),
        site(offset(P2, 5.0, 0.0), {withModel, camera(QStringLiteral("Dahua"), QStringLiteral("fixed"), QStringLiteral("0"))}),
        site(offset(P3, 0.0, 5.0), {camera(QStringLiteral("Hikvision"), QStringLiteral("fixed"), QStringLiteral("0"))}),
        site(offset(P4, 40.0, 0.0), {camera(QStringLiteral("Axis"), QStringLiteral("fixed"), QStringLiteral("270"))}),
        site(P5, {camera(QStringLiteral("Huawei"), QStringLiteral("panning"), {})}),
    };
    for (domain::Site &s : sites) {
        if (auto id = theirs.addSite(s); !id)
            return fail(id.errorString());
    }
    domain::Photo sitePhoto;
    sitePhoto.siteId = sites[1].id;
    sitePhoto.fileName = QStringLiteral("pole.jpg");
    sitePhoto.data = jpeg(Qt::darkGreen);
    if (auto id = theirs.addPhoto(sitePhoto); !id)
        return fail(id.errorString());
    domain::Photo cameraPhoto;
    cameraPhoto.cameraId = sites[4].cameras[0].id;
    cameraPhoto.fileName = QStringLiteral("huawei.jpg");
    cameraPhoto.data = jpeg(Qt::darkBlue);
    if (auto id = theirs.addPhoto(cameraPhoto); !id)
        return fail(id.errorString());
    return true;
}

} // namespace nadzor::merge::test
