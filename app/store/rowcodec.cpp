#include "store/rowcodec.h"

#include "store/statement.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace nadzor::store::rowcodec {

const char *const siteSelect = "SELECT id, uuid, lon, lat, address, description FROM site";

const char *const siteInsert =
    "INSERT OR FAIL INTO site (uuid, lon, lat, address, description, import_id, created, modified) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

#define NADZOR_CAMERA_FIELDS                                                                     \
    "surveillance, surveillance_type, surveillance_zone, camera_type, camera_mount, direction, " \
    "angle, tilt, height, operator, manufacturer, model, face_recognition, status, reviewed_by, " \
    "reviewed_at, observed, source, notes, tags"

const char *const cameraSelect = "SELECT id, site_id, uuid, " NADZOR_CAMERA_FIELDS " FROM camera";

const char *const cameraInsert =
    "INSERT INTO camera (uuid, site_id, " NADZOR_CAMERA_FIELDS ", import_id, created, modified) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
    "?19, ?20, ?21, ?22, ?23, ?24, ?25)";

const char *const cameraUpdate =
    "UPDATE camera SET site_id = ?2, surveillance = ?3, surveillance_type = ?4, "
    "surveillance_zone = ?5, camera_type = ?6, camera_mount = ?7, direction = ?8, angle = ?9, "
    "tilt = ?10, height = ?11, operator = ?12, manufacturer = ?13, model = ?14, "
    "face_recognition = ?15, status = ?16, reviewed_by = ?17, reviewed_at = ?18, observed = ?19, "
    "source = ?20, notes = ?21, tags = ?22, modified = ?23 WHERE id = ?1";

#undef NADZOR_CAMERA_FIELDS

static const QString &faceKey(domain::FaceRecognition value)
{
    static const QString keys[] = {domain::toKey(domain::FaceRecognition::Unknown),
                                   domain::toKey(domain::FaceRecognition::No),
                                   domain::toKey(domain::FaceRecognition::Suspected),
                                   domain::toKey(domain::FaceRecognition::Confirmed)};
    return keys[int(value)];
}

static const QString &statusKey(domain::VerificationStatus value)
{
    static const QString keys[] = {domain::toKey(domain::VerificationStatus::Unverified),
                                   domain::toKey(domain::VerificationStatus::Verified),
                                   domain::toKey(domain::VerificationStatus::Disputed),
                                   domain::toKey(domain::VerificationStatus::Removed)};
    return keys[int(value)];
}

void bindCameraFields(Statement &stmt, const domain::Camera &c)
{
    stmt.bind(3, c.surveillance);
    stmt.bind(4, c.surveillanceType);
    stmt.bind(5, c.surveillanceZone);
    stmt.bind(6, c.cameraType);
    stmt.bind(7, c.cameraMount);
    stmt.bind(8, c.direction);
    stmt.bind(9, c.angle);
    stmt.bind(10, c.tilt);
    stmt.bind(11, c.height);
    stmt.bind(12, c.operatorName);
    stmt.bind(13, c.manufacturer);
    stmt.bind(14, c.model);
    stmt.bind(15, faceKey(c.faceRecognition));
    stmt.bind(16, statusKey(c.status));
    stmt.bind(17, c.reviewedBy);
    stmt.bind(18, toStoredTime(c.reviewedAt));
    stmt.bind(19, c.observed.isValid() ? c.observed.toString(Qt::ISODate) : QString());
    stmt.bind(20, c.source);
    stmt.bind(21, c.notes);
    if (c.tags.isEmpty())
        stmt.bindNull(22);
    else
        stmt.bind(22, tagsToJson(c.tags));
}

domain::Site readSite(const Statement &stmt)
{
    domain::Site site;
    site.id = stmt.int64(0);
    site.uuid = stmt.text(1);
    site.position = domain::GeoPoint{stmt.real(2), stmt.real(3)};
    site.address = stmt.text(4);
    site.description = stmt.text(5);
    return site;
}

domain::Camera readCamera(const Statement &stmt)
{
    domain::Camera c;
    c.id = stmt.int64(0);
    c.siteId = stmt.int64(1);
    c.uuid = stmt.text(2);
    c.surveillance = stmt.text(3);
    c.surveillanceType = stmt.text(4);
    c.surveillanceZone = stmt.text(5);
    c.cameraType = stmt.text(6);
    c.cameraMount = stmt.text(7);
    c.direction = stmt.text(8);
    c.angle = stmt.optionalReal(9);
    c.tilt = stmt.optionalReal(10);
    c.height = stmt.optionalReal(11);
    c.operatorName = stmt.text(12);
    c.manufacturer = stmt.text(13);
    c.model = stmt.text(14);
    c.faceRecognition =
        domain::faceRecognitionFromKey(stmt.text(15)).value_or(domain::FaceRecognition::Unknown);
    c.status = domain::verificationStatusFromKey(stmt.text(16))
                   .value_or(domain::VerificationStatus::Unverified);
    c.reviewedBy = stmt.text(17);
    c.reviewedAt = fromStoredTime(stmt.text(18));
    const QString observed = stmt.text(19);
    if (!observed.isEmpty())
        c.observed = QDate::fromString(observed, Qt::ISODate);
    c.source = stmt.text(20);
    c.notes = stmt.text(21);
    if (!stmt.isNull(22))
        c.tags = tagsFromJson(stmt.text(22));
    return c;
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString toStoredTime(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStoredTime(const QString &text)
{
    if (text.isEmpty())
        return QDateTime();
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}

QString tagsToJson(const QMap<QString, QString> &tags)
{
    if (tags.isEmpty())
        return QString();
    QJsonObject object;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> tagsFromJson(const QString &json)
{
    QMap<QString, QString> tags;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        tags.insert(it.key(), it.value().toString());
    return tags;
}

} // namespace nadzor::store::rowcodec
