// Photos: the GPS position and time are read, EXIF/XMP/IPTC are stripped, the image still decodes
// with its size, and anything that is not an image is refused.
#include "store/photosanitizer.h"
#include "store/projectstore.h"
#include "storetestutil.h"

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <exiv2/exiv2.hpp>

using namespace nadzor;
using namespace nadzor::store;
using namespace nadzor::store::test;

namespace {

const char *const secretName = "Volunteer Secret-Name";

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QImage testImage(int w = 64, int h = 48)
{
    QImage image(w, h, QImage::Format_RGB32);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            image.setPixel(x, y, qRgb(x * 4, y * 5, 128));
    return image;
}

// A JPEG with GPS 44°48'59.76"N 20°27'25.2"E, DateTimeOriginal, an XMP creator and an IPTC
// byline, written with exiv2.
QByteArray jpegWithMetadata(const char *latRef = "N", const char *lonRef = "E")
{
    const QByteArray plain = encode(testImage(), "JPEG");
    auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(plain.constData()),
                                           long(plain.size()));
    image->readMetadata();
    Exiv2::ExifData &exif = image->exifData();
    exif["Exif.GPSInfo.GPSVersionID"] = "2 3 0 0";
    exif["Exif.GPSInfo.GPSLatitudeRef"] = latRef;
    exif["Exif.GPSInfo.GPSLatitude"] = "44/1 48/1 5976/100";
    exif["Exif.GPSInfo.GPSLongitudeRef"] = lonRef;
    exif["Exif.GPSInfo.GPSLongitude"] = "20/1 27/1 252/10";
    exif["Exif.Photo.DateTimeOriginal"] = "2023:06:01 14:30:05";
    exif["Exif.Image.Artist"] = secretName;
    exif["Exif.Image.Make"] = "PhoneMaker";
    image->xmpData()["Xmp.dc.creator"] = secretName;
    image->iptcData()["Iptc.Application2.Byline"] = secretName;
    image->writeMetadata();
    Exiv2::BasicIo &io = image->io();
    io.open();
    const Exiv2::DataBuf buf = io.read(long(io.size()));
    io.close();
    return QByteArray(reinterpret_cast<const char *>(buf.pData_), int(buf.size_));
}

struct Found {
    bool exif = false, xmp = false, iptc = false;
    QString comment;
};

Found metadataIn(const QByteArray &bytes)
{
    auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(bytes.constData()),
                                           long(bytes.size()));
    image->readMetadata();
    return {!image->exifData().empty(), !image->xmpData().empty(), !image->iptcData().empty(),
            QString::fromStdString(image->comment())};
}

} // namespace

class TestPhotos : public QObject {
    Q_OBJECT

private slots:
    void fixtureHasMetadata();
    void storedPhotoIsStripped();
    void southWestPosition();
    void pngTextIsStripped();
    void otherFormatsAreReencoded();
    void refusesNonImages_data();
    void refusesNonImages();
    void cameraPhotosAndParents();
};

void TestPhotos::fixtureHasMetadata()
{
    const QByteArray jpeg = jpegWithMetadata();
    const Found found = metadataIn(jpeg);
    QVERIFY(found.exif && found.xmp && found.iptc);
    QVERIFY(jpeg.contains(secretName));
}

void TestPhotos::storedPhotoIsStripped()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.nadzor"));
    const QByteArray original = jpegWithMetadata();
    qint64 siteId = 0;
    {
        auto store = ProjectStore::create(path).take();
        domain::Site site = siteAt(20.45, 44.81, 1);
        QVERIFY(store->addSite(site));
        siteId = site.id;
        domain::Photo photo;
        photo.siteId = site.id;
        photo.fileName = QStringLiteral("/media/card/DCIM/IMG_0001.JPG");
        photo.data = original;
        domain::PhotoMetadata metadata;
        auto id = store->addPhoto(photo, &metadata);
        QVERIFY2(id, qPrintable(id.errorString()));
        QVERIFY(metadata.gpsPosition);
        QVERIFY(qAbs(metadata.gpsPosition->lat - 44.8166) < 1e-6);
        QVERIFY(qAbs(metadata.gpsPosition->lon - 20.457) < 1e-6);
        QCOMPARE(metadata.taken.date(), QDate(2023, 6, 1));
        QCOMPARE(metadata.taken.time(), QTime(14, 30, 5));
        QCOMPARE(photo.mimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(photo.width, 64);
        QCOMPARE(photo.height, 48);
        QCOMPARE(photo.fileName, QStringLiteral("IMG_0001.JPG"));
        QVERIFY(photo.added.isValid());
        QVERIFY(!photo.data.contains(secretName));
    }
    auto store = ProjectStore::open(path).take();
    const auto photos = store->photosOfSite(siteId).value();
    QCOMPARE(photos.size(), 1);
    const QByteArray stored = photos.first().data;
    QVERIFY(!stored.isEmpty());
    QVERIFY(stored.size() < original.size());
    const Found found = metadataIn(stored);
    QVERIFY(!found.exif);
    QVERIFY(!found.xmp);
    QVERIFY(!found.iptc);
    QVERIFY(!stored.contains(secretName));
    QVERIFY(!stored.contains("PhoneMaker"));
    const QImage decoded = QImage::fromData(stored);
    QCOMPARE(decoded.size(), QSize(64, 48));
    // The pixels are not re-encoded: the stripped file decodes to the same image.
    QCOMPARE(decoded, QImage::fromData(original));
}

