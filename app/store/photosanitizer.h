#pragma once
// Checks that bytes are an image and strips them of their metadata (EXIF, XMP, IPTC, comments)
// before they go into a project, reading the GPS position and the time taken on the way.
//
// JPEG is stripped in place with exiv2 (EXIF, XMP, IPTC and comment segments removed), so the
// pixels are not re-encoded; only a non-default EXIF orientation is written back (it carries no
// personal data and keeps portrait photos upright). Every other format Qt can read (PNG, WebP,
// TIFF, GIF, BMP, ...) is rebuilt from its pixels and stored as PNG (lossless), because these
// formats hide metadata in places exiv2 does not clear (PNG tEXt chunks, TIFF tags, ...).
#include "domain/photo.h"
#include "domain/result.h"

#include <QByteArray>
#include <QString>

namespace nadzor::store {

struct SanitizedPhoto {
    QByteArray data;       // the stripped bytes
    QString mimeType;      // image/jpeg, image/png, ...
    int width = 0;
    int height = 0;
    domain::PhotoMetadata metadata;
};

class PhotoSanitizer {
public:
    // `fileName` only names the photo in messages.
    static domain::Result<SanitizedPhoto> sanitize(const QByteArray &bytes, const QString &fileName);
};

} // namespace nadzor::store
