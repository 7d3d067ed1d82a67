#include "domain/osmtags.h"

#include <QRegularExpression>
#include <cmath>

namespace nadzor::domain {

namespace {

QString numberText(double v)
{
    return QString::number(v, 'g', 12);
}

bool setNumber(Camera &camera, std::optional<double> &field, const QString &key,
               const QString &value)
{
    const auto n = parseOsmNumber(value);
    if (!n) {
        camera.tags.insert(key, value);
        return false;
    }
    field = *n;
    return true;
}

} // namespace

std::optional<double> parseOsmNumber(const QString &value)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*([-+]?(?:\\d+(?:[.,]\\d*)?|[.,]\\d+))\\s*(?:m|metres|meters)?\\s*$"));
    const auto match = re.match(value);
    if (!match.hasMatch())
        return std::nullopt;
    QString number = match.captured(1);
    number.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = number.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

bool isKnownOsmKey(const QString &key)
{
    static const QStringList keys = {
        QStringLiteral("surveillance"), QStringLiteral("surveillance:type"),
        QStringLiteral("surveillance:zone"), QStringLiteral("camera:type"),
        QStringLiteral("camera:mount"), QStringLiteral("camera:direction"),
        QStringLiteral("direction"), QStringLiteral("camera:angle"),
        QStringLiteral("camera:tilt"), QStringLiteral("height"), QStringLiteral("operator"),
        QStringLiteral("manufacturer"), QStringLiteral("model"), QStringLiteral("source"),
        QStringLiteral("note"), QStringLiteral("survey:date"),
        QStringLiteral("nadzor:face_recognition"), QStringLiteral("nadzor:status"),
        QStringLiteral("nadzor:reviewed_by"), QStringLiteral("nadzor:reviewed_at"),
        QStringLiteral("man_made")};
    return keys.contains(key);
}

bool applyOsmTag(Camera &camera, const QString &key, const QString &value)
{
    const QString v = value.trimmed();
    if (key == QLatin1String("man_made") && v == QLatin1String("surveillance"))
        return true;
    if (key == QLatin1String("surveillance")) { camera.surveillance = v; return true; }
    if (key == QLatin1String("surveillance:type")) { camera.surveillanceType = v; return true; }
    if (key == QLatin1String("surveillance:zone")) { camera.surveillanceZone = v; return true; }
    if (key == QLatin1String("camera:type")) { camera.cameraType = v; return true; }
    if (key == QLatin1String("camera:mount")) { camera.cameraMount = v; return true; }
    if (key == QLatin1String("camera:direction") || key == QLatin1String("direction")) {
        // "camera:direction" wins over its alias when a feature has both.
        if (key == QLatin1String("direction") && !camera.direction.isEmpty())
            return true;
        camera.direction = v;
        return true;
    }
    if (key == QLatin1String("camera:angle")) return setNumber(camera, camera.angle, key, v);
    if (key == QLatin1String("camera:tilt")) return setNumber(camera, camera.tilt, key, v);
    if (key == QLatin1String("height")) return setNumber(camera, camera.height, key, v);
    if (key == QLatin1String("operator")) { camera.operatorName = v; return true; }
    if (key == QLatin1String("manufacturer")) { camera.manufacturer = v; return true; }
    if (key == QLatin1String("model")) { camera.model = v; return true; }
    if (key == QLatin1String("source")) { camera.source = v; return true; }
    if (key == QLatin1String("note")) { camera.notes = v; return true; }
    if (key == QLatin1String("survey:date")) {
        const QDate d = QDate::fromString(v.left(10), Qt::ISODate);
        if (!d.isValid()) {
            camera.tags.insert(key, value);
            return false;
        }
        camera.observed = d;
        return true;
    }
    if (key == QLatin1String("nadzor:face_recognition")) {
        if (const auto f = faceRecognitionFromKey(v)) {
            camera.faceRecognition = *f;
            return true;
        }
    } else if (key == QLatin1String("nadzor:status")) {
        if (const auto s = verificationStatusFromKey(v)) {
            camera.status = *s;
            return true;
        }
    } else if (key == QLatin1String("nadzor:reviewed_by")) {
        camera.reviewedBy = v;
        return true;
    } else if (key == QLatin1String("nadzor:reviewed_at")) {
        const QDateTime t = QDateTime::fromString(v, Qt::ISODate);
        if (t.isValid()) {
            camera.reviewedAt = t.toUTC();
            return true;
        }
    }
    camera.tags.insert(key, value);
    return false;
}

QMap<QString, QString> toOsmTags(const Camera &camera, bool includeAuthors)
{
    QMap<QString, QString> t = camera.tags;
    t.insert(QStringLiteral("man_made"), QStringLiteral("surveillance"));
    auto put = [&t](const char *key, const QString &value) {
        if (!value.isEmpty())
            t.insert(QString::fromLatin1(key), value);
    };
    auto putNumber = [&t](const char *key, const std::optional<double> &value) {
        if (value)
            t.insert(QString::fromLatin1(key), numberText(*value));
    };
    put("surveillance", camera.surveillance);
    put("surveillance:type", camera.surveillanceType);
    put("surveillance:zone", camera.surveillanceZone);
    put("camera:type", camera.cameraType);
    put("camera:mount", camera.cameraMount);
    put("camera:direction", camera.direction);
    putNumber("camera:angle", camera.angle);
    putNumber("camera:tilt", camera.tilt);
    putNumber("height", camera.height);
    put("operator", camera.operatorName);
    put("manufacturer", camera.manufacturer);
    put("model", camera.model);
    put("source", camera.source);
    put("note", camera.notes);
    if (camera.observed.isValid())
        t.insert(QStringLiteral("survey:date"), camera.observed.toString(Qt::ISODate));
    if (camera.faceRecognition != FaceRecognition::Unknown)
        t.insert(QStringLiteral("nadzor:face_recognition"), toKey(camera.faceRecognition));
    if (camera.status != VerificationStatus::Unverified)
        t.insert(QStringLiteral("nadzor:status"), toKey(camera.status));
    if (includeAuthors) {
        put("nadzor:reviewed_by", camera.reviewedBy);
        if (camera.reviewedAt.isValid())
            t.insert(QStringLiteral("nadzor:reviewed_at"),
                     camera.reviewedAt.toUTC().toString(Qt::ISODate));
    }
    return t;
}

} // namespace nadzor::domain
