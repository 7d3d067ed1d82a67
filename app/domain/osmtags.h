#pragma once
// The mapping between a Camera and OpenStreetMap tags, used by every importer and exporter so
// that data moves to and from OSM without loss.
#include "domain/camera.h"

#include <QMap>
#include <QString>

namespace nadzor::domain {

// Sets the field that an OSM key maps to. Known keys go into their fields ("direction" is read
// as an alias of "camera:direction"); unknown keys, and known numeric keys whose value is not a
// number, are kept in camera.tags so nothing is lost. "man_made=surveillance" is implied and
// dropped. Returns true when the key went into a field of its own.
bool applyOsmTag(Camera &camera, const QString &key, const QString &value);

// All tags of a camera for OSM export: man_made=surveillance, the OSM fields that are set,
// Nadzor's own fields under "nadzor:" when they differ from their defaults, and the free tags.
// The reviewer's name is an author's name and is written only when includeAuthors is true.
QMap<QString, QString> toOsmTags(const Camera &camera, bool includeAuthors = false);

// Whether a key is one that applyOsmTag maps to a field.
bool isKnownOsmKey(const QString &key);

// "3", "3.5 m", "3,5" -> 3.5; std::nullopt if there is no leading finite number.
std::optional<double> parseOsmNumber(const QString &value);

} // namespace nadzor::domain