void TestPhotos::southWestPosition()
{
    auto result = PhotoSanitizer::sanitize(jpegWithMetadata("S", "W"), QStringLiteral("sw.jpg"));
    QVERIFY2(result, qPrintable(result.errorString()));
    QVERIFY(result.value().metadata.gpsPosition);
    QVERIFY(qAbs(result.value().metadata.gpsPosition->lat + 44.8166) < 1e-6);
    QVERIFY(qAbs(result.value().metadata.gpsPosition->lon + 20.457) < 1e-6);
    // Without GPS tags there is no position.
    auto plain = PhotoSanitizer::sanitize(encode(testImage(), "JPEG"), QStringLiteral("plain.jpg"));
    QVERIFY(plain);
    QVERIFY(!plain.value().metadata.gpsPosition);
    QVERIFY(!plain.value().metadata.taken.isValid());
}

void TestPhotos::pngTextIsStripped()
{
    QImage image = testImage(20, 10);
    image.setText(QStringLiteral("Author"), QString::fromLatin1(secretName));
    const QByteArray png = encode(image, "PNG");
    QVERIFY(png.contains(secretName));
    auto result = PhotoSanitizer::sanitize(png, QStringLiteral("a.png"));
    QVERIFY2(result, qPrintable(result.errorString()));
    QCOMPARE(result.value().mimeType, QStringLiteral("image/png"));
    QVERIFY(!result.value().data.contains(secretName));
    QCOMPARE(QImage::fromData(result.value().data).size(), QSize(20, 10));
}

void TestPhotos::otherFormatsAreReencoded()
{
    const QByteArray bmp = encode(testImage(16, 12), "BMP");
    QVERIFY(!bmp.isEmpty());
    auto result = PhotoSanitizer::sanitize(bmp, QStringLiteral("a.bmp"));
    QVERIFY2(result, qPrintable(result.errorString()));
    QCOMPARE(result.value().mimeType, QStringLiteral("image/png"));
    QCOMPARE(QImage::fromData(result.value().data, "PNG").size(), QSize(16, 12));
}

void TestPhotos::refusesNonImages_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("text") << QByteArray("id,lon,lat\n1,20.4,44.8\n");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated jpeg") << jpegWithMetadata().left(200);
    QTest::newRow("pdf") << QByteArray("%PDF-1.4\n1 0 obj << >> endobj\n");
}

void TestPhotos::refusesNonImages()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.nadzor"))).take();
    domain::Site site = siteAt(20.45, 44.81, 1);
    QVERIFY(store->addSite(site));
    domain::Photo photo;
    photo.siteId = site.id;
    photo.fileName = QStringLiteral("notes.jpg");
    photo.data = bytes;
    auto id = store->addPhoto(photo);
    QVERIFY(!id);
    QVERIFY2(id.errorString().contains(QStringLiteral("notes.jpg")), qPrintable(id.errorString()));
    QVERIFY2(id.errorString().contains(QStringLiteral("not an image")), qPrintable(id.errorString()));
    QVERIFY(store->photosOfSite(site.id).value().isEmpty());
    QVERIFY(store->journal().value().size() == 1);
}

void TestPhotos::cameraPhotosAndParents()
{
    QTemporaryDir dir;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.nadzor"))).take();
    domain::Site site = siteAt(20.45, 44.81, 2);
    QVERIFY(store->addSite(site));
    const QByteArray png = encode(testImage(8, 8), "PNG");

    domain::Photo both;
    both.siteId = site.id;
    both.cameraId = site.cameras[0].id;
    both.data = png;
    QVERIFY(!store->addPhoto(both));
    domain::Photo none;
    none.data = png;
    QVERIFY(!store->addPhoto(none));
    domain::Photo missing;
    missing.cameraId = 4242;
    missing.data = png;
    QVERIFY(!store->addPhoto(missing));

    domain::Photo onCamera;
    onCamera.cameraId = site.cameras[1].id;
    onCamera.data = png;
    QVERIFY(store->addPhoto(onCamera));
    QCOMPARE(onCamera.siteId, 0);
    QCOMPARE(store->photosOfCamera(site.cameras[1].id).value().size(), 1);
    QCOMPARE(store->photosOfCamera(site.cameras[0].id).value().size(), 0);
    QCOMPARE(store->photosOfSite(site.id).value().size(), 0);
    QVERIFY(store->deletePhoto(onCamera.id));
    QCOMPARE(store->photosOfCamera(site.cameras[1].id).value().size(), 0);
    QVERIFY(!store->deletePhoto(onCamera.id));

    // Deleting the camera takes its photos with it.
    QVERIFY(store->addPhoto(onCamera));
    QVERIFY(store->deleteCamera(site.cameras[1].id));
    QCOMPARE(store->photosOfCamera(site.cameras[1].id).value().size(), 0);
    QVERIFY(store->undo());
    QCOMPARE(store->photosOfCamera(site.cameras[1].id).value().size(), 1);
    QCOMPARE(store->photosOfCamera(site.cameras[1].id).value().first().data, onCamera.data);
}

QTEST_MAIN(TestPhotos)
#include "test_photos.moc"
