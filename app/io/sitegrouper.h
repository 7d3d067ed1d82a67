#pragma once
// Groups cameras into sites: points at the same position (after rounding to 1e-7 degrees) are
// cameras of one site. Sites come out in the order their first camera came in.
#include "domain/result.h"
#include "domain/site.h"
#include "io/importoptions.h"

#include <QByteArray>
#include <QStringList>
#include <deque>
#include <unordered_map>

namespace nadzor::io {

class SiteGrouper {
public:
    // Adds a camera at `position`. The site fields of `siteFields` (uuid, address, description)
    // fill the site's empty fields; a conflicting value is reported in warnings().
    void add(const domain::GeoPoint &position, const domain::Site &siteFields,
             domain::Camera camera);

    qint64 siteCount() const { return static_cast<qint64>(m_sites.size()); }
    qint64 cameraCount() const { return m_cameras; }
    const QStringList &warnings() const { return m_warnings; }

    // Hands every site to the sink in order and forgets them. Stops at the first failure.
    domain::Status flush(const SiteSink &sink);

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
    // A site waiting for the end of the file, with its cameras serialized: as Site/Camera
    // structs 1M single-camera sites made the importer peak at 829 MB resident, serialized at
    // 449 MB (bench_import BM_ImporterOnly/1000000, GDAL's own reading included).
    struct Pending {
        domain::GeoPoint position;
        QString uuid;
        QString address;
        QString description;
        QByteArray cameras;  // serialized cameras, appended one after another
        int cameraCount = 0;
    };
    void warn(const QString &text);
    static void writeCamera(QByteArray &out, const domain::Camera &camera);
    static domain::Site restore(Pending &pending);

    std::deque<Pending> m_sites;
    std::unordered_map<Key, size_t, KeyHash> m_index;
    qint64 m_cameras = 0;
    QStringList m_warnings;
    qint64 m_suppressedWarnings = 0;
};

} // namespace nadzor::io
