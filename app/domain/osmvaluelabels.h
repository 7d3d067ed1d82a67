#pragma once
// Display labels of the OpenStreetMap tag values a camera's pick lists offer (surveillance,
// surveillance:type, surveillance:zone, camera:type, camera:mount): the forms, the Cameras
// table and the filter show "Dome" / "Kupola" / "Купола" while the project keeps the raw OSM
// value ("dome"). One table, in the translation context "nadzor::ui::OsmValueLabels" (kept from
// when the table lived in ui/, so the translations stay valid; the merge planner and the
// camera filter use it too); each
// label carries the tag it names as its disambiguation ("camera:type=dome"), so one English
// word can read differently per key (zone "building" and mount "building").
#include <QString>
#include <QStringList>

namespace nadzor::domain {

class OsmValueLabels {
public:
    // The OSM keys with labelled values.
    static const QString &surveillance();      // "surveillance"
    static const QString &surveillanceType();  // "surveillance:type"
    static const QString &surveillanceZone();  // "surveillance:zone"
    static const QString &cameraType();        // "camera:type"
    static const QString &cameraMount();       // "camera:mount"

    // The known values of a key, in the order of the pick list (domain::osm*Values()).
    static QStringList values(const QString &key);
    // The label of a value in the installed language; a value the table does not know (typed
    // by hand, imported) is shown as it is.
    static QString label(const QString &key, const QString &value);
    // What a user typed or picked, back to the value to store: a label (any letter case, in
    // the installed language, in English or in the other Serbian script) or a known raw value
    // (any letter case) gives the raw value; anything else is kept as typed, trimmed.
    static QString valueOf(const QString &key, const QString &text);
};

} // namespace nadzor::domain
