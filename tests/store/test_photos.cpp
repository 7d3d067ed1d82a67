// Photos: the GPS position and time are read, EXIF/XMP/IPTC are stripped, the image still decodes
// with its size, and anything that is not an image is refused.
#include "clirunner.h"
#include "store/photosanitizer.h"
#include "store/projectstore.h"
#include "storetestutil.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
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


// Noise: its JPEG bytes are unlike anything else in the file, so a slice of them can be searched.
QImage noiseImage(quint32 seed)
{
    QRandomGenerator random(seed);
    QImage image(96, 96, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, random.generate() | 0xff000000u);
    return image;
}

// Whether `pattern` is anywhere in the raw bytes of the project file or its -wal.
bool fileHolds(const QString &project, const QByteArray &pattern)
{
    for (const QString &path : {project, project + QStringLiteral("-wal")}) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(pattern))
            return true;
    }
    return false;
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
    void purgeDeletedPhotos_data();
    void purgeDeletedPhotos();
    void purgeCommand();
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

void TestPhotos::purgeDeletedPhotos_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("deleted by hand") << "photo";
    QTest::newRow("deleted with its camera") << "camera";
    QTest::newRow("deleted with its site") << "site";
    QTest::newRow("its addition undone") << "undo";
}

// A deleted photo stays in the file for undo until it is purged; after the purge not one slice
// of its bytes is left in the file or the WAL, undo says why it stops, and the kept photo is
// untouched.
void TestPhotos::purgeDeletedPhotos()
{
    QFETCH(QString, how);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.nadzor"));
    auto store = ProjectStore::create(path).take();
    domain::Site site = siteAt(20.45, 44.81, 1);
    QVERIFY(store->addSite(site));
    domain::Site other = siteAt(20.46, 44.82, 1);
    QVERIFY(store->addSite(other));

    domain::Photo kept;
    kept.siteId = other.id;
    kept.data = encode(noiseImage(7), "JPEG");
    QVERIFY(store->addPhoto(kept));
    domain::Photo secret;
    secret.cameraId = site.cameras[0].id;
    secret.fileName = QStringLiteral("secret.jpg");
    secret.data = encode(noiseImage(42), "JPEG");
    QVERIFY(store->addPhoto(secret));
    // The stored bytes (stripped of metadata): a slice from the middle of the image data.
    const QByteArray pattern = secret.data.mid(secret.data.size() / 2, 48);
    const QByteArray keptPattern = kept.data.mid(kept.data.size() / 2, 48);
    QCOMPARE(pattern.size(), 48);

    if (how == QLatin1String("photo"))
        QVERIFY(store->deletePhoto(secret.id));
    else if (how == QLatin1String("camera"))
        QVERIFY(store->deleteCamera(site.cameras[0].id));
    else if (how == QLatin1String("site"))
        QVERIFY(store->deleteSite(site.id));
    else
        QVERIFY(store->undo());
    QCOMPARE(store->deletedPhotoCount().value(), qint64(1));
    QVERIFY2(fileHolds(path, pattern), "the scan must find the deleted photo before the purge");
    QVERIFY(how == QLatin1String("undo") ? store->canRedo() : store->canUndo());

    auto purged = store->purgeDeletedPhotos();
    QVERIFY2(purged, qPrintable(purged.errorString()));
    QCOMPARE(purged.value(), qint64(1));
    QCOMPARE(store->deletedPhotoCount().value(), qint64(0));
    QVERIFY2(!fileHolds(path, pattern), "bytes of the purged photo are still in the file");
    QVERIFY(fileHolds(path, keptPattern) || store->photosOfSite(other.id).value().value(0).data == kept.data);
    QCOMPARE(store->photosOfSite(other.id).value().size(), 1);
    QCOMPARE(store->photosOfSite(other.id).value().first().data, kept.data);

    // Undo stops at the purge and says so; redo is given up.
    QVERIFY(!store->canUndo());
    QVERIFY(!store->canRedo());
    const domain::Status undone = store->undo();
    QVERIFY(!undone);
    QVERIFY2(undone.errorString().contains(QStringLiteral("the deleted photos were purged from the project on "))
                 && undone.errorString().contains(QStringLiteral("(1 photo); edits made before the purge can no "
                                                                 "longer be undone")),
             qPrintable(undone.errorString()));
    QVERIFY(!store->redo());
    QCOMPARE(store->photosOfCamera(site.cameras[0].id).value().size(), 0);
    QCOMPARE(store->journal().value().last().action, QStringLiteral("purge_photos"));

    // Still so after reopening, and new edits undo as usual.
    store.reset();
    QVERIFY(!fileHolds(path, pattern));
    store = ProjectStore::open(path).take();
    QVERIFY(!store->canUndo());
    QVERIFY(!store->undo());
    domain::Site later = siteAt(20.47, 44.83, 1);
    QVERIFY(store->addSite(later));
    QVERIFY(store->canUndo());
    QVERIFY(store->undo());
    QVERIFY(!store->undo());

    // Nothing left to purge: 0, and no new journal entry.
    const qint64 entries = store->journal().value().size();
    QCOMPARE(store->purgeDeletedPhotos().value(), qint64(0));
    QCOMPARE(store->journal().value().size(), entries);
}

// `nadzor purge PROJECT` end to end: --dry-run counts, the purge removes the bytes.
void TestPhotos::purgeCommand()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.nadzor"));
    QByteArray pattern;
    {
        auto store = ProjectStore::create(path).take();
        domain::Site site = siteAt(20.45, 44.81, 1);
        QVERIFY(store->addSite(site));
        domain::Photo photo;
        photo.siteId = site.id;
        photo.data = encode(noiseImage(99), "JPEG");
        QVERIFY(store->addPhoto(photo));
        pattern = photo.data.mid(photo.data.size() / 2, 48);
        QVERIFY(store->deletePhoto(photo.id));
    }
    QVERIFY(fileHolds(path, pattern));
    auto run = [&](const QStringList &args, QString *out) {
        const nadzor::test::CliRun r = nadzor::test::runNadzor(args, 60000);
        *out = r.out + r.err;
        return r.exitCode;
    };
    QString out;
    QCOMPARE(run({QStringLiteral("purge"), path, QStringLiteral("--dry-run")}, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("holds 1 deleted photo that can be purged")), qPrintable(out));
    QVERIFY(fileHolds(path, pattern));
    QCOMPARE(run({QStringLiteral("purge"), path}, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("Purged 1 deleted photo from")), qPrintable(out));
    QVERIFY(!fileHolds(path, pattern));
    QCOMPARE(run({QStringLiteral("purge"), dir.filePath(QStringLiteral("missing.nadzor"))}, &out), 1);
    QVERIFY2(out.contains(QStringLiteral("does not exist")), qPrintable(out));
    QCOMPARE(run({QStringLiteral("purge")}, &out), 2);
}

QTEST_MAIN(TestPhotos)
#include "test_photos.moc"
