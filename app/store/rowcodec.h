#pragma once
// How sites and cameras map to rows: the column lists and the bind/read code shared by
// ProjectStore and ImportSession, so the two can never disagree.
#include "domain/camera.h"
#include "domain/site.h"

#include <QString>

namespace nadzor::store {

class Statement;

namespace rowcodec {

// "SELECT id, uuid, lon, lat, address, description FROM site"
extern const char *const siteSelect;
// "INSERT INTO site (uuid, lon, lat, address, description, import_id, created, modified) VALUES (?1..?8)"
extern const char *const siteInsert;
// "SELECT id, site_id, uuid, <fields> FROM camera"
extern const char *const cameraSelect;
// "INSERT INTO camera (uuid, site_id, <fields ?3..?22>, import_id, created, modified) VALUES (?1..?25)"
extern const char *const cameraInsert;
// "UPDATE camera SET site_id = ?2, <fields ?3..?22>, modified = ?23 WHERE id = ?1"
extern const char *const cameraUpdate;

// Binds a camera's own fields (surveillance ... tags) to parameters 3..22.
void bindCameraFields(Statement &stmt, const domain::Camera &camera);
// Reads a row of siteSelect (without cameras) / cameraSelect.
domain::Site readSite(const Statement &stmt);
domain::Camera readCamera(const Statement &stmt);

// Current UTC time as stored: "2024-05-01T10:20:30.123Z".
QString nowUtc();
QString toStoredTime(const QDateTime &time);   // null for an invalid time
QDateTime fromStoredTime(const QString &text); // invalid for null
QString tagsToJson(const QMap<QString, QString> &tags); // null for no tags
QMap<QString, QString> tagsFromJson(const QString &json);

} // namespace rowcodec
} // namespace nadzor::store
