#pragma once
// A Nadzor project: one SQLite file (*.nadzor) holding sites, cameras, photos, boundary layers
// and the edit journal, used through the SQLite C API.
//
// The file: PRAGMA application_id = "NDZR", PRAGMA user_version = schema version (migrations in
// resources/migrations/), WAL journal, foreign_keys=ON, synchronous=NORMAL (in WAL mode a
// committed transaction survives an application crash; a power cut may lose the last
// transactions but never corrupts the file), busy timeout 5 s.
//
// Opening inspects the file read-only first (SQLite? our application_id? a schema version we
// know? PRAGMA quick_check clean? writable?) and refuses it with a message without changing a
// byte when any answer is no; only then is it reopened read-write and migrated.
//
// Every change is one transaction and one journal entry (author, UTC time, JSON snapshots of the
// rows before and after), so it can be undone and redone, also after closing and reopening.
// Undo takes the newest entry that is not undone; an edit after an undo gives up the redo
// branch (the entries stay, marked discarded).
//
// Two instances: a store opened for writing holds PROJECT.lock (see ProjectLock). Opening a
// project for writing that another Nadzor holds gives a read-only store instead, whose notice()
// says "PROJECT is open in another Nadzor (pid N on host H); opened read-only", and whose
// changes fail with that message. Read-only opening takes no lock.
//
// Not thread-safe: use one ProjectStore from one thread at a time.
#include "domain/boundary.h"
#include "domain/camera.h"
#include "domain/photo.h"
#include "domain/result.h"
#include "domain/site.h"
#include "domain/slide.h"
#include "store/journalentry.h"
#include "store/mergebatch.h"
#include "store/projectlock.h"
#include "store/sqlitehandle.h"
#include "store/uuidgenerator.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <map>
#include <memory>

namespace nadzor::store {

enum class OpenMode { ReadWrite, ReadOnly };

class ImportSession;
class Statement;

class ProjectStore {
public:
    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    // Creates a new, empty project; fails if the file exists.
    static domain::Result<std::unique_ptr<ProjectStore>> create(const QString &path);
    // Opens an existing project (migrating it to the latest schema when opened read-write).
    static domain::Result<std::unique_ptr<ProjectStore>> open(const QString &path,
                                                              OpenMode mode = OpenMode::ReadWrite);
    static domain::Result<std::unique_ptr<ProjectStore>> openOrCreate(const QString &path);
    static int latestSchemaVersion();

    QString path() const;
    bool isReadOnly() const;
    // Why a project asked for writing was opened read-only (another Nadzor holds it), or an
    // empty string: for a banner or a status-bar message.
    QString notice() const;
    void setAuthor(const QString &author); // default: the OS user name
    QString author() const;

    // Sites and cameras.
    domain::Result<qint64> addSite(domain::Site &site);   // with its cameras; fills ids, siteIds, uuids
    domain::Status updateSite(const domain::Site &site);  // position, address, description
    domain::Status deleteSite(qint64 siteId);             // with its cameras and photos
    domain::Result<qint64> addCamera(domain::Camera &camera); // camera.siteId must exist; fills id, uuid
    domain::Status updateCamera(const domain::Camera &camera); // every field; a new siteId moves it
    domain::Status deleteCamera(qint64 cameraId);         // with its photos
    domain::Result<domain::Site> site(qint64 siteId) const;
    domain::Result<domain::Camera> camera(qint64 cameraId) const;
    domain::Result<QList<domain::Site>> sites() const;    // all, with cameras, by id
    // Sites inside the box (edges included), through the R*Tree, with cameras, by id.
    domain::Result<QList<domain::Site>> sitesInBox(double minLon, double minLat, double maxLon,
                                                   double maxLat) const;
    // Streams all sites with their cameras in id order; `visit` returns false to stop.
    domain::Status forEachSite(const std::function<bool(const domain::Site &)> &visit) const;
    qint64 siteCount() const;
    qint64 cameraCount() const;

    // Bulk import in one transaction: nothing is visible or written unless commit() succeeds;
    // destroying an uncommitted session rolls back. While a session is open the store refuses
    // other changes. The session must not outlive the store.
    domain::Result<std::unique_ptr<ImportSession>> beginImport(const QString &description);

    // Merging another volunteer's work (app/merge/ plans it): in one transaction adds the new
    // sites, the cameras for existing sites and the photos, updates the listed sites and
    // cameras, and records one "merge" journal entry naming the source file and its
    // contributors, undone and redone as a whole. All or nothing; fills the ids (and missing
    // uuids) of batch.newSites and batch.newCameras. Defined in projectstoremerge.cpp.
    domain::Result<MergeOutcome> applyMerge(MergeBatch &batch);

