#include "domain/osmvaluelabels.h"

#include "domain/camerafilter.h"
#include "domain/enums.h"

#include <QCoreApplication>

namespace nadzor::domain {

namespace {

// The context of the translations, from when the table lived in ui/.
constexpr char kContext[] = "nadzor::ui::OsmValueLabels";

struct Label {
    const char *key;
    const char *value;
    // English label and its disambiguation ("key=value"), as lupdate reads them.
    struct {
        const char *source;
        const char *comment;
    } text;
};

// A label for each value of osm*Values().
const Label kLabels[] = {
    {"surveillance", "public", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Public space", "surveillance=public")},
    {"surveillance", "outdoor", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Private outdoor area", "surveillance=outdoor")},
    {"surveillance", "indoor", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Indoors", "surveillance=indoor")},

    {"surveillance:type", "camera", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Camera", "surveillance:type=camera")},
    {"surveillance:type", "ALPR", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Licence plate reader", "surveillance:type=ALPR")},
    {"surveillance:type", "guard", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Security guard", "surveillance:type=guard")},
    {"surveillance:type", "gunshot_detector", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Gunshot detector", "surveillance:type=gunshot_detector")},
    {"surveillance:type", "speed_camera", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Speed camera", "surveillance:type=speed_camera")},
    {"surveillance:type", "red_light_camera", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Red-light camera", "surveillance:type=red_light_camera")},

    {"surveillance:zone", "town", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Town", "surveillance:zone=town")},
    {"surveillance:zone", "traffic", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Traffic", "surveillance:zone=traffic")},
    {"surveillance:zone", "parking", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Parking", "surveillance:zone=parking")},
    {"surveillance:zone", "shop", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Shop", "surveillance:zone=shop")},
    {"surveillance:zone", "building", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Building", "surveillance:zone=building")},
    {"surveillance:zone", "area", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Area", "surveillance:zone=area")},
    {"surveillance:zone", "street", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Street", "surveillance:zone=street")},
    {"surveillance:zone", "public", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Public place", "surveillance:zone=public")},
    {"surveillance:zone", "entrance", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Entrance", "surveillance:zone=entrance")},
    {"surveillance:zone", "bank", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Bank", "surveillance:zone=bank")},
    {"surveillance:zone", "atm", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Cash machine", "surveillance:zone=atm")},
    {"surveillance:zone", "school", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "School", "surveillance:zone=school")},

    {"camera:type", "fixed", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Fixed", "camera:type=fixed")},
    {"camera:type", "dome", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Dome", "camera:type=dome")},
    {"camera:type", "panning", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Panning", "camera:type=panning")},

    {"camera:mount", "wall", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Wall", "camera:mount=wall")},
    {"camera:mount", "pole", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Pole", "camera:mount=pole")},
    {"camera:mount", "ceiling", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Ceiling", "camera:mount=ceiling")},
    {"camera:mount", "street_lamp", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Street lamp", "camera:mount=street_lamp")},
    {"camera:mount", "traffic_signal", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Traffic light", "camera:mount=traffic_signal")},
    {"camera:mount", "building", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Building", "camera:mount=building")},
    {"camera:mount", "gantry", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Gantry", "camera:mount=gantry")},
    {"camera:mount", "bridge", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Bridge", "camera:mount=bridge")},
    {"camera:mount", "mast", QT_TRANSLATE_NOOP3("nadzor::ui::OsmValueLabels", "Mast", "camera:mount=mast")},
};

QString translated(const Label &l)
{
    return QCoreApplication::translate(kContext, l.text.source, l.text.comment);
}

// How typed text and labels are compared: either script, any case, without diacritics
// (CameraFilter::fold reads Serbian Cyrillic as Latin).
QString folded(const QString &text)
{
    return CameraFilter::fold(text.trimmed());
}

} // namespace

const QString &OsmValueLabels::surveillance()
{
    static const QString key = QStringLiteral("surveillance");
    return key;
}

const QString &OsmValueLabels::surveillanceType()
{
    static const QString key = QStringLiteral("surveillance:type");
    return key;
}

const QString &OsmValueLabels::surveillanceZone()
{
    static const QString key = QStringLiteral("surveillance:zone");
    return key;
}

const QString &OsmValueLabels::cameraType()
{
    static const QString key = QStringLiteral("camera:type");
    return key;
}

const QString &OsmValueLabels::cameraMount()
{
    static const QString key = QStringLiteral("camera:mount");
    return key;
}

QStringList OsmValueLabels::values(const QString &key)
{
    if (key == surveillance())
        return osmSurveillanceValues();
    if (key == surveillanceType())
        return osmSurveillanceTypeValues();
    if (key == surveillanceZone())
        return osmSurveillanceZoneValues();
    if (key == cameraType())
        return osmCameraTypeValues();
    if (key == cameraMount())
        return osmCameraMountValues();
    return {};
}

QString OsmValueLabels::label(const QString &key, const QString &value)
{
    for (const Label &l : kLabels)
        if (key == QLatin1String(l.key) && value == QLatin1String(l.value))
            return translated(l);
    return value;
}

QString OsmValueLabels::valueOf(const QString &key, const QString &text)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return typed;
    // An exact raw value first: a value typed as OSM writes it stays as it is.
    for (const Label &l : kLabels)
        if (key == QLatin1String(l.key) && typed == QLatin1String(l.value))
            return typed;
    const QString f = folded(typed);
    for (const Label &l : kLabels) {
        if (key != QLatin1String(l.key))
            continue;
        if (f == folded(translated(l)) || f == folded(QString::fromLatin1(l.text.source))
            || f == folded(QString::fromLatin1(l.value)))
            return QString::fromLatin1(l.value);
    }
    return typed;
}

} // namespace nadzor::domain
