#include "store/importsession.h"

#include "store/projectstore.h"
#include "store/rowcodec.h"
#include "store/statement.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace nadzor::store {

using domain::makeError;
using domain::Status;

namespace {
// Page cache for the import's transaction (negative: KiB). The default (2 MiB) makes the
// uuid and site_id indexes spill to the WAL long before commit.
constexpr const char *importCacheSize = "PRAGMA cache_size = -65536";
constexpr const char *normalCacheSize = "PRAGMA cache_size = -2000";
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
    if (auto s = sqliteExec(db, "BEGIN IMMEDIATE", file, QStringLiteral("start the import")); !s)
        return s;
    m_active = true;
    sqlite3_exec(db, importCacheSize, nullptr, nullptr, nullptr);
    m_time = rowcodec::nowUtc();

    auto entry = m_store->record(QStringLiteral("import"),
                                 QStringLiteral("Import in progress: %1").arg(m_description), {}, {});
    if (!entry) {
        rollback();
        return entry.error();
    }
    m_journalId = entry.value();

    m_insertSite = std::make_unique<Statement>();
    m_insertCamera = std::make_unique<Statement>();
    m_deleteSite = std::make_unique<Statement>();
    if (!m_insertSite->prepare(db, QString::fromUtf8(rowcodec::siteInsert))
        || !m_insertCamera->prepare(db, QString::fromUtf8(rowcodec::cameraInsert))
        || !m_deleteSite->prepare(db, QStringLiteral("DELETE FROM site WHERE id = ?1"))) {
        const QString message = sqliteMessage(db);
        rollback();
        return makeError(QStringLiteral("cannot prepare the import: %1").arg(message), file);
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
        return makeError(QStringLiteral("the import is no longer open"), m_store ? m_store->m_path : QString());
    const QString &file = m_store->m_path;
    if (!site.position.isValid()) {
        ++m_rejected;
        return makeError(QStringLiteral("site position (%1, %2) is not a WGS84 longitude and latitude")
                             .arg(site.position.lon)
                             .arg(site.position.lat),
                         file);
    }
    if (site.cameras.isEmpty()) {
        ++m_rejected;
        return makeError(QStringLiteral("a site needs at least one camera"), file);
    }
    sqlite3 *db = m_store->m_db.get();
    UuidGenerator &uuids = m_store->m_uuids;

    const QString siteUuid = site.uuid.isEmpty() ? uuids.next() : site.uuid;
    Statement &s = *m_insertSite;
    s.bind(1, siteUuid);
    s.bind(2, site.position.lon);
    s.bind(3, site.position.lat);
    s.bind(4, site.address);
    s.bind(5, site.description);
    const int rc = s.step();
    sqlite3_reset(s.handle());
    if (rc != SQLITE_DONE) {
        ++m_rejected;
        return makeError(QStringLiteral("cannot import the site: %1").arg(sqliteMessage(db)), file);
    }
    const qint64 siteId = sqlite3_last_insert_rowid(db);

    QVarLengthArray<QString, 4> cameraUuids;
    QVarLengthArray<qint64, 4> cameraIds;
    Statement &c = *m_insertCamera;
    for (const domain::Camera &camera : std::as_const(site.cameras)) {
        const QString uuid = camera.uuid.isEmpty() ? uuids.next() : camera.uuid;
        c.bind(1, uuid);
        c.bind(2, siteId);
        rowcodec::bindCameraFields(c, camera);
        const int crc = c.step();
        sqlite3_reset(c.handle());
        if (crc != SQLITE_DONE) {
            const QString message = sqliteMessage(db);
            m_deleteSite->bind(1, siteId); // its cameras go with it
            m_deleteSite->exec();
            ++m_rejected;
            return makeError(QStringLiteral("cannot import a camera of the site: %1").arg(message), file);
        }
        cameraUuids.append(uuid);
        cameraIds.append(sqlite3_last_insert_rowid(db));
    }

    site.id = siteId;
    site.uuid = siteUuid;
    for (qsizetype i = 0; i < site.cameras.size(); ++i) {
        domain::Camera &camera = site.cameras[i];
        camera.id = cameraIds[i];
        camera.siteId = siteId;
        camera.uuid = cameraUuids[i];
    }
    ++m_sites;
    m_cameras += site.cameras.size();
    return {};
}

Status ImportSession::commit()
{
    if (!m_active)
        return makeError(QStringLiteral("the import is no longer open"), m_store ? m_store->m_path : QString());
    sqlite3 *db = m_store->m_db.get();
    const QString file = m_store->m_path;

    QJsonObject after{{QStringLiteral("import_id"), m_journalId},
                      {QStringLiteral("description"), m_description},
                      {QStringLiteral("sites"), m_sites},
                      {QStringLiteral("cameras"), m_cameras}};
    if (m_rejected)
        after.insert(QStringLiteral("rejected"), m_rejected);
    Statement update(db, QStringLiteral("UPDATE journal SET summary = ?2, after = ?3 WHERE id = ?1"));
    update.bind(1, m_journalId);
    update.bind(2, QStringLiteral("Imported %1 %2 with %3 %4: %5")
                       .arg(m_sites)
                       .arg(m_sites == 1 ? QStringLiteral("site") : QStringLiteral("sites"))
                       .arg(m_cameras)
                       .arg(m_cameras == 1 ? QStringLiteral("camera") : QStringLiteral("cameras"))
                       .arg(m_description));
    update.bindText(3, QJsonDocument(after).toJson(QJsonDocument::Compact));
    if (!update.exec()) {
        const QString message = sqliteMessage(db);
        rollback();
        return makeError(QStringLiteral("cannot commit the import: %1").arg(message), file);
    }
    update = Statement();

    m_insertSite.reset();
    m_insertCamera.reset();
    m_deleteSite.reset();
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const QString message = sqliteMessage(db);
        rollback();
        return makeError(QStringLiteral("cannot commit the import: %1").arg(message), file);
    }
    m_active = false;
    sqlite3_exec(db, normalCacheSize, nullptr, nullptr, nullptr);
    m_store->m_import = nullptr;
    return {};
}

void ImportSession::rollback()
{
    m_insertSite.reset();
    m_insertCamera.reset();
    m_deleteSite.reset();
    if (!m_store)
        return;
    sqlite3 *db = m_store->m_db.get();
    if (m_active) {
        if (!sqlite3_get_autocommit(db))
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_exec(db, normalCacheSize, nullptr, nullptr, nullptr);
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
