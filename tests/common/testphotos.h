#pragma once
// Photos for tests of the volunteer's workflow: a JPEG carrying GPS and author metadata, and a
// check that a stored photo carries none.
#include <QByteArray>

namespace nadzor::testing {

// A 64×48 JPEG with GPS 44°48'59.76"N 20°27'25.2"E (Belgrade) and the EXIF Artist
// "Secret Volunteer", written with exiv2.
QByteArray jpegWithGps();

// True when the image has any EXIF, XMP or IPTC metadata left.
bool hasPhotoMetadata(const QByteArray &bytes);

} // namespace nadzor::testing
