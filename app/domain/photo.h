#pragma once
// A photo attached to a site or to a camera, stored inside the project file with its
// metadata (EXIF, XMP, IPTC) removed.
#include "domain/geopoint.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace nadzor::domain {

struct Photo {
    qint64 id = 0;
    QString uuid;
    qint64 siteId = 0;    // exactly one of siteId and cameraId is set
    qint64 cameraId = 0;
    QString fileName;     // the original file's name, without its folder
    QString mimeType;     // image/jpeg, image/png, ...
    int width = 0;
    int height = 0;
    QByteArray data;      // the image bytes, metadata stripped
    QDateTime added;      // UTC
};

// What was read from a photo before its metadata was stripped.
struct PhotoMetadata {
    std::optional<GeoPoint> gpsPosition;  // from EXIF GPS tags, if present
    QDateTime taken;                      // EXIF DateTimeOriginal, if present
};

} // namespace nadzor::domain
