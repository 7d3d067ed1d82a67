#include "domain/camerafilter.h"

#include "domain/osmvaluelabels.h"

#include <QHash>

#include <algorithm>
#include <QCoreApplication>

namespace nadzor::domain {

namespace {

// Serbian Cyrillic to Latin (lower case), so "школа" finds "škola" and "skola".
QString cyrillicToLatin(QChar c)
{
    static const QHash<ushort, QString> map = [] {
        QHash<ushort, QString> m;
        const char *pairs[][2] = {
            {"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"д", "d"}, {"ђ", "dj"},
            {"е", "e"}, {"ж", "z"}, {"з", "z"}, {"и", "i"}, {"ј", "j"}, {"к", "k"},
            {"л", "l"}, {"љ", "lj"}, {"м", "m"}, {"н", "n"}, {"њ", "nj"}, {"о", "o"},
            {"п", "p"}, {"р", "r"}, {"с", "s"}, {"т", "t"}, {"ћ", "c"}, {"у", "u"},
            {"ф", "f"}, {"х", "h"}, {"ц", "c"}, {"ч", "c"}, {"џ", "dz"}, {"ш", "s"}};
        for (const auto &p : pairs)
            m.insert(QString::fromUtf8(p[0]).at(0).unicode(), QString::fromLatin1(p[1]));
        return m;
    }();
    return map.value(c.unicode());
}

QString joinKeys(const QStringList &values) { return values.join(QStringLiteral(", ")); }

// The labels of a camera's OSM values (only those the table knows: a hand-typed value is in
// no label and is not searched as one).
QStringList labelsOf(const Camera &camera)
{
    const std::pair<const QString &, const QString &> fields[] = {
        {OsmValueLabels::surveillance(), camera.surveillance},
        {OsmValueLabels::surveillanceType(), camera.surveillanceType},
        {OsmValueLabels::surveillanceZone(), camera.surveillanceZone},
        {OsmValueLabels::cameraType(), camera.cameraType},
        {OsmValueLabels::cameraMount(), camera.cameraMount}};
    QStringList labels;
    for (const auto &[key, value] : fields) {
        const QString v = value.trimmed();
        if (v.isEmpty())
            continue;
        const QString label = OsmValueLabels::label(key, v);
        if (label != v)
            labels << label;
    }
    return labels;
}

} // namespace

CameraFilter::CameraFilter()
    : statuses{VerificationStatus::Unverified, VerificationStatus::Verified,
               VerificationStatus::Disputed}
{
}

QString CameraFilter::fold(const QString &text)
{
    const QString lower = text.toLower();
    QString out;
    out.reserve(lower.size());
    for (const QChar c : lower) {
        if (c.unicode() < 0x80) {
            out += c;
            continue;
        }
        if (c == QChar(0x0111)) {  // đ
            out += QStringLiteral("dj");
            continue;
        }
        const QString cyr = cyrillicToLatin(c);
        if (!cyr.isEmpty()) {
            out += cyr;
            continue;
        }
        // Decompose (č -> c + caron) and drop the combining marks.
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
        for (const QChar d : decomposed) {
            if (d.category() != QChar::Mark_NonSpacing)
                out += d;
        }
    }
    return out;
}

bool CameraFilter::anyOf(const QStringList &wanted, const QString &value)
{
    if (wanted.isEmpty())
        return true;
    const QString v = fold(value.trimmed());
    for (const QString &w : wanted) {
        if (fold(w.trimmed()) == v)
            return true;
    }
    return false;
}

bool CameraFilter::matches(const Site &site, const Camera &camera) const
{
    if (!statuses.contains(camera.status))
        return false;
    if (!faceRecognition.isEmpty() && !faceRecognition.contains(camera.faceRecognition))
        return false;
    if (!anyOf(manufacturers, camera.manufacturer) || !anyOf(operators, camera.operatorName)
        || !anyOf(surveillanceTypes, camera.surveillanceType)
        || !anyOf(zones, camera.surveillanceZone) || !anyOf(sources, camera.source))
        return false;
    if (observedFrom.isValid() || observedTo.isValid()) {
        if (!camera.observed.isValid())
            return false;
        if (observedFrom.isValid() && camera.observed < observedFrom)
            return false;
        if (observedTo.isValid() && camera.observed > observedTo)
            return false;
    }
    if (!text.trimmed().isEmpty()) {
        const QString needle = fold(text.trimmed());
        // The free text and the labels of the OSM values in the installed language (what the
        // forms and the Cameras table show: "Kupola" / "Купола" for camera:type=dome), folded,
        // so either script finds them.
        const QString sep(QLatin1Char('\n'));
        const QString haystack = fold(camera.notes + sep + site.address + sep + camera.model + sep
                                      + camera.manufacturer + sep + camera.operatorName + sep
                                      + labelsOf(camera).join(sep));
        if (!haystack.contains(needle))
            return false;
    }
    return true;
}

bool CameraFilter::isEmpty() const
{
    const CameraFilter defaults;
    QList<VerificationStatus> a = statuses, b = defaults.statuses;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    a.erase(std::unique(a.begin(), a.end()), a.end());
    return manufacturers.isEmpty() && operators.isEmpty() && surveillanceTypes.isEmpty()
        && zones.isEmpty() && sources.isEmpty() && faceRecognition.isEmpty() && a == b
        && !observedFrom.isValid() && !observedTo.isValid() && text.trimmed().isEmpty();
}

QString CameraFilter::describe() const
{
    QStringList parts;
    if (!manufacturers.isEmpty())
        parts << QCoreApplication::translate("nadzor::domain", "manufacturer = %1").arg(joinKeys(manufacturers));
    if (!operators.isEmpty())
        parts << QCoreApplication::translate("nadzor::domain", "operator = %1").arg(joinKeys(operators));
    if (!surveillanceTypes.isEmpty())
        parts << QCoreApplication::translate("nadzor::domain", "type = %1").arg(joinKeys(surveillanceTypes));
    if (!zones.isEmpty())
        parts << QCoreApplication::translate("nadzor::domain", "zone = %1").arg(joinKeys(zones));
    if (!faceRecognition.isEmpty()) {
        QStringList keys;
        for (FaceRecognition f : faceRecognition)
            keys << toKey(f);
        parts << QCoreApplication::translate("nadzor::domain", "face recognition = %1").arg(joinKeys(keys));
    }
    const CameraFilter defaults;
    {
        QList<VerificationStatus> a = statuses, b = defaults.statuses;
        std::sort(a.begin(), a.end());
        a.erase(std::unique(a.begin(), a.end()), a.end());
        std::sort(b.begin(), b.end());
        if (a != b) {
            QStringList keys;
            for (VerificationStatus s : a)
                keys << toKey(s);
            parts << QCoreApplication::translate("nadzor::domain", "status = %1").arg(joinKeys(keys));
        }
    }
    if (!sources.isEmpty())
        parts << QCoreApplication::translate("nadzor::domain", "source = %1").arg(joinKeys(sources));
    const QString from = observedFrom.toString(Qt::ISODate);
    const QString to = observedTo.toString(Qt::ISODate);
    if (observedFrom.isValid() && observedTo.isValid())
        parts << QCoreApplication::translate("nadzor::domain", "observed %1 to %2").arg(from, to);
    else if (observedFrom.isValid())
        parts << QCoreApplication::translate("nadzor::domain", "observed from %1").arg(from);
    else if (observedTo.isValid())
        parts << QCoreApplication::translate("nadzor::domain", "observed until %1").arg(to);
    if (!text.trimmed().isEmpty())
        parts << QCoreApplication::translate("nadzor::domain", "text contains \"%1\"").arg(text.trimmed());
    if (parts.isEmpty())
        return QCoreApplication::translate("nadzor::domain", "all cameras except those marked removed");
    return parts.join(QStringLiteral("; "));
}

QStringList CameraFilter::keys()
{
    return {QStringLiteral("manufacturer"), QStringLiteral("operator"), QStringLiteral("type"),
            QStringLiteral("zone"), QStringLiteral("source"), QStringLiteral("face"),
            QStringLiteral("status"), QStringLiteral("from"), QStringLiteral("to"),
            QStringLiteral("text")};
}

Result<CameraFilter> CameraFilter::parse(const QStringList &expressions)
{
    CameraFilter filter;
    bool statusesGiven = false;
    for (const QString &expression : expressions) {
        const qsizetype eq = expression.indexOf(QLatin1Char('='));
        const QString where = QCoreApplication::translate("nadzor::domain", "filter '%1'").arg(expression);
        if (eq <= 0)
            return makeError(QCoreApplication::translate("nadzor::domain", "%1: expected key=value (keys: %2)")
                                 .arg(where, keys().join(QStringLiteral(", "))));
        const QString key = expression.left(eq).trimmed().toLower();
        const QString value = expression.mid(eq + 1).trimmed();
        if (value.isEmpty())
            return makeError(QStringLiteral("%1: '%2' needs a value").arg(where, key));
        QStringList values;
        for (const QString &v : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!v.trimmed().isEmpty())
                values << v.trimmed();
        }
        if (key == QLatin1String("manufacturer")) {
            filter.manufacturers << values;
        } else if (key == QLatin1String("operator")) {
            filter.operators << values;
        } else if (key == QLatin1String("type")) {
            filter.surveillanceTypes << values;
        } else if (key == QLatin1String("zone")) {
            filter.zones << values;
        } else if (key == QLatin1String("source")) {
            filter.sources << values;
        } else if (key == QLatin1String("face")) {
            for (const QString &v : values) {
                const auto f = faceRecognitionFromKey(v);
                if (!f)
                    return makeError(QCoreApplication::translate("nadzor::domain", "%1: unknown face recognition value '%2' "
                                                    "(expected one of: %3)")
                                         .arg(where, v, faceRecognitionKeys().join(QStringLiteral(", "))));
                if (!filter.faceRecognition.contains(*f))
                    filter.faceRecognition << *f;
            }
        } else if (key == QLatin1String("status")) {
            if (!statusesGiven) {
                filter.statuses.clear();
                statusesGiven = true;
            }
            for (const QString &v : values) {
                const auto s = verificationStatusFromKey(v);
                if (!s)
                    return makeError(QCoreApplication::translate("nadzor::domain", "%1: unknown status '%2' (expected one of: %3)")
                                         .arg(where, v, verificationStatusKeys().join(QStringLiteral(", "))));
                if (!filter.statuses.contains(*s))
                    filter.statuses << *s;
            }
        } else if (key == QLatin1String("from") || key == QLatin1String("to")) {
            const QDate date = QDate::fromString(value, Qt::ISODate);
            if (!date.isValid() || value.size() != 10)
                return makeError(QCoreApplication::translate("nadzor::domain", "%1: '%2' is not a date (expected YYYY-MM-DD)")
                                     .arg(where, value));
            (key == QLatin1String("from") ? filter.observedFrom : filter.observedTo) = date;
        } else if (key == QLatin1String("text")) {
            filter.text = value;
        } else {
            return makeError(QCoreApplication::translate("nadzor::domain", "%1: unknown key '%2' (keys: %3)")
                                 .arg(where, key, keys().join(QStringLiteral(", "))));
        }
    }
    if (filter.observedFrom.isValid() && filter.observedTo.isValid()
        && filter.observedFrom > filter.observedTo)
        return makeError(QCoreApplication::translate("nadzor::domain", "filter: 'from' %1 is after 'to' %2")
                             .arg(filter.observedFrom.toString(Qt::ISODate),
                                  filter.observedTo.toString(Qt::ISODate)));
    return filter;
}

} // namespace nadzor::domain
