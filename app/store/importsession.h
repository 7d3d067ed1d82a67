#pragma once
// A bulk import into a project: one transaction, prepared statements reused for every row, no
// per-row journal snapshot. Commit writes one "import" journal entry with the counts; every row
// carries that entry's id (import_id), so undoing the import removes exactly those rows.
// Destroying a session that was not committed rolls everything back.
#include "domain/result.h"
#include "domain/site.h"

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
    bool m_active = false;
};

} // namespace nadzor::store
