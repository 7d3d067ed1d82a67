#pragma once
// A bulk import into a project: one transaction, prepared statements reused for every row, no
// per-row journal snapshot. Commit writes one "import" journal entry with the counts; every row
// carries that entry's id (import_id), so undoing the import removes exactly those rows.
// Destroying a session that was not committed rolls everything back.
//
// Fast path (1M points in less time than `ogr2ogr -f GPKG`, bench/import): the R*Tree insert
// trigger is dropped for the session and the R*Tree packed at commit (SiteIndexLoader; a
// rollback restores the trigger), CHECK constraints are not re-evaluated per row for values
// this class has already checked or built, and generated uuids are time-ordered (appended to
// their UNIQUE indexes). Readers feed it while reading a file: addSite for a new position,
// addCamera for a later camera at a position already added, updateSite for later site fields.
#include "domain/result.h"
#include "domain/site.h"
#include "store/siteindexloader.h"

#include <QString>
#include <memory>

namespace nadzor::store {

class ProjectStore;
class Statement;

class ImportSession {
public:
    ~ImportSession(); // rolls back if not committed
    ImportSession(const ImportSession &) = delete;
    ImportSession &operator=(const ImportSession &) = delete;

    // Adds a site with at least one camera; fills the ids, siteIds and (missing) uuids. A site
    // that fails (bad position, duplicate uuid) is left out entirely and the session goes on.
    domain::Status addSite(domain::Site &site);
    // Adds one more camera to a site of the project (usually one added by this session, for a
    // camera read after its site); fills its id, siteId and (missing) uuid. A camera that fails
    // (no such site, duplicate uuid) is left out and the session goes on.
    domain::Status addCamera(qint64 siteId, domain::Camera &camera);
    // Sets the uuid (unless empty), address and description of a site this session added
    // (site.id), for a camera read later that names them.
    domain::Status updateSite(const domain::Site &site);
    // Commits the transaction and the "import" journal entry. After a failed commit nothing
    // was written.
    domain::Status commit();
    // Rolls back now (the destructor does the same).
    void rollback();

    qint64 siteCount() const;
    qint64 cameraCount() const;
    qint64 journalId() const; // the import's journal entry (also stored as import_id on the rows)
    bool isActive() const;

private:
    friend class ProjectStore;
    ImportSession(ProjectStore *store, QString description);
    domain::Status begin();
    void detach(); // the store is closing: roll back and forget it
    // Binds and inserts one camera row; a generated uuid goes to newUuid. The SQLite result.
    int insertCamera(qint64 siteId, const domain::Camera &camera, QByteArray &newUuid);

    ProjectStore *m_store = nullptr;
    QString m_description;
    qint64 m_journalId = 0;
    qint64 m_sites = 0;
    qint64 m_cameras = 0;
    qint64 m_rejected = 0;
    QString m_time;
    std::unique_ptr<Statement> m_insertSite;
    std::unique_ptr<Statement> m_insertCamera;
    std::unique_ptr<Statement> m_deleteSite;
    std::unique_ptr<Statement> m_updateSite; // prepared when first needed
    SiteIndexLoader m_siteIndex; // the R*Tree is filled at commit, in spatial order
    bool m_active = false;
};

} // namespace nadzor::store
