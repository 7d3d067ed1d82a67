#include "testphotos.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <exiv2/exiv2.hpp>

namespace nadzor::testing {

QByteArray jpegWithGps()
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(120, 140, 160));
    QByteArray plain;
    QBuffer buffer(&plain);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    auto exiv = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(plain.constData()), long(plain.size()));
    exiv->readMetadata();
    Exiv2::ExifData &exif = exiv->exifData();
    exif["Exif.GPSInfo.GPSVersionID"] = "2 3 0 0";
    exif["Exif.GPSInfo.GPSLatitudeRef"] = "N";
    exif["Exif.GPSInfo.GPSLatitude"] = "44/1 48/1 5976/100";
    exif["Exif.GPSInfo.GPSLongitudeRef"] = "E";
    exif["Exif.GPSInfo.GPSLongitude"] = "20/1 27/1 252/10";
    exif["Exif.Image.Artist"] = "Secret Volunteer";
    exiv->writeMetadata();
    Exiv2::BasicIo &io = exiv->io();
    io.open();
    const Exiv2::DataBuf buf = io.read(long(io.size()));
    io.close();
    return QByteArray(reinterpret_cast<const char *>(buf.pData_), int(buf.size_));
}

bool hasPhotoMetadata(const QByteArray &bytes)
{
    auto exiv = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(bytes.constData()), long(bytes.size()));
    exiv->readMetadata();
    return !exiv->exifData().empty() || !exiv->xmpData().empty() || !exiv->iptcData().empty();
}

} // namespace nadzor::testing
