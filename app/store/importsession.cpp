#include "store/importsession.h"

#include "store/projectstore.h"
#include "store/rowcodec.h"
#include "store/statement.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>
#include <QCoreApplication>
#include "domain/plural.h"

namespace nadzor::store {

using domain::makeError;
using domain::Status;

namespace {
// Page cache for the import's transaction (negative: KiB). An import only appends (ids and
// time-ordered uuids grow, the R*Tree is written at commit), so pages that spill to the WAL are
// not touched again and a big cache buys little: 1M points took 25.5 s CPU / 150 MB peak with
// 2 MiB, 28.8 s / 217 MB with 64 MiB, 29.4 s / 420 MB with 256 MiB (one run each, loaded
// machine). 16 MiB keeps the b-trees' inner pages and the site scan at commit in memory.
constexpr const char *importCacheSize = "PRAGMA cache_size = -16384";
constexpr const char *normalCacheSize = "PRAGMA cache_size = -2000";
// The rows of an import are checked here before they are bound (GeoPoint::isValid() is the
// site table's lon/lat CHECK; face_recognition and status come from the enums' keys; tags are
// written by QJsonDocument), so SQLite need not evaluate the CHECK constraints per row: for
// the camera table that is two IN lists, each built as a temporary b-tree per row, and a JSON
// parse of the tags. They are enforced again before the journal entry and COMMIT.
constexpr const char *skipChecks = "PRAGMA ignore_check_constraints = ON";
constexpr const char *enforceChecks = "PRAGMA ignore_check_constraints = OFF";
} // namespace

ImportSession::ImportSession(ProjectStore *store, QString description)
    : m_store(store), m_description(std::move(description))
{
}

ImportSession::~ImportSession()
{
    rollback();
}

Status ImportSession::begin()
{
    sqlite3 *db = m_store->m_db.get();
    const QString file = m_store->m_path;
    if (auto s = sqliteExec(db, "BEGIN IMMEDIATE", file, QCoreApplication::translate("nadzor::store", "start the import")); !s)
        return s;
    m_active = true;
    sqlite3_exec(db, importCacheSize, nullptr, nullptr, nullptr);
    if (auto s = m_siteIndex.suspend(db, file); !s) {
        rollback();
        return s;
    }
    m_time = rowcodec::nowUtc();

    auto entry = m_store->record(QStringLiteral("import"),
                                 QCoreApplication::translate("nadzor::store", "Import in progress: %1").arg(m_description), {}, {});
    if (!entry) {
        rollback();
        return entry.error();
    }
    m_journalId = entry.value();
    sqlite3_exec(db, skipChecks, nullptr, nullptr, nullptr);

    m_insertSite = std::make_unique<Statement>();
    m_insertCamera = std::make_unique<Statement>();
    m_deleteSite = std::make_unique<Statement>();
    if (!m_insertSite->prepare(db, QString::fromUtf8(rowcodec::siteInsert))
        || !m_insertCamera->prepare(db, QString::fromUtf8(rowcodec::cameraInsert))
        || !m_deleteSite->prepare(db, QStringLiteral("DELETE FROM site WHERE id = ?1"))) {
        const QString message = sqliteMessage(db);
        rollback();
        return makeError(QCoreApplication::translate("nadzor::store", "cannot prepare the import: %1").arg(message), file);
    }
    // Parameters that are the same for every row are bound once; reset() below keeps them.
    m_insertSite->bind(6, m_journalId);
    m_insertSite->bind(7, m_time);
    m_insertSite->bind(8, m_time);
    m_insertCamera->bind(23, m_journalId);
    m_insertCamera->bind(24, m_time);
    m_insertCamera->bind(25, m_time);
    return {};
}

Status ImportSession::addSite(domain::Site &site)
{
    if (!m_active)
        return makeError(QCoreApplication::translate("nadzor::store", "the import is no longer open"), m_store ? m_store->m_path : QString());
    const QString &file = m_store->m_path;
    if (!site.position.isValid()) {
        ++m_rejected;
        return makeError(QCoreApplication::translate("nadzor::store", "site position (%1, %2) is not a WGS84 longitude and latitude")
                             .arg(site.position.lon)
                             .arg(site.position.lat),
                         file);
    }
    if (site.cameras.isEmpty()) {
        ++m_rejected;
        return makeError(QCoreApplication::translate("nadzor::store", "a site needs at least one camera"), file);
    }
    sqlite3 *db = m_store->m_db.get();
    UuidGenerator &uuids = m_store->m_uuids;

    // Generated uuids are bound as the UTF-8 (ASCII) bytes they are made of.
    const QByteArray newSiteUuid = site.uuid.isEmpty() ? uuids.nextUtf8() : QByteArray();
    Statement &s = *m_insertSite;
    if (site.uuid.isEmpty())
        s.bindText(1, newSiteUuid);
    else
        s.bind(1, site.uuid);
    s.bind(2, site.position.lon);
    s.bind(3, site.position.lat);
    s.bind(4, site.address);
    s.bind(5, site.description);
    const int rc = s.step();
    sqlite3_reset(s.handle());
    if (rc != SQLITE_DONE) {
        ++m_rejected;
        const QString message = sqliteMessage(db);
        if (sqlite3_get_autocommit(db)) {
            // SQLite rolled the whole transaction back (disk full, I/O error, out of memory):
            // going on would store the following sites one autocommit at a time.
            rollback();
            return makeError(QCoreApplication::translate("nadzor::store", "the import was rolled back: %1").arg(message), file);
        }
        return makeError(QCoreApplication::translate("nadzor::store", "cannot import the site: %1").arg(message), file);
    }
    const qint64 siteId = sqlite3_last_insert_rowid(db);

    QVarLengthArray<QByteArray, 4> cameraUuids;
    QVarLengthArray<qint64, 4> cameraIds;
    for (const domain::Camera &camera : std::as_const(site.cameras)) {
        QByteArray uuid;
        const int crc = insertCamera(siteId, camera, uuid);
        if (crc != SQLITE_DONE) {
            const QString message = sqliteMessage(db);
            if (sqlite3_get_autocommit(db)) { // rolled back by SQLite, see above
                ++m_rejected;
                rollback();
                return makeError(QCoreApplication::translate("nadzor::store", "the import was rolled back: %1").arg(message), file);
            }
            m_deleteSite->bind(1, siteId); // its cameras go with it
            m_deleteSite->exec();
            ++m_rejected;
            return makeError(QCoreApplication::translate("nadzor::store", "cannot import a camera of the site: %1").arg(message), file);
        }
        cameraUuids.append(uuid);
        cameraIds.append(sqlite3_last_insert_rowid(db));
    }

    site.id = siteId;
    if (site.uuid.isEmpty())
        site.uuid = QString::fromLatin1(newSiteUuid);
    for (qsizetype i = 0; i < site.cameras.size(); ++i) {
        domain::Camera &camera = site.cameras[i];
        camera.id = cameraIds[i];
        camera.siteId = siteId;
        if (camera.uuid.isEmpty())
            camera.uuid = QString::fromLatin1(cameraUuids[i]);
    }
    ++m_sites;
    m_cameras += site.cameras.size();
    return {};
}

int ImportSession::insertCamera(qint64 siteId, const domain::Camera &camera, QByteArray &newUuid)
{
    Statement &c = *m_insertCamera;
    if (camera.uuid.isEmpty()) {
        newUuid = m_store->m_uuids.nextUtf8();
        c.bindText(1, newUuid);
    } else {
        c.bind(1, camera.uuid);
    }
    c.bind(2, siteId);
    rowcodec::bindCameraFields(c, camera);
    const int rc = c.step();
    sqlite3_reset(c.handle());
    return rc;
}

Status ImportSession::addCamera(qint64 siteId, domain::Camera &camera)
{
    if (!m_active)
        return makeError(QCoreApplication::translate("nadzor::store", "the import is no longer open"), m_store ? m_store->m_path : QString());
    const QString &file = m_store->m_path;
    sqlite3 *db = m_store->m_db.get();
    QByteArray uuid;
    const int rc = insertCamera(siteId, camera, uuid);
    if (rc != SQLITE_DONE) {
        ++m_rejected;
        const QString message = sqliteMessage(db);
        if (sqlite3_get_autocommit(db)) { // rolled back by SQLite, see addSite()
            rollback();
            return makeError(QCoreApplication::translate("nadzor::store", "the import was rolled back: %1").arg(message), file);
        }
        return makeError(QCoreApplication::translate("nadzor::store", "cannot import a camera of site %1: %2").arg(siteId).arg(message), file);
    }
    camera.id = sqlite3_last_insert_rowid(db);
    camera.siteId = siteId;
    if (camera.uuid.isEmpty())
        camera.uuid = QString::fromLatin1(uuid);
    ++m_cameras;
    return {};
}

Status ImportSession::updateSite(const domain::Site &site)
{
    if (!m_active)
        return makeError(QCoreApplication::translate("nadzor::store", "the import is no longer open"), m_store ? m_store->m_path : QString());
    const QString &file = m_store->m_path;
    sqlite3 *db = m_store->m_db.get();
    if (!m_updateSite) {
        m_updateSite = std::make_unique<Statement>();
        if (!m_updateSite->prepare(db, QStringLiteral("UPDATE site SET uuid = coalesce(?2, uuid), address = ?3, "
                                                      "description = ?4 WHERE id = ?1 AND import_id = ?5"))) {
            const QString message = m_updateSite->errorString();
            m_updateSite.reset();
            return makeError(QCoreApplication::translate("nadzor::store", "cannot update an imported site: %1").arg(message), file);
        }
    }
    Statement &u = *m_updateSite;
    u.bind(1, site.id);
    u.bind(2, site.uuid);
    u.bind(3, site.address);
    u.bind(4, site.description);
    u.bind(5, m_journalId);
    if (!u.exec()) {
        const QString message = sqliteMessage(db);
        if (sqlite3_get_autocommit(db)) { // rolled back by SQLite, see addSite()
            rollback();
            return makeError(QCoreApplication::translate("nadzor::store", "the import was rolled back: %1").arg(message), file);
        }
        return makeError(QCoreApplication::translate("nadzor::store", "cannot update imported site %1: %2").arg(site.id).arg(message), file);
    }
    if (sqlite3_changes(db) != 1)
        return makeError(QCoreApplication::translate("nadzor::store", "site %1 is not one of this import's sites").arg(site.id), file);
    return {};
}

Status ImportSession::commit()
{
    if (!m_active)
        return makeError(QCoreApplication::translate("nadzor::store", "the import is no longer open"), m_store ? m_store->m_path : QString());
    sqlite3 *db = m_store->m_db.get();
    const QString file = m_store->m_path;

    sqlite3_exec(db, enforceChecks, nullptr, nullptr, nullptr);
    if (auto s = m_siteIndex.finish(db, file, m_journalId); !s) {
        rollback();
        return s;
    }
    QJsonObject after{{QStringLiteral("import_id"), m_journalId},
                      {QStringLiteral("description"), m_description},
                      {QStringLiteral("sites"), m_sites},
                      {QStringLiteral("cameras"), m_cameras}};
    if (m_rejected)
        after.insert(QStringLiteral("rejected"), m_rejected);
    Statement update(db, QStringLiteral("UPDATE journal SET summary = ?2, after = ?3 WHERE id = ?1"));
    update.bind(1, m_journalId);
    update.bind(2, QCoreApplication::translate("nadzor::store", "Imported %1 with %2: %3")
                       .arg(domain::countedSites(m_sites), domain::countedCameras(m_cameras), m_description));
    update.bindText(3, QJsonDocument(after).toJson(QJsonDocument::Compact));
    if (!update.exec()) {
        const QString message = sqliteMessage(db);
        rollback();
        return makeError(QCoreApplication::translate("nadzor::store", "cannot commit the import: %1").arg(message), file);
    }
    update = Statement();

    m_insertSite.reset();
    m_insertCamera.reset();
    m_deleteSite.reset();
    m_updateSite.reset();
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const QString message = sqliteMessage(db);
        rollback();
        return makeError(QCoreApplication::translate("nadzor::store", "cannot commit the import: %1").arg(message), file);
    }
    m_active = false;
    sqlite3_exec(db, normalCacheSize, nullptr, nullptr, nullptr);
    m_store->m_import = nullptr;
    return {};
}

void ImportSession::rollback()
{
    m_siteIndex.clear(); // ROLLBACK brings the R*Tree trigger back
    m_insertSite.reset();
    m_insertCamera.reset();
    m_deleteSite.reset();
    m_updateSite.reset();
    if (!m_store)
        return;
    sqlite3 *db = m_store->m_db.get();
    if (m_active) {
        if (!sqlite3_get_autocommit(db))
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_exec(db, normalCacheSize, nullptr, nullptr, nullptr);
        sqlite3_exec(db, enforceChecks, nullptr, nullptr, nullptr);
        m_active = false;
        m_sites = 0;
        m_cameras = 0;
    }
    if (m_store->m_import == this)
        m_store->m_import = nullptr;
}

void ImportSession::detach()
{
    rollback();
    m_store = nullptr;
}

qint64 ImportSession::siteCount() const
{
    return m_sites;
}

qint64 ImportSession::cameraCount() const
{
    return m_cameras;
}

qint64 ImportSession::journalId() const
{
    return m_journalId;
}

bool ImportSession::isActive() const
{
    return m_active;
}

} // namespace nadzor::store
