#include "store/photosanitizer.h"

#include <QBuffer>
#include <QColorSpace>
#include <QImage>
#include <QImageReader>
#include <QTimeZone>

#include <exiv2/exiv2.hpp>

#include <cmath>
#include <mutex>
#include <QCoreApplication>

namespace nadzor::store {

namespace {

void initExiv2()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
        Exiv2::XmpParser::initialize();
    });
}

struct Decoded {
    QByteArray format;
    QSize size;
};

// Decodes the whole image with Qt: an image we store must be one that Qt shows.
std::optional<Decoded> decode(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(false);
    if (!reader.canRead())
        return std::nullopt;
    const QByteArray format = reader.format().toLower();
    const QImage image = reader.read();
    if (image.isNull() || image.width() <= 0 || image.height() <= 0)
        return std::nullopt;
    return Decoded{format, image.size()};
}

QString mimeTypeOf(const QByteArray &format)
{
    if (format == "jpeg" || format == "jpg")
        return QStringLiteral("image/jpeg");
    if (format == "tif" || format == "tiff")
        return QStringLiteral("image/tiff");
    return QStringLiteral("image/") + QString::fromLatin1(format);
}

// Degrees from an EXIF GPS coordinate (three rationals: degrees, minutes, seconds).
std::optional<double> gpsDegrees(const Exiv2::ExifData &exif, const char *key, const char *refKey,
                                 char negativeRef)
{
    const auto value = exif.findKey(Exiv2::ExifKey(key));
    const auto ref = exif.findKey(Exiv2::ExifKey(refKey));
    if (value == exif.end() || ref == exif.end() || value->count() < 1)
        return std::nullopt;
    double degrees = 0.0;
    double scale = 1.0;
    for (long i = 0; i < value->count() && i < 3; ++i) {
        const Exiv2::Rational r = value->toRational(i);
        if (r.second == 0)
            return std::nullopt;
        degrees += double(r.first) / double(r.second) / scale;
        scale *= 60.0;
    }
    const std::string refText = ref->toString();
    if (!refText.empty() && (refText[0] == negativeRef || refText[0] == negativeRef + 32))
        degrees = -degrees;
    if (!std::isfinite(degrees))
        return std::nullopt;
    return degrees;
}

domain::PhotoMetadata readMetadata(const Exiv2::ExifData &exif)
{
    domain::PhotoMetadata out;
    const auto lat = gpsDegrees(exif, "Exif.GPSInfo.GPSLatitude", "Exif.GPSInfo.GPSLatitudeRef", 'S');
    const auto lon = gpsDegrees(exif, "Exif.GPSInfo.GPSLongitude", "Exif.GPSInfo.GPSLongitudeRef", 'W');
    if (lat && lon) {
        const domain::GeoPoint point{*lon, *lat};
        if (point.isValid())
            out.gpsPosition = point;
    }
    const auto taken = exif.findKey(Exiv2::ExifKey("Exif.Photo.DateTimeOriginal"));
    if (taken != exif.end()) {
        const QString text = QString::fromStdString(taken->toString()).trimmed();
        QDateTime time = QDateTime::fromString(text, QStringLiteral("yyyy:MM:dd HH:mm:ss"));
        if (time.isValid()) {
            // EXIF 2.31 gives the zone in OffsetTimeOriginal ("+02:00"); without it the time is
            // the camera's wall-clock time and is kept as local time.
            const auto offset = exif.findKey(Exiv2::ExifKey("Exif.Photo.OffsetTimeOriginal"));
            if (offset != exif.end()) {
                const QString o = QString::fromStdString(offset->toString()).trimmed();
                if (o.size() == 6 && (o[0] == QLatin1Char('+') || o[0] == QLatin1Char('-'))
                    && o[3] == QLatin1Char(':')) {
                    const int seconds = (o.mid(1, 2).toInt() * 60 + o.mid(4, 2).toInt()) * 60;
                    time.setTimeZone(QTimeZone(o[0] == QLatin1Char('-') ? -seconds : seconds));
                }
            }
            out.taken = time;
        }
    }
    return out;
}

} // namespace

