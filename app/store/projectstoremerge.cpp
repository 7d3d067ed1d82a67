// ProjectStore::applyMerge: writes a merge of another volunteer's work (planned by app/merge/)
// in one transaction with one "merge" journal entry. Kept apart from projectstore.cpp so that
// the merge stays an addition to the store.
//
// The entry is an ordinary (non-bulk) journal entry: "before" holds the rows the merge changed
// as they were, "after" every row it added or changed, so undo and redo go through the same
// applyState() as a single edit and the merge is undone as a whole. The added site and camera
// rows also carry the entry's id as import_id, which says which merge brought them in.
#include "store/projectstore.h"

#include "store/rowcodec.h"
#include "store/statement.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <sqlite3.h>
#include <QCoreApplication>
#include "domain/plural.h"

namespace nadzor::store {

using domain::Result;
using domain::Status;

namespace {

using domain::countedCameras;
using domain::countedSites;

void appendAll(QJsonArray &to, const QJsonArray &rows)
{
    for (const QJsonValue &row : rows)
        to.append(row);
}

} // namespace

Result<MergeOutcome> ProjectStore::applyMerge(MergeBatch &batch)
{
    const QString sourceName = QFileInfo(batch.source).fileName();
    for (const domain::Site &site : std::as_const(batch.newSites)) {
        if (!site.position.isValid())
            return fail(QCoreApplication::translate("nadzor::store", "cannot merge %1: a site position (%2, %3) is not a WGS84 longitude and latitude")
                            .arg(sourceName)
                            .arg(site.position.lon)
                            .arg(site.position.lat));
    }
    for (const MergePhoto &p : std::as_const(batch.photos)) {
        if (p.siteUuid.isEmpty() == p.cameraUuid.isEmpty())
            return fail(QCoreApplication::translate("nadzor::store", "cannot merge %1: photo %2 must belong to exactly one site or one camera")
                            .arg(sourceName, p.photo.uuid));
    }

    MergeBatch b = batch; // filled in here; handed back only on success
    MergeOutcome outcome;
    const Status status = transaction(QCoreApplication::translate("nadzor::store", "merge %1").arg(sourceName), [&]() -> Status {
        sqlite3 *db = m_db.get();
        const QString now = rowcodec::nowUtc();
        auto entry = record(QStringLiteral("merge"), QCoreApplication::translate("nadzor::store", "Merge in progress: %1").arg(sourceName), {}, {});
        if (!entry)
            return entry.error();
        const qint64 journalId = entry.value();
        outcome.journalId = journalId;

        QJsonArray beforeSites, beforeCameras, afterSites, afterCameras, afterPhotos;

        // Changed rows first, so that "before" holds them as they were.
        for (const domain::Site &site : std::as_const(b.updatedSites)) {
            auto before = snapshot(QStringLiteral("site"), QStringLiteral("id = ?1"), site.id);
            if (!before)
                return before.error();
            if (before.value().isEmpty())
                return fail(QCoreApplication::translate("nadzor::store", "cannot merge %1: there is no site %2 to merge into (was it deleted?)")
                                .arg(sourceName)
                                .arg(site.id));
            Statement *update = cached("UPDATE site SET address = ?2, description = ?3, modified = ?4 WHERE id = ?1");
            update->bind(1, site.id);
            update->bind(2, site.address);
            update->bind(3, site.description);
            update->bind(4, now);
            if (!update->exec())
                return failSql(QCoreApplication::translate("nadzor::store", "update site %1").arg(site.id));
            auto after = snapshot(QStringLiteral("site"), QStringLiteral("id = ?1"), site.id);
            if (!after)
                return after.error();
            appendAll(beforeSites, before.value());
            appendAll(afterSites, after.value());
            ++outcome.sitesUpdated;
        }
        for (const domain::Camera &camera : std::as_const(b.updatedCameras)) {
            auto before = snapshot(QStringLiteral("camera"), QStringLiteral("id = ?1"), camera.id);
            if (!before)
                return before.error();
            if (before.value().isEmpty())
                return fail(QCoreApplication::translate("nadzor::store", "cannot merge %1: there is no camera %2 to update (was it deleted?)")
                                .arg(sourceName)
                                .arg(camera.id));
            Statement *update = cached(rowcodec::cameraUpdate);
            update->bind(1, camera.id);
            update->bind(2, before.value().first().toObject().value(QLatin1String("site_id")).toInteger());
            rowcodec::bindCameraFields(*update, camera);
            update->bind(23, now);
            if (!update->exec())
                return failSql(QCoreApplication::translate("nadzor::store", "update camera %1").arg(camera.id));
            auto after = snapshot(QStringLiteral("camera"), QStringLiteral("id = ?1"), camera.id);
            if (!after)
                return after.error();
            appendAll(beforeCameras, before.value());
            appendAll(afterCameras, after.value());
            ++outcome.camerasUpdated;
        }

        auto insertCamera = [&](domain::Camera &c) -> Status {
            if (c.uuid.isEmpty())
                c.uuid = m_uuids.next();
            Statement *cam = cached(rowcodec::cameraInsert);
            cam->bind(1, c.uuid);
            cam->bind(2, c.siteId);
            rowcodec::bindCameraFields(*cam, c);
            cam->bind(23, journalId);
            cam->bind(24, now);
            cam->bind(25, now);
            if (!cam->exec())
                return failSql(QCoreApplication::translate("nadzor::store", "add camera %1 from %2").arg(c.uuid, sourceName));
            c.id = sqlite3_last_insert_rowid(db);
            ++outcome.camerasAdded;
            return {};
        };
        for (domain::Site &s : b.newSites) {
            if (s.uuid.isEmpty())
                s.uuid = m_uuids.next();
            Statement *insert = cached(rowcodec::siteInsert);
            insert->bind(1, s.uuid);
            insert->bind(2, s.position.lon);
            insert->bind(3, s.position.lat);
            insert->bind(4, s.address);
            insert->bind(5, s.description);
            insert->bind(6, journalId);
            insert->bind(7, now);
            insert->bind(8, now);
            if (!insert->exec())
                return failSql(QCoreApplication::translate("nadzor::store", "add site %1 from %2").arg(s.uuid, sourceName));
            s.id = sqlite3_last_insert_rowid(db);
            ++outcome.sitesAdded;
            for (domain::Camera &c : s.cameras) {
                c.siteId = s.id;
                if (auto st = insertCamera(c); !st)
                    return st;
            }
        }
        for (domain::Camera &c : b.newCameras) {
            Statement *exists = cached("SELECT 1 FROM site WHERE id = ?1");
            exists->bind(1, c.siteId);
            const bool found = exists->step() == SQLITE_ROW;
            exists->reset();
            if (!found)
                return fail(QCoreApplication::translate("nadzor::store", "cannot merge %1: there is no site %2 to add a camera to (was it deleted?)")
                                .arg(sourceName)
                                .arg(c.siteId));
            if (auto st = insertCamera(c); !st)
                return st;
        }
        auto added = snapshot(QStringLiteral("site"), QStringLiteral("import_id = ?1"), journalId);
        if (!added)
            return added.error();
        appendAll(afterSites, added.value());
        added = snapshot(QStringLiteral("camera"), QStringLiteral("import_id = ?1"), journalId);
        if (!added)
            return added.error();
        appendAll(afterCameras, added.value());

        // Photos, by their owners' uuids; one the project already has (same uuid) is skipped.
        for (const MergePhoto &mp : std::as_const(b.photos)) {
            const bool ofSite = !mp.siteUuid.isEmpty();
            Statement *owner = cached(ofSite ? "SELECT id FROM site WHERE uuid = ?1"
                                             : "SELECT id FROM camera WHERE uuid = ?1");
            owner->bind(1, ofSite ? mp.siteUuid : mp.cameraUuid);
            const bool found = owner->step() == SQLITE_ROW;
            const qint64 ownerId = found ? owner->int64(0) : 0;
            owner->reset();
            if (!found)
                return fail(QCoreApplication::translate("nadzor::store", "cannot merge %1: photo %2 belongs to %3 %4, which is not in the project")
                                .arg(sourceName, mp.photo.uuid.isEmpty() ? mp.photo.fileName : mp.photo.uuid,
                                     ofSite ? QStringLiteral("site") : QStringLiteral("camera"),
                                     ofSite ? mp.siteUuid : mp.cameraUuid));
            const QString uuid = mp.photo.uuid.isEmpty() ? m_uuids.next() : mp.photo.uuid;
            Statement *insert = cached("INSERT INTO photo (uuid, site_id, camera_id, file_name, mime_type, width, "
                                       "height, data, added) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
                                       "ON CONFLICT(uuid) DO NOTHING");
            insert->bind(1, uuid);
            if (ofSite) {
                insert->bind(2, ownerId);
                insert->bindNull(3);
            } else {
                insert->bindNull(2);
                insert->bind(3, ownerId);
            }
            insert->bind(4, mp.photo.fileName);
            insert->bind(5, mp.photo.mimeType);
            insert->bind(6, mp.photo.width);
            insert->bind(7, mp.photo.height);
            insert->bindBlob(8, mp.photo.data);
            insert->bind(9, mp.photo.added.isValid() ? rowcodec::toStoredTime(mp.photo.added) : now);
            if (!insert->exec())
                return failSql(QCoreApplication::translate("nadzor::store", "copy photo %1 from %2").arg(uuid, sourceName));
            if (sqlite3_changes(db) == 0) {
                ++outcome.photosSkipped;
                continue;
            }
            auto rows = snapshot(QStringLiteral("photo"), QStringLiteral("id = ?1"), sqlite3_last_insert_rowid(db));
            if (!rows)
                return rows.error();
            appendAll(afterPhotos, rows.value());
            ++outcome.photosAdded;
        }

        // The entry: who contributed what, and the rows for undo/redo.
        QStringList done;
        if (outcome.sitesAdded)
            done << QCoreApplication::translate("nadzor::store", "added %1").arg(countedSites(outcome.sitesAdded));
        if (outcome.camerasAdded)
            done << QCoreApplication::translate("nadzor::store", "added %1").arg(countedCameras(outcome.camerasAdded));
        if (outcome.sitesUpdated || outcome.camerasUpdated)
            done << QCoreApplication::translate("nadzor::store", "updated %1 and %2")
                        .arg(countedSites(outcome.sitesUpdated), countedCameras(outcome.camerasUpdated));
        if (outcome.photosAdded)
            done << domain::plural(QCoreApplication::translate("nadzor::store", "copied %n photo(s)", nullptr,
                                                               int(outcome.photosAdded)),
                                   outcome.photosAdded);
        if (done.isEmpty())
            done << QCoreApplication::translate("nadzor::store", "nothing new");
        const QString contributors = b.contributors.isEmpty() ? QCoreApplication::translate("nadzor::store", "unknown contributors")
                                                               : b.contributors.join(QStringLiteral(", "));
        outcome.summary = QCoreApplication::translate("nadzor::store", "Merged %1 by %2: %3")
                              .arg(sourceName, contributors, done.join(QStringLiteral(", ")));

        QJsonObject merge{{QStringLiteral("source"), batch.source},
                          {QStringLiteral("contributors"), QJsonArray::fromStringList(b.contributors)},
                          {QStringLiteral("sites_added"), outcome.sitesAdded},
                          {QStringLiteral("cameras_added"), outcome.camerasAdded},
                          {QStringLiteral("sites_updated"), outcome.sitesUpdated},
                          {QStringLiteral("cameras_updated"), outcome.camerasUpdated},
                          {QStringLiteral("photos_added"), outcome.photosAdded},
                          {QStringLiteral("photos_skipped"), outcome.photosSkipped}};
        QJsonObject before, after{{QStringLiteral("merge"), merge}};
        if (!beforeSites.isEmpty())
            before.insert(QStringLiteral("site"), beforeSites);
        if (!beforeCameras.isEmpty())
            before.insert(QStringLiteral("camera"), beforeCameras);
        if (!afterSites.isEmpty())
            after.insert(QStringLiteral("site"), afterSites);
        if (!afterCameras.isEmpty())
            after.insert(QStringLiteral("camera"), afterCameras);
        if (!afterPhotos.isEmpty())
            after.insert(QStringLiteral("photo"), afterPhotos);

        Statement update(db, QStringLiteral("UPDATE journal SET summary = ?2, before = ?3, after = ?4 WHERE id = ?1"));
        update.bind(1, journalId);
        update.bind(2, outcome.summary);
        update.bindText(3, before.isEmpty() ? QByteArray() : QJsonDocument(before).toJson(QJsonDocument::Compact));
        update.bindText(4, QJsonDocument(after).toJson(QJsonDocument::Compact));
        if (!update.exec())
            return failSql(QCoreApplication::translate("nadzor::store", "write the merge's journal entry"));
        return {};
    });
    if (!status)
        return status.error();
    batch = b;
    return outcome;
}

} // namespace nadzor::store
