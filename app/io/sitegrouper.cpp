#include "io/sitegrouper.h"

#include <QDataStream>
#include <QIODevice>

#include <cmath>
#include <QCoreApplication>

namespace nadzor::io {

namespace {
constexpr int MaxWarnings = 20;
}

void SiteGrouper::warn(const QString &text)
{
    if (m_warnings.size() < MaxWarnings)
        m_warnings << text;
    else
        ++m_suppressedWarnings;
}

void SiteGrouper::writeCamera(QByteArray &out, const domain::Camera &camera)
{
    QDataStream stream(&out, QIODevice::WriteOnly | QIODevice::Append);
    stream << camera.uuid << camera.surveillance << camera.surveillanceType
           << camera.surveillanceZone << camera.cameraType << camera.cameraMount
           << camera.direction << camera.angle.has_value() << camera.angle.value_or(0.0)
           << camera.tilt.has_value() << camera.tilt.value_or(0.0) << camera.height.has_value()
           << camera.height.value_or(0.0) << camera.operatorName << camera.manufacturer
           << camera.model << qint8(camera.faceRecognition) << qint8(camera.status)
           << camera.reviewedBy << camera.reviewedAt << camera.observed << camera.source
           << camera.notes << camera.tags;
}

domain::Site SiteGrouper::restore(Pending &pending)
{
    domain::Site site;
    site.uuid = std::move(pending.uuid);
    site.position = pending.position;
    site.address = std::move(pending.address);
    site.description = std::move(pending.description);
    site.cameras.reserve(pending.cameraCount);
    QDataStream stream(pending.cameras);
    for (int i = 0; i < pending.cameraCount; ++i) {
        domain::Camera c;
        bool hasAngle = false, hasTilt = false, hasHeight = false;
        double angle = 0, tilt = 0, height = 0;
        qint8 face = 0, status = 0;
        stream >> c.uuid >> c.surveillance >> c.surveillanceType >> c.surveillanceZone
            >> c.cameraType >> c.cameraMount >> c.direction >> hasAngle >> angle >> hasTilt
            >> tilt >> hasHeight >> height >> c.operatorName >> c.manufacturer >> c.model >> face
            >> status >> c.reviewedBy >> c.reviewedAt >> c.observed >> c.source >> c.notes
            >> c.tags;
        if (hasAngle)
            c.angle = angle;
        if (hasTilt)
            c.tilt = tilt;
        if (hasHeight)
            c.height = height;
        c.faceRecognition = static_cast<domain::FaceRecognition>(face);
        c.status = static_cast<domain::VerificationStatus>(status);
        site.cameras.append(std::move(c));
    }
    pending.cameras.clear();
    pending.cameras.squeeze();
    return site;
}

void SiteGrouper::add(const domain::GeoPoint &position, const domain::Site &siteFields,
                      domain::Camera camera)
{
    const Key key{std::llround(position.lon * 1e7), std::llround(position.lat * 1e7)};
    ++m_cameras;
    const auto found = m_index.find(key);
    if (found == m_index.end()) {
        m_index.emplace(key, m_sites.size());
        Pending &site = m_sites.emplace_back();
        site.uuid = siteFields.uuid;
        site.position = position;
        site.address = siteFields.address;
        site.description = siteFields.description;
        writeCamera(site.cameras, camera);
        site.cameras.squeeze();  // most sites keep their one camera
        site.cameraCount = 1;
        return;
    }
    Pending &site = m_sites[found->second];
    const auto merge = [&](QString &mine, const QString &theirs, const char *what) {
        if (theirs.isEmpty() || mine == theirs)
            return;
        if (mine.isEmpty()) {
            mine = theirs;
            return;
        }
        warn(QCoreApplication::translate("nadzor::io", "cameras at %1, %2 give different %3s ('%4' and '%5'); kept '%4'")
                 .arg(site.position.lat, 0, 'f', 7)
                 .arg(site.position.lon, 0, 'f', 7)
                 .arg(QLatin1String(what), mine, theirs));
    };
    merge(site.uuid, siteFields.uuid, "site uuid");
    merge(site.address, siteFields.address, "address");
    merge(site.description, siteFields.description, "description");
    writeCamera(site.cameras, camera);
    ++site.cameraCount;
}

domain::Status SiteGrouper::flush(const SiteSink &sink)
{
    if (m_suppressedWarnings > 0) {
        m_warnings << QCoreApplication::translate("nadzor::io", "... and %1 more warnings like these")
                          .arg(m_suppressedWarnings);
        m_suppressedWarnings = 0;
    }
    m_index = {};
    while (!m_sites.empty()) {
        domain::Site site = restore(m_sites.front());
        m_sites.pop_front();  // free the memory as we go
        domain::Status status = sink(site);
        if (!status) {
            m_sites.clear();
            return status;
        }
    }
    return {};
}

} // namespace nadzor::io
