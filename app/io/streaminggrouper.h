#pragma once
// Groups cameras into sites while the file is read, handing them on at once (the streaming
// counterpart of SiteGrouper): the first camera at a position (rounded to 1e-7 degrees) makes a
// site through SiteStream::addSite; later cameras there go to SiteStream::addCamera with that
// site's id. Only a position -> site id table is kept, not the cameras.
#include "domain/result.h"
#include "domain/site.h"
#include "io/importoptions.h"

#include <QStringList>
#include <unordered_map>

namespace nadzor::io {

class StreamingGrouper {
public:
    explicit StreamingGrouper(const SiteStream &stream) : m_stream(stream) {}

    // Hands the camera at `position` on. The site fields of `siteFields` (uuid, address,
    // description) fill the site's empty fields (SiteStream::updateSite); a conflicting value is
    // reported in warnings(). A failure of the stream is returned as it is.
    domain::Status add(const domain::GeoPoint &position, const domain::Site &siteFields,
                       domain::Camera camera);

    qint64 siteCount() const { return m_sites; }
    qint64 cameraCount() const { return m_cameras; }
    QStringList warnings() const;

private:
    struct Key {
        qint64 lon;
        qint64 lat;
        bool operator==(const Key &o) const { return lon == o.lon && lat == o.lat; }
    };
    struct KeyHash {
        size_t operator()(const Key &k) const noexcept
        {
            return std::hash<qint64>()(k.lon * 1000000007LL ^ k.lat);
        }
    };
    // The fields a site was given by its cameras, kept only for sites that have any.
    struct Fields {
        domain::GeoPoint position;
        QString uuid;
        QString address;
        QString description;
    };
    void warn(const QString &text);

    const SiteStream &m_stream;
    std::unordered_map<Key, qint64, KeyHash> m_ids; // position -> site id
    std::unordered_map<qint64, Fields> m_fields;
    qint64 m_sites = 0;
    qint64 m_cameras = 0;
    QStringList m_warnings;
    qint64 m_suppressedWarnings = 0;
};

} // namespace nadzor::io
