#include "io/fieldmapper.h"

#include "domain/osmtags.h"

#include <QDate>
#include <QDateTime>
#include <QCoreApplication>

namespace nadzor::io {

using domain::Camera;
using domain::Site;

namespace {

bool oneOf(const QString &value, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (value == QLatin1String(name))
            return true;
    }
    return false;
}

QDate parseDate(const QString &text)
{
    const QString t = text.trimmed();
    for (const char *format : {"yyyy-MM-dd", "yyyy/MM/dd", "dd.MM.yyyy", "d.M.yyyy", "dd.MM.yyyy.",
                               "d.M.yyyy."}) {
        const QDate d = QDate::fromString(t, QLatin1String(format));
        if (d.isValid())
            return d;
    }
    const QDateTime dt = QDateTime::fromString(t, Qt::ISODate);
    if (dt.isValid())
        return dt.date();
    const QDate d = QDate::fromString(t.left(10), Qt::ISODate);
    return d;
}

// A loose "type" value as surveillance:type (and camera:type where it says so).
void applyType(Camera &camera, const QString &column, const QString &value)
{
    const QString v = value.trimmed();
    const QString lower = v.toLower();
    QString surveillanceType;
    QString cameraType;
    if (oneOf(lower, {"camera", "cctv", "cam", "video", "video camera"})) {
        surveillanceType = QStringLiteral("camera");
    } else if (oneOf(lower, {"dome", "fixed", "panning", "ptz"})) {
        surveillanceType = QStringLiteral("camera");
        cameraType = lower == QLatin1String("ptz") ? QStringLiteral("panning") : lower;
    } else if (oneOf(lower, {"speed", "speed_camera", "speed camera", "radar"})) {
        surveillanceType = QStringLiteral("speed_camera");
    } else if (oneOf(lower, {"red_light", "red_light_camera", "red light", "red light camera"})) {
        surveillanceType = QStringLiteral("red_light_camera");
    } else if (oneOf(lower, {"alpr", "anpr", "lpr"})) {
        surveillanceType = QStringLiteral("ALPR");
    } else if (oneOf(lower, {"guard", "gunshot_detector"})) {
        surveillanceType = lower;
    } else {
        surveillanceType = v;
    }
    if (surveillanceType != v || !cameraType.isEmpty())
        camera.tags.insert(QStringLiteral("import:") + column, v);
    if (camera.surveillanceType.isEmpty())
        camera.surveillanceType = surveillanceType;
    if (!cameraType.isEmpty() && camera.cameraType.isEmpty())
        camera.cameraType = cameraType;
}

} // namespace

FieldMapper::FieldMapper(const QMap<QString, QString> &userMap)
{
    for (auto it = userMap.cbegin(); it != userMap.cend(); ++it)
        m_userMap.insert(it.key().trimmed().toLower(), it.value().trimmed());
}

std::optional<FieldMapper::Mapping> FieldMapper::parseTarget(const QString &target)
{
    const QString t = target.trimmed();
    const QString lower = t.toLower();
    if (lower == QLatin1String("ignore"))
        return Mapping{Target::Ignore, {}};
    if (lower.startsWith(QLatin1String("tag:"))) {
        const QString key = t.mid(4).trimmed();
        if (key.isEmpty())
            return std::nullopt;
        return Mapping{Target::Tag, key};
    }
    if (oneOf(lower, {"lat", "latitude", "y"}))
        return Mapping{Target::Lat, {}};
    if (oneOf(lower, {"lon", "lng", "long", "longitude", "x"}))
        return Mapping{Target::Lon, {}};
    if (oneOf(lower, {"wkt", "geometry"}))
        return Mapping{Target::Wkt, {}};
    if (oneOf(lower, {"address", "adress", "adresa", "addr:full", "lokacija"}))
        return Mapping{Target::Address, {}};
    if (lower == QLatin1String("description"))
        return Mapping{Target::Description, {}};
    if (oneOf(lower, {"uuid", "nadzor:uuid"}))
        return Mapping{Target::CameraUuid, {}};
    if (oneOf(lower, {"site_uuid", "nadzor:site_uuid"}))
        return Mapping{Target::SiteUuid, {}};
    if (oneOf(lower, {"date", "observed", "survey:date"}))
        return Mapping{Target::Observed, {}};
    if (lower == QLatin1String("type"))
        return Mapping{Target::Type, {}};
    if (lower == QLatin1String("mount"))
        return Mapping{Target::OsmKey, QStringLiteral("camera:mount")};
    if (lower == QLatin1String("zone"))
        return Mapping{Target::OsmKey, QStringLiteral("surveillance:zone")};
    if (lower == QLatin1String("direction"))
        return Mapping{Target::OsmKey, QStringLiteral("camera:direction")};
    if (lower == QLatin1String("angle"))
        return Mapping{Target::OsmKey, QStringLiteral("camera:angle")};
    if (lower == QLatin1String("tilt"))
        return Mapping{Target::OsmKey, QStringLiteral("camera:tilt")};
    if (oneOf(lower, {"notes", "note"}))
        return Mapping{Target::OsmKey, QStringLiteral("note")};
    if (domain::isKnownOsmKey(lower))
        return Mapping{Target::OsmKey, lower};
    return std::nullopt;
}