    // Photos: the bytes are checked to be an image and stripped of EXIF/XMP/IPTC before they are
    // stored; fills id, uuid, data (stripped), mimeType, width, height, added. What was read
    // from the metadata (GPS position, time taken) goes to *metadataOut.
    domain::Result<qint64> addPhoto(domain::Photo &photo, domain::PhotoMetadata *metadataOut = nullptr);
    domain::Result<QList<domain::Photo>> photosOfSite(qint64 siteId) const;
    domain::Result<QList<domain::Photo>> photosOfCamera(qint64 cameraId) const;
    domain::Status deletePhoto(qint64 photoId);
    // Privacy: deleted photos stay in the file (undone_photo) while their deletion can be
    // undone. This removes them for good: the bytes of every deleted photo (deleted by hand,
    // with its site or camera, or by undoing the edit that added it) are deleted, a
    // "purge_photos" journal entry is recorded that cannot be undone and that undo stops at
    // (undo() then fails saying so; canUndo() is false), the redo history is given up, and the
    // file is vacuumed and its WAL checkpointed and truncated, so that (with secure_delete, on
    // for every connection) no byte of the photos is left in PROJECT or PROJECT-wal. Returns
    // the number of photos purged (0: nothing was deleted; the file is still compacted).
    // Defined in projectstorepurge.cpp.
    domain::Result<qint64> purgeDeletedPhotos();
    // The number of deleted photos whose bytes are still kept for undo.
    domain::Result<qint64> deletedPhotoCount() const;
    // The journal action of a purge: undo stops at it (nothing before it can be undone).
    static constexpr const char *purgeAction = "purge_photos";

    // Boundary layers; saving adds a new layer (fills the layer's and the boundaries' ids).
    // With `recordInJournal` false no journal entry is made, so the layer cannot be undone:
    // for seeding a new project with its initial layer, which is part of creating it.
    domain::Result<qint64> saveBoundaryLayer(domain::BoundaryLayer &layer, bool recordInJournal = true);
    domain::Result<QList<domain::BoundaryLayer>> boundaryLayers() const;
    domain::Status deleteBoundaryLayer(qint64 layerId);

    // Slides, the saved views of a briefing, in presentation order (positions 0..n-1). Each
    // change is one transaction and one journal entry (add_slide, update_slide, delete_slide,
    // move_slide), undone and redone like other edits. Defined in projectstoreslides.cpp.
    domain::Result<QList<domain::Slide>> slides() const;
    domain::Result<qint64> addSlide(domain::Slide &slide);  // appended at the end; fills id, position
    domain::Status updateSlide(const domain::Slide &slide);  // everything but the position
    domain::Status deleteSlide(qint64 slideId);
    domain::Status moveSlide(qint64 slideId, int newIndex);  // newIndex clamped to 0..n-1

    // The edit journal, oldest first.
    domain::Result<QList<JournalEntry>> journal() const;
    bool canUndo() const;
    bool canRedo() const;
    domain::Status undo(); // the newest entry that is not undone
    domain::Status redo(); // the oldest undone entry that was not discarded
    // The summary of the entry undo()/redo() would act on (for "Undo <summary>" menu items).
    QString undoSummary() const;
    QString redoSummary() const;

    QString errorString() const; // the last error, for convenience

private:
    friend class ImportSession;
    ProjectStore(QString path, SqlitePtr db, bool readOnly);

    static domain::Result<std::unique_ptr<ProjectStore>> openChecked(const QString &path,
                                                                    OpenMode mode, bool isNew);

    domain::Error fail(const QString &message) const;
    domain::Error failSql(const QString &what) const;
    domain::Status checkWritable(const QString &what) const;
    domain::Status transaction(const QString &what, const std::function<domain::Status()> &body);
    Statement *cached(const char *sql) const;

    // Journal internals.
    domain::Result<QJsonArray> snapshot(const QString &table, const QString &where, qint64 param) const;
    domain::Result<qint64> record(const QString &action, const QString &summary,
                                  const QJsonObject &before, const QJsonObject &after);
    domain::Status discardRedoBranch();
    domain::Status applyState(qint64 journalId, const QJsonObject &from, const QJsonObject &to);
    domain::Status insertRow(const QString &table, const QJsonObject &row);
    domain::Status updateRow(const QString &table, const QJsonObject &row);
    domain::Status deleteRow(const QString &table, qint64 id);
    domain::Status moveToShadow(const QString &table, qint64 journalId, const QString &where, qint64 param);
    domain::Status restoreFromShadow(const QString &table, qint64 journalId, const QString &where, qint64 param);
    domain::Result<QStringList> columns(const QString &table) const;
    domain::Status applyBulk(qint64 journalId, const QString &action, const QJsonObject &after, bool undo);
    domain::Status step(bool undo);
    static QString purgeBarrierMessage(const QJsonObject &after);

    domain::Result<QList<domain::Camera>> camerasOf(qint64 siteId) const;
    domain::Result<QList<domain::Photo>> photosWhere(const char *sql, qint64 id) const;

    QString m_path;
    SqlitePtr m_db;
    bool m_readOnly = false;
    QString m_author;
    mutable QString m_lastError;
    ImportSession *m_import = nullptr;
    UuidGenerator m_uuids;
    mutable std::map<const char *, std::unique_ptr<Statement>> m_statements;
    mutable QHash<QString, QStringList> m_columns;
    std::unique_ptr<ProjectLock> m_lock; // held while open for writing
    QString m_notice;
};

} // namespace nadzor::store