domain::Result<SanitizedPhoto> PhotoSanitizer::sanitize(const QByteArray &bytes, const QString &fileName)
{
    initExiv2();
    const auto decoded = decode(bytes);
    if (!decoded)
        return domain::makeError(QCoreApplication::translate("nadzor::store", "not an image that can be read (JPEG, PNG, WebP, ...)"),
                                 fileName);

    SanitizedPhoto out;
    out.width = decoded->size.width();
    out.height = decoded->size.height();

    const QByteArray &format = decoded->format;
    if (format != "jpeg" && format != "jpg") {
        // Only JPEG is stripped in place. Other formats keep metadata in many places exiv2 does
        // not remove (PNG tEXt chunks, TIFF tags, ...): re-encode their pixels, losslessly, as
        // PNG. The image is rebuilt from its pixels so that no text entry travels along.
        const QImage image = QImage::fromData(bytes);
        if (image.isNull())
            return domain::makeError(QCoreApplication::translate("nadzor::store", "not an image that can be read"), fileName);
        QImage clean(image.constBits(), image.width(), image.height(), image.bytesPerLine(), image.format());
        clean = clean.copy();
        clean.setColorSpace(image.colorSpace());
        clean.setColorTable(image.colorTable());
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!clean.save(&buffer, "PNG"))
            return domain::makeError(QCoreApplication::translate("nadzor::store", "cannot convert the image to PNG"), fileName);
        out.data = png;
        out.mimeType = QStringLiteral("image/png");
        return out;
    }

    try {
        auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(bytes.constData()),
                                               long(bytes.size()));
        if (!image.get())
            return domain::makeError(QCoreApplication::translate("nadzor::store", "cannot read the image's metadata"), fileName);
        image->readMetadata();
        out.metadata = readMetadata(image->exifData());

        std::optional<long> orientation;
        const auto o = image->exifData().findKey(Exiv2::ExifKey("Exif.Image.Orientation"));
        if (o != image->exifData().end() && o->count() > 0 && o->toLong() > 1 && o->toLong() <= 8)
            orientation = o->toLong();

        image->clearMetadata(); // EXIF, IPTC, XMP and comments
        if (orientation)
            image->exifData()["Exif.Image.Orientation"] = uint16_t(*orientation);
        image->writeMetadata();

        Exiv2::BasicIo &io = image->io();
        if (io.open() != 0)
            return domain::makeError(QCoreApplication::translate("nadzor::store", "cannot read the stripped image back"), fileName);
        const long size = long(io.size());
        io.seek(0, Exiv2::BasicIo::beg);
        Exiv2::DataBuf data = io.read(size);
        io.close();
        if (data.size_ != size)
            return domain::makeError(QCoreApplication::translate("nadzor::store", "cannot read the stripped image back"), fileName);
        out.data = QByteArray(reinterpret_cast<const char *>(data.pData_), int(data.size_));
    } catch (const Exiv2::AnyError &e) {
        return domain::makeError(QCoreApplication::translate("nadzor::store", "cannot strip the image's metadata: %1")
                                     .arg(QString::fromStdString(e.what())),
                                 fileName);
    } catch (const std::exception &e) {
        return domain::makeError(QCoreApplication::translate("nadzor::store", "cannot strip the image's metadata: %1")
                                     .arg(QString::fromLocal8Bit(e.what())),
                                 fileName);
    }

    const auto check = decode(out.data);
    if (!check || check->size != decoded->size)
        return domain::makeError(QCoreApplication::translate("nadzor::store", "the image no longer decodes after its metadata was stripped"),
                                 fileName);
    out.mimeType = mimeTypeOf(check->format);
    return out;
}

} // namespace nadzor::store
