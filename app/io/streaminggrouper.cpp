#include "io/streaminggrouper.h"

#include <cmath>
#include <QCoreApplication>

namespace nadzor::io {

namespace {
constexpr int MaxWarnings = 20; // as SiteGrouper
}

void StreamingGrouper::warn(const QString &text)
{
    if (m_warnings.size() < MaxWarnings)
        m_warnings << text;
    else
        ++m_suppressedWarnings;
}

QStringList StreamingGrouper::warnings() const
{
    QStringList out = m_warnings;
    if (m_suppressedWarnings > 0)
        out << QCoreApplication::translate("nadzor::io", "... and %1 more warnings like these").arg(m_suppressedWarnings);
    return out;
}

domain::Status StreamingGrouper::add(const domain::GeoPoint &position, const domain::Site &siteFields,
                                     domain::Camera camera)
{
    const Key key{std::llround(position.lon * 1e7), std::llround(position.lat * 1e7)};
    const bool hasFields = !siteFields.uuid.isEmpty() || !siteFields.address.isEmpty()
        || !siteFields.description.isEmpty();
    const auto found = m_ids.find(key);
    if (found == m_ids.end()) {
        domain::Site site;
        site.uuid = siteFields.uuid;
        site.position = position;
        site.address = siteFields.address;
        site.description = siteFields.description;
        site.cameras.append(std::move(camera));
        if (domain::Status s = m_stream.addSite(site); !s)
            return s;
        m_ids.emplace(key, site.id);
        if (hasFields)
            m_fields.emplace(site.id, Fields{position, siteFields.uuid, siteFields.address, siteFields.description});
        ++m_sites;
        ++m_cameras;
        return {};
    }
    const qint64 siteId = found->second;
    if (hasFields) {
        auto [it, inserted] = m_fields.try_emplace(siteId);
        Fields &site = it->second;
        if (inserted)
            site.position = position;
        bool changed = false;
        const auto merge = [&](QString &mine, const QString &theirs, const char *what) {
            if (theirs.isEmpty() || mine == theirs)
                return;
            if (mine.isEmpty()) {
                mine = theirs;
                changed = true;
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
        if (changed) {
            domain::Site update;
            update.id = siteId;
            update.uuid = site.uuid;
            update.position = site.position;
            update.address = site.address;
            update.description = site.description;
            if (domain::Status s = m_stream.updateSite(update); !s)
                return s;
        }
    }
    if (domain::Status s = m_stream.addCamera(siteId, camera); !s)
        return s;
    ++m_cameras;
    return {};
}

} // namespace nadzor::io