QString FieldMapper::targetHelp()
{
    return QCoreApplication::translate("nadzor::io", "an OSM key (surveillance, surveillance:type,\n"
        "surveillance:zone, camera:type, camera:mount, camera:direction,\n"
        "camera:angle, camera:tilt, height, operator, manufacturer, model,\n"
        "source, note, survey:date, nadzor:status, ...), or type,\n"
        "direction, mount, zone, angle, tilt, notes, date, address,\n"
        "description, uuid, site_uuid, lat, lon, wkt, tag:KEY (a free\n"
        "tag) or ignore");
}

domain::Status FieldMapper::validate() const
{
    for (auto it = m_userMap.cbegin(); it != m_userMap.cend(); ++it) {
        if (!parseTarget(it.value())) {
            return domain::makeError(
                QCoreApplication::translate("nadzor::io", "--map %1=%2: '%2' is not a field Nadzor knows; use one of: %3")
                    .arg(it.key(), it.value(), targetHelp()));
        }
    }
    return {};
}

bool FieldMapper::isUserMapped(const QString &column) const
{
    return m_userMap.contains(column.trimmed().toLower());
}

FieldMapper::Mapping FieldMapper::resolve(const QString &column, bool coordinateColumns) const
{
    const QString lower = column.trimmed().toLower();
    const auto user = m_userMap.constFind(lower);
    if (user != m_userMap.cend()) {
        if (const auto m = parseTarget(*user))
            return *m;
    }
    if (lower == QLatin1String("id"))
        return Mapping{Target::Tag, QStringLiteral("ref:source")};
    if (lower != QLatin1String("ignore") && !lower.startsWith(QLatin1String("tag:"))) {
        if (const auto m = parseTarget(lower)) {
            const bool coordinate =
                m->target == Target::Lat || m->target == Target::Lon || m->target == Target::Wkt;
            if (coordinate && !coordinateColumns)
                return Mapping{Target::Ignore, {}};
            return *m;
        }
    }
    return Mapping{Target::Tag, column.trimmed()};
}

void FieldMapper::apply(const Mapping &mapping, const QString &column, const QString &value,
                        Site &site, Camera &camera)
{
    switch (mapping.target) {
    case Target::Lat:
    case Target::Lon:
    case Target::Wkt:
    case Target::Ignore:
        return;
    case Target::Address:
        if (site.address.isEmpty())
            site.address = value.trimmed();
        return;
    case Target::Description:
        if (site.description.isEmpty())
            site.description = value.trimmed();
        return;
    case Target::CameraUuid:
        camera.uuid = value.trimmed();
        return;
    case Target::SiteUuid:
        site.uuid = value.trimmed();
        return;
    case Target::Observed: {
        const QDate d = parseDate(value);
        if (d.isValid())
            camera.observed = d;
        else
            camera.tags.insert(column, value);
        return;
    }
    case Target::Type:
        applyType(camera, column, value);
        return;
    case Target::OsmKey:
        domain::applyOsmTag(camera, mapping.key, value);
        return;
    case Target::Tag:
        camera.tags.insert(mapping.key, value);
        return;
    }
}

} // namespace nadzor::io
