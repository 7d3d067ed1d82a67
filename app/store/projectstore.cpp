#include "store/projectstore.h"

#include "store/importsession.h"
#include "store/photosanitizer.h"
#include "store/rowcodec.h"
#include "store/schemamanager.h"
#include "store/statement.h"
#include "store/wkb.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUrl>
#include <QVariant>

#include <sqlite3.h>

#include <pwd.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include <QCoreApplication>
#include "domain/plural.h"

namespace nadzor::store {

using domain::Error;
using domain::makeError;
using domain::Result;
using domain::Status;

namespace {

constexpr int busyTimeoutMs = 5000;

QString defaultAuthor()
{
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

QByteArray toJsonText(const QJsonObject &object)
{
    if (object.isEmpty())
        return QByteArray();
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject fromJsonText(const QString &text)
{
    if (text.isEmpty())
        return QJsonObject();
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

bool isBulkAction(const QString &action)
{
    return action == QLatin1String("import") || action == QLatin1String("save_boundary_layer")
        || action == QLatin1String("delete_boundary_layer");
}

// Why the file cannot be written to, or an empty string. Root can write a file whatever its
// permission bits say, so a file without any write bit counts as read-only as well.
QString readOnlyReason(const QString &path)
{
    const QFileInfo info(path);
    // (WriteUser is what access() says, which is always true for root: look at the mode bits.)
    const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (!info.isWritable() || !(info.permissions() & writeBits))
        return QCoreApplication::translate("nadzor::store", "the file is read-only");
    struct statvfs fs;
    if (statvfs(QFile::encodeName(path).constData(), &fs) == 0 && (fs.f_flag & ST_RDONLY))
        return QCoreApplication::translate("nadzor::store", "it is on a read-only medium");
    const QFileInfo folder(info.absolutePath());
    if (!folder.isWritable())
        return QCoreApplication::translate("nadzor::store", "its folder is not writable (SQLite keeps the -wal and -shm files beside it)");
    return QString();
}

// Opens a connection that cannot write. A WAL file whose -shm cannot be created (read-only
// folder or medium) is opened immutable as a last resort.
Result<SqlitePtr> openReadOnlyConnection(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    sqlite3 *raw = nullptr;
    int rc = sqlite3_open_v2(name.constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    SqlitePtr db(raw);
    if (rc != SQLITE_OK)
        return makeError(QCoreApplication::translate("nadzor::store", "cannot open the project: %1").arg(sqliteMessage(raw)), path);
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, busyTimeoutMs);
    rc = sqlite3_exec(raw, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if ((rc & 0xff) == SQLITE_CANTOPEN || (rc & 0xff) == SQLITE_READONLY) {
        db.reset();
        const QByteArray uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded()
            + "?immutable=1";
        raw = nullptr;
        rc = sqlite3_open_v2(uri.constData(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
        db.reset(raw);
        if (rc != SQLITE_OK)
            return makeError(QCoreApplication::translate("nadzor::store", "cannot open the project: %1").arg(sqliteMessage(raw)), path);
        sqlite3_extended_result_codes(raw, 1);
    }
    return db;
}

struct Inspection {
    bool empty = false; // a 0-byte file or an SQLite file without any table: a new project
    int version = 0;
};

// Looks at a file without changing it: is it a Nadzor project this build can open?
Result<Inspection> inspect(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(QCoreApplication::translate("nadzor::store", "no such file"), path);
    if (!info.isFile())
        return makeError(QCoreApplication::translate("nadzor::store", "not a file"), path);
    if (info.size() == 0)
        return Inspection{true, 0};

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QCoreApplication::translate("nadzor::store", "cannot read the file: %1").arg(file.errorString()), path);
    const QByteArray magic = file.read(16);
    file.close();
    if (magic != QByteArray("SQLite format 3\0", 16))
        return makeError(QCoreApplication::translate("nadzor::store", "not a Nadzor project (not an SQLite database)"), path);
    if (info.size() < 512)
        return makeError(QCoreApplication::translate("nadzor::store", "the project file is damaged (truncated to %1 bytes)").arg(info.size()),
                         path);

    auto connection = openReadOnlyConnection(path);
    if (!connection)
        return connection.error();
    sqlite3 *db = connection.value().get();

    auto damaged = [&](const QString &detail) {
        return makeError(QCoreApplication::translate("nadzor::store", "the project file is damaged (%1)").arg(detail), path);
    };
    const auto appId = sqliteQueryInt(db, "PRAGMA application_id", path);
    const auto version = sqliteQueryInt(db, "PRAGMA user_version", path);
    const auto objects = sqliteQueryInt(db, "SELECT count(*) FROM sqlite_master", path);
    if (!appId || !version || !objects) {
        const int code = sqlite3_extended_errcode(db) & 0xff;
        const QString message = !appId ? appId.error().message
            : !version                  ? version.error().message
                                        : objects.error().message;
        if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
            return damaged(message);
        return makeError(QCoreApplication::translate("nadzor::store", "cannot read the project: %1").arg(message), path);
    }

    const int latest = SchemaManager::latestVersion();
    if (appId.value() != SchemaManager::applicationId) {
        if (appId.value() == 0 && objects.value() == 0 && version.value() == 0)
            return Inspection{true, 0};
        if (appId.value() == 0)
            return makeError(QCoreApplication::translate("nadzor::store", "not a Nadzor project (an SQLite database of another application)"),
                             path);
        return makeError(QCoreApplication::translate("nadzor::store", "not a Nadzor project (an SQLite database of another application, "
                                        "application_id 0x%1)")
                             .arg(quint32(appId.value()), 8, 16, QLatin1Char('0')),
                         path);
    }
    if (version.value() > latest)
        return makeError(QCoreApplication::translate("nadzor::store", "this project was written by a newer version of Nadzor (schema "
                                        "version %1; this version knows up to %2). Please update Nadzor "
                                        "to open it.")
                             .arg(version.value())
                             .arg(latest),
                         path);

    // quick_check reads every page: O(file size), a fraction of integrity_check's cost.
    Statement check(db, QStringLiteral("PRAGMA quick_check(5)"));
    if (!check.isValid())
        return damaged(check.errorString());
    QStringList problems;
    int rc;
    while ((rc = check.step()) == SQLITE_ROW) {
        const QString line = check.text(0);
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (rc != SQLITE_DONE)
        return damaged(sqliteMessage(db));
    if (!problems.isEmpty())
        return damaged(problems.join(QStringLiteral("; ")));

    if (version.value() >= 1) {
        const auto tables = sqliteQueryInt(
            db,
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
            "('site', 'camera', 'photo', 'journal', 'boundary_layer', 'boundary', 'site_rtree')",
            path);
        if (!tables || tables.value() != 7)
            return makeError(QCoreApplication::translate("nadzor::store", "not a Nadzor project (tables are missing)"), path);
    }
    return Inspection{false, int(version.value())};
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Opening

ProjectStore::ProjectStore(QString path, SqlitePtr db, bool readOnly)
    : m_path(std::move(path)), m_db(std::move(db)), m_readOnly(readOnly), m_author(defaultAuthor())
{
}

ProjectStore::~ProjectStore()
{
    if (m_import)
        m_import->detach();
    m_statements.clear(); // finalize before the connection closes
    if (m_db && !m_readOnly) {
        // Fold the WAL back into the file so that a closed project is one self-contained file.
        sqlite3_wal_checkpoint_v2(m_db.get(), nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    }
    m_db.reset();   // close the connection before another Nadzor may take the lock
    m_lock.reset();
}

int ProjectStore::latestSchemaVersion()
{
    return SchemaManager::latestVersion();
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::create(const QString &path)
{
    if (QFileInfo::exists(path))
        return makeError(QCoreApplication::translate("nadzor::store", "cannot create the project: the file already exists"), path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return makeError(QCoreApplication::translate("nadzor::store", "cannot create the project: %1").arg(file.errorString()), path);
    file.close();
    auto store = openChecked(path, OpenMode::ReadWrite, true);
    if (!store)
        QFile::remove(path);
    return store;
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::open(const QString &path, OpenMode mode)
{
    return openChecked(path, mode, false);
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::openOrCreate(const QString &path)
{
    if (QFileInfo::exists(path))
        return open(path, OpenMode::ReadWrite);
    return create(path);
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::openChecked(const QString &path, OpenMode mode,
                                                                bool isNew)
{
    const auto inspection = inspect(path);
    if (!inspection)
        return inspection.error();
    const int latest = SchemaManager::latestVersion();

    if (mode == OpenMode::ReadOnly) {
        if (inspection.value().empty)
            return makeError(QCoreApplication::translate("nadzor::store", "not a Nadzor project (the file is empty)"), path);
        if (inspection.value().version < latest)
            return makeError(QCoreApplication::translate("nadzor::store", "the project uses an older schema (version %1) and must be "
                                            "opened for writing once to be upgraded to version %2")
                                 .arg(inspection.value().version)
                                 .arg(latest),
                             path);
        auto db = openReadOnlyConnection(path);
        if (!db)
            return db.error();
        sqlite3_exec(db.value().get(), "PRAGMA query_only = ON", nullptr, nullptr, nullptr);
        return std::unique_ptr<ProjectStore>(new ProjectStore(path, db.take(), true));
    }

    if (const QString reason = readOnlyReason(path); !reason.isEmpty())
        return makeError(QCoreApplication::translate("nadzor::store", "cannot open the project for writing: %1. Open it read-only to "
                                        "view it.")
                             .arg(reason),
                         path);

    // One writer per project: whoever holds PROJECT.lock; everyone else reads.
    LockOwner owner;
    auto lock = ProjectLock::tryAcquire(path, &owner);
    if (!lock)
        return lock.error();
    if (!lock.value()) {
        const QString holder = owner.pid > 0
            ? QCoreApplication::translate("nadzor::store", "pid %1 on host %2").arg(owner.pid).arg(owner.host)
            : QCoreApplication::translate("nadzor::store", "lock file %1").arg(ProjectLock::lockPath(path));
        QString notice = QCoreApplication::translate("nadzor::store", "%1 is open in another Nadzor (%2)").arg(path, holder);
        if (inspection.value().empty || inspection.value().version < latest)
            return makeError(QCoreApplication::translate("nadzor::store", "%1; close it there first").arg(notice));
        auto readOnly = openChecked(path, OpenMode::ReadOnly, false);
        if (!readOnly)
            return readOnly.error();
        readOnly.value()->m_notice = notice + QCoreApplication::translate("nadzor::store", "; opened read-only");
        return readOnly;
    }

    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    SqlitePtr db(raw);
    if (rc != SQLITE_OK)
        return makeError(QCoreApplication::translate("nadzor::store", "cannot open the project: %1").arg(sqliteMessage(raw)), path);
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, busyTimeoutMs);

    // WAL: readers never block the writer and a crash cannot corrupt the file. NORMAL
    // synchronous is safe with WAL (the last commits may be lost on power failure, nothing else).
    // temp_store=MEMORY keeps statement journals (every insert fires the R*Tree trigger) off disk.
    Statement wal(raw, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!wal.isValid() || wal.step() != SQLITE_ROW || wal.text(0).toLower() != QLatin1String("wal"))
        return makeError(QCoreApplication::translate("nadzor::store", "cannot switch the project to WAL journal mode: %1")
                             .arg(sqliteMessage(raw)),
                         path);
    wal = Statement();
    if (auto s = sqliteExec(raw, "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; "
                                 "PRAGMA secure_delete = ON;", path,
                            QCoreApplication::translate("nadzor::store", "configure the connection"));
        !s)
        return s.error();

    if (auto s = SchemaManager::migrate(raw, SchemaManager::builtinMigrations(), path); !s)
        return s.error();

    if (isNew || inspection.value().empty) {
        Statement info(raw, QStringLiteral("INSERT OR IGNORE INTO project_info (key, value) VALUES "
                                           "('created', ?1), ('created_by', ?2)"));
        info.bind(1, rowcodec::nowUtc());
        info.bind(2, QStringLiteral("Nadzor " NADZOR_VERSION));
        if (!info.exec())
            return makeError(QCoreApplication::translate("nadzor::store", "cannot write the project's details: %1").arg(sqliteMessage(raw)),
                             path);
    }
    std::unique_ptr<ProjectStore> store(new ProjectStore(path, std::move(db), false));
    store->m_lock = lock.take();
    return store;
}

QString ProjectStore::path() const
{
    return m_path;
}

bool ProjectStore::isReadOnly() const
{
    return m_readOnly;
}

QString ProjectStore::notice() const
{
    return m_notice;
}

void ProjectStore::setAuthor(const QString &author)
{
    m_author = author.trimmed().isEmpty() ? defaultAuthor() : author.trimmed();
}

QString ProjectStore::author() const
{
    return m_author;
}

QString ProjectStore::errorString() const
{
    return m_lastError;
}

// ---------------------------------------------------------------------------------------------
// Helpers

Error ProjectStore::fail(const QString &message) const
{
    Error error = makeError(message, m_path);
    m_lastError = error.toString();
    return error;
}

Error ProjectStore::failSql(const QString &what) const
{
    //: %1 is an action such as "delete site 12", %2 the database's reason
    return fail(QCoreApplication::translate("nadzor::store", "cannot %1: %2").arg(what, sqliteMessage(m_db.get())));
}

Status ProjectStore::checkWritable(const QString &what) const
{
    if (m_readOnly && !m_notice.isEmpty())
        return fail(QCoreApplication::translate("nadzor::store", "cannot %1: %2").arg(what, m_notice));
    if (m_readOnly)
        return fail(QCoreApplication::translate("nadzor::store", "cannot %1: the project is open read-only").arg(what));
    if (m_import)
        return fail(QCoreApplication::translate("nadzor::store", "cannot %1: an import is in progress").arg(what));
    return {};
}

Status ProjectStore::transaction(const QString &what, const std::function<Status()> &body)
{
    if (auto s = checkWritable(what); !s)
        return s;
    if (sqlite3_exec(m_db.get(), "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return failSql(what);
    Status status = body();
    if (status && sqlite3_exec(m_db.get(), "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        status = failSql(what);
    if (!status) {
        if (!sqlite3_get_autocommit(m_db.get()))
            sqlite3_exec(m_db.get(), "ROLLBACK", nullptr, nullptr, nullptr);
        m_lastError = status.errorString();
    }
    return status;
}

Statement *ProjectStore::cached(const char *sql) const
{
    auto &slot = m_statements[sql];
    if (!slot) {
        slot = std::make_unique<Statement>();
        if (!slot->prepare(m_db.get(), QString::fromUtf8(sql))) {
            m_lastError = makeError(QCoreApplication::translate("nadzor::store", "cannot prepare a query: %1").arg(slot->errorString()),
                                    m_path)
                              .toString();
            qWarning("nadzor store: %s", qPrintable(m_lastError));
        }
    } else {
        slot->reset();
    }
    return slot.get();
}

Result<QStringList> ProjectStore::columns(const QString &table) const
{
    if (auto it = m_columns.constFind(table); it != m_columns.constEnd())
        return *it;
    Statement stmt(m_db.get(), QStringLiteral("SELECT name FROM pragma_table_info(?1)"));
    stmt.bind(1, table);
    QStringList names;
    while (stmt.step() == SQLITE_ROW)
        names << stmt.text(0);
    if (names.isEmpty())
        return fail(QCoreApplication::translate("nadzor::store", "no table %1 in the project").arg(table));
    m_columns.insert(table, names);
    return names;
}

// ---------------------------------------------------------------------------------------------
// Journal

Result<QJsonArray> ProjectStore::snapshot(const QString &table, const QString &where, qint64 param) const
{
    Statement stmt(m_db.get(), QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY id").arg(table, where));
    if (!stmt.isValid())
        return failSql(QCoreApplication::translate("nadzor::store", "read %1 rows for the journal").arg(table));
    stmt.bind(1, param);
    QJsonArray rows;
    int rc;
    while ((rc = stmt.step()) == SQLITE_ROW) {
        QJsonObject row;
        for (int i = 0; i < stmt.columnCount(); ++i) {
            switch (stmt.columnType(i)) {
            case SQLITE_INTEGER: row.insert(stmt.columnName(i), stmt.int64(i)); break;
            case SQLITE_FLOAT: row.insert(stmt.columnName(i), stmt.real(i)); break;
            case SQLITE_TEXT: row.insert(stmt.columnName(i), stmt.text(i)); break;
            case SQLITE_NULL: row.insert(stmt.columnName(i), QJsonValue::Null); break;
            default: break; // blobs (photo bytes) live in undone_photo, not in the journal text
            }
        }
        rows.append(row);
    }
    if (rc != SQLITE_DONE)
        return failSql(QCoreApplication::translate("nadzor::store", "read %1 rows for the journal").arg(table));
    return rows;
}

Status ProjectStore::discardRedoBranch()
{
    static const char *const sql =
        "DELETE FROM undone_site WHERE journal_id IN (SELECT id FROM journal WHERE undone = 1 AND discarded = 0);"
        "DELETE FROM undone_camera WHERE journal_id IN (SELECT id FROM journal WHERE undone = 1 AND discarded = 0);"
        "DELETE FROM undone_photo WHERE journal_id IN (SELECT id FROM journal WHERE undone = 1 AND discarded = 0);"
        "DELETE FROM undone_boundary WHERE journal_id IN (SELECT id FROM journal WHERE undone = 1 AND discarded = 0);"
        "DELETE FROM undone_boundary_layer WHERE journal_id IN (SELECT id FROM journal WHERE undone = 1 AND discarded = 0);"
        "UPDATE journal SET discarded = 1 WHERE undone = 1 AND discarded = 0;";
    if (sqlite3_exec(m_db.get(), sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return failSql(QCoreApplication::translate("nadzor::store", "give up the redo history"));
    return {};
}

Result<qint64> ProjectStore::record(const QString &action, const QString &summary,
                                    const QJsonObject &before, const QJsonObject &after)
{
    if (auto s = discardRedoBranch(); !s)
        return s.error();
    Statement *stmt = cached("INSERT INTO journal (at, author, action, summary, before, after) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    stmt->bind(1, rowcodec::nowUtc());
    stmt->bind(2, m_author);
    stmt->bind(3, action);
    stmt->bind(4, summary);
    stmt->bindText(5, toJsonText(before));
    stmt->bindText(6, toJsonText(after));
    if (!stmt->exec())
        return failSql(QCoreApplication::translate("nadzor::store", "write the journal entry"));
    return qint64(sqlite3_last_insert_rowid(m_db.get()));
}

static void bindJson(Statement &stmt, int index, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: stmt.bind(index, qint64(value.toBool())); break;
    case QJsonValue::Double:
        if (value.toVariant().typeId() == QMetaType::LongLong)
            stmt.bind(index, value.toInteger());
        else
            stmt.bind(index, value.toDouble());
        break;
    case QJsonValue::String: {
        const QString s = value.toString();
        if (s.isEmpty()) // keep '' distinct from NULL
            sqlite3_bind_text(stmt.handle(), index, "", 0, SQLITE_STATIC);
        else
            stmt.bind(index, s);
        break;
    }
    default: stmt.bindNull(index); break;
    }
}

Status ProjectStore::insertRow(const QString &table, const QJsonObject &row)
{
    auto known = columns(table);
    if (!known)
        return known.error();
    QStringList names;
    QStringList params;
    for (const QString &name : known.value()) {
        if (row.contains(name)) {
            names << name;
            params << QStringLiteral("?%1").arg(names.size());
        }
    }
    Statement stmt(m_db.get(), QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(table, names.join(QLatin1Char(',')), params.join(QLatin1Char(','))));
    if (!stmt.isValid())
        return failSql(QCoreApplication::translate("nadzor::store", "restore a %1 row").arg(table));
    for (int i = 0; i < names.size(); ++i)
        bindJson(stmt, i + 1, row.value(names[i]));
    if (!stmt.exec())
        return failSql(QCoreApplication::translate("nadzor::store", "restore %1 %2").arg(table).arg(row.value(QLatin1String("id")).toInteger()));
    return {};
}

Status ProjectStore::updateRow(const QString &table, const QJsonObject &row)
{
    auto known = columns(table);
    if (!known)
        return known.error();
    QStringList names;
    QStringList sets;
    for (const QString &name : known.value()) {
        if (name != QLatin1String("id") && row.contains(name)) {
            names << name;
            sets << QStringLiteral("%1 = ?%2").arg(name).arg(names.size() + 1);
        }
    }
    Statement stmt(m_db.get(),
                   QStringLiteral("UPDATE %1 SET %2 WHERE id = ?1").arg(table, sets.join(QLatin1Char(','))));
    if (!stmt.isValid())
        return failSql(QCoreApplication::translate("nadzor::store", "restore a %1 row").arg(table));
    const qint64 id = row.value(QLatin1String("id")).toInteger();
    stmt.bind(1, id);
    for (int i = 0; i < names.size(); ++i)
        bindJson(stmt, i + 2, row.value(names[i]));
    if (!stmt.exec())
        return failSql(QCoreApplication::translate("nadzor::store", "restore %1 %2").arg(table).arg(id));
    if (sqlite3_changes(m_db.get()) != 1)
        return fail(QCoreApplication::translate("nadzor::store", "cannot restore %1 %2: the row is missing (journal out of step)").arg(table).arg(id));
    return {};
}

Status ProjectStore::deleteRow(const QString &table, qint64 id)
{
    Statement stmt(m_db.get(), QStringLiteral("DELETE FROM %1 WHERE id = ?1").arg(table));
    stmt.bind(1, id);
    if (!stmt.exec())
        return failSql(QCoreApplication::translate("nadzor::store", "remove %1 %2").arg(table).arg(id));
    if (sqlite3_changes(m_db.get()) != 1)
        return fail(QCoreApplication::translate("nadzor::store", "cannot remove %1 %2: the row is missing (journal out of step)").arg(table).arg(id));
    return {};
}

Status ProjectStore::moveToShadow(const QString &table, qint64 journalId, const QString &where, qint64 param)
{
    auto known = columns(table);
    if (!known)
        return known.error();
    const QString cols = known.value().join(QLatin1Char(','));
    Statement stmt(m_db.get(), QStringLiteral("INSERT INTO undone_%1 (journal_id,%2) SELECT ?1,%2 FROM %1 WHERE %3")
                                   .arg(table, cols, where));
    if (!stmt.isValid())
        return failSql(QCoreApplication::translate("nadzor::store", "keep the %1 rows for undo").arg(table));
    stmt.bind(1, journalId);
    if (where.contains(QLatin1String("?2")))
        stmt.bind(2, param);
    if (!stmt.exec())
        return failSql(QCoreApplication::translate("nadzor::store", "keep the %1 rows for undo").arg(table));
    return {};
}

Status ProjectStore::restoreFromShadow(const QString &table, qint64 journalId, const QString &where,
                                       qint64 param)
{
    auto known = columns(table);
    if (!known)
        return known.error();
    const QString cols = known.value().join(QLatin1Char(','));
    Statement copy(m_db.get(), QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM undone_%1 WHERE journal_id = ?1 "
                                              "AND (%3) ORDER BY id")
                                   .arg(table, cols, where));
    Statement drop(m_db.get(),
                   QStringLiteral("DELETE FROM undone_%1 WHERE journal_id = ?1 AND (%2)").arg(table, where));
    if (!copy.isValid() || !drop.isValid())
        return failSql(QCoreApplication::translate("nadzor::store", "restore the %1 rows").arg(table));
    for (Statement *stmt : {&copy, &drop}) {
        stmt->bind(1, journalId);
        if (where.contains(QLatin1String("?2")))
            stmt->bind(2, param);
        if (!stmt->exec())
            return failSql(QCoreApplication::translate("nadzor::store", "restore the %1 rows").arg(table));
    }
    return {};
}

// Turns the rows of `from` into the rows of `to`: deletes rows only in `from`, inserts rows only
// in `to`, updates rows in both. Photo bytes move to and from undone_photo under `journalId`.
Status ProjectStore::applyState(qint64 journalId, const QJsonObject &from, const QJsonObject &to)
{
    auto byId = [](const QJsonArray &rows) {
        QMap<qint64, QJsonObject> out;
        for (const QJsonValue &row : rows)
            out.insert(row.toObject().value(QLatin1String("id")).toInteger(), row.toObject());
        return out;
    };
    const QStringList parentsFirst = {QStringLiteral("site"), QStringLiteral("camera"), QStringLiteral("photo"),
                                       QStringLiteral("slide")};
    QHash<QString, QMap<qint64, QJsonObject>> fromRows, toRows;
    for (const QString &table : parentsFirst) {
        fromRows.insert(table, byId(from.value(table).toArray()));
        toRows.insert(table, byId(to.value(table).toArray()));
    }
    // Deletions, children first.
    for (auto t = parentsFirst.crbegin(); t != parentsFirst.crend(); ++t) {
        const QString &table = *t;
        for (auto it = fromRows[table].cbegin(); it != fromRows[table].cend(); ++it) {
            if (toRows[table].contains(it.key()))
                continue;
            if (table == QLatin1String("photo")) {
                if (auto s = moveToShadow(table, journalId, QStringLiteral("id = ?2"), it.key()); !s)
                    return s;
            }
            if (auto s = deleteRow(table, it.key()); !s)
                return s;
        }
    }
    // Insertions, parents first; then updates.
    for (const QString &table : parentsFirst) {
        for (auto it = toRows[table].cbegin(); it != toRows[table].cend(); ++it) {
            if (fromRows[table].contains(it.key())) {
                if (fromRows[table].value(it.key()) != it.value()) {
                    if (auto s = updateRow(table, it.value()); !s)
                        return s;
                }
                continue;
            }
            Status s = table == QLatin1String("photo")
                ? restoreFromShadow(table, journalId, QStringLiteral("id = ?2"), it.key())
                : insertRow(table, it.value());
            if (!s)
                return s;
        }
    }
    return {};
}

Status ProjectStore::applyBulk(qint64 journalId, const QString &action, const QJsonObject &payload, bool undo)
{
    auto remove = [&](const QString &table, const QString &where, qint64 param, const QString &what) -> Status {
        if (auto s = moveToShadow(table, journalId, where, param); !s)
            return s;
        Statement stmt(m_db.get(), QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, where));
        if (where.contains(QLatin1String("?2")))
            stmt.bind(2, param);
        if (!stmt.exec())
            return failSql(what);
        return {};
    };
    if (action == QLatin1String("import")) {
        if (undo) {
            // The cameras first, while their sites still say which import they came from.
            if (auto s = moveToShadow(QStringLiteral("camera"), journalId,
                                      QStringLiteral("site_id IN (SELECT id FROM site WHERE import_id = ?2)"),
                                      journalId);
                !s)
                return s;
            return remove(QStringLiteral("site"), QStringLiteral("import_id = ?2"), journalId,
                          QCoreApplication::translate("nadzor::store", "undo the import"));
        }
        if (auto s = restoreFromShadow(QStringLiteral("site"), journalId, QStringLiteral("1"), 0); !s)
            return s;
        return restoreFromShadow(QStringLiteral("camera"), journalId, QStringLiteral("1"), 0);
    }
    const qint64 layerId = payload.value(QLatin1String("layer_id")).toInteger();
    const bool removeLayer = (action == QLatin1String("save_boundary_layer")) == undo;
    if (removeLayer) {
        if (auto s = moveToShadow(QStringLiteral("boundary"), journalId, QStringLiteral("layer_id = ?2"), layerId); !s)
            return s;
        return remove(QStringLiteral("boundary_layer"), QStringLiteral("id = ?2"), layerId,
                      QCoreApplication::translate("nadzor::store", "remove boundary layer %1").arg(layerId));
    }
    if (auto s = restoreFromShadow(QStringLiteral("boundary_layer"), journalId, QStringLiteral("1"), 0); !s)
        return s;
    return restoreFromShadow(QStringLiteral("boundary"), journalId, QStringLiteral("1"), 0);
}

Status ProjectStore::step(bool undo)
{
    const QString what = undo ? QCoreApplication::translate("nadzor::store", "undo")
                               : QCoreApplication::translate("nadzor::store", "redo");
    if (auto s = checkWritable(what); !s)
        return s;
    Statement *find = cached(undo ? "SELECT id, action, before, after FROM journal WHERE undone = 0 "
                                    "ORDER BY id DESC LIMIT 1"
                                  : "SELECT id, action, before, after FROM journal WHERE undone = 1 "
                                    "AND discarded = 0 ORDER BY id LIMIT 1");
    const int rc = find->step();
    if (rc != SQLITE_ROW) {
        if (rc == SQLITE_DONE)
            return fail(undo ? QCoreApplication::translate("nadzor::store", "nothing to undo") : QCoreApplication::translate("nadzor::store", "nothing to redo"));
        return failSql(what);
    }
    const qint64 id = find->int64(0);
    const QString action = find->text(1);
    const QJsonObject before = fromJsonText(find->text(2));
    const QJsonObject after = fromJsonText(find->text(3));
    find->reset();
    if (undo && action == QLatin1String(purgeAction))
        return fail(purgeBarrierMessage(after));

    return transaction(what, [&]() -> Status {
        Status s = isBulkAction(action)
            ? applyBulk(id, action, after.isEmpty() ? before : after, undo)
            : applyState(id, undo ? after : before, undo ? before : after);
        if (!s)
            return s;
        Statement *mark = cached(undo ? "UPDATE journal SET undone = 1, undone_at = ?2, undone_by = ?3 WHERE id = ?1"
                                      : "UPDATE journal SET undone = 0, redone_at = ?2, redone_by = ?3 WHERE id = ?1");
        mark->bind(1, id);
        mark->bind(2, rowcodec::nowUtc());
        mark->bind(3, m_author);
        if (!mark->exec())
            return failSql(QCoreApplication::translate("nadzor::store", "mark journal entry %1").arg(id));
        return {};
    });
}

Status ProjectStore::undo()
{
    return step(true);
}

Status ProjectStore::redo()
{
    return step(false);
}

bool ProjectStore::canUndo() const
{
    return !m_readOnly && !undoSummary().isNull();
}

bool ProjectStore::canRedo() const
{
    return !m_readOnly && !redoSummary().isNull();
}

QString ProjectStore::undoSummary() const
{
    // A purge of deleted photos cannot be undone, nor can anything before it: no summary.
    Statement *stmt = cached("SELECT summary, action FROM journal WHERE undone = 0 ORDER BY id DESC LIMIT 1");
    QString out;
    if (stmt->step() == SQLITE_ROW && stmt->text(1) != QLatin1String(purgeAction))
        out = stmt->text(0).isNull() ? QStringLiteral("") : stmt->text(0);
    stmt->reset();
    return out;
}

QString ProjectStore::redoSummary() const
{
    Statement *stmt = cached("SELECT summary FROM journal WHERE undone = 1 AND discarded = 0 ORDER BY id LIMIT 1");
    QString out;
    if (stmt->step() == SQLITE_ROW)
        out = stmt->text(0).isNull() ? QStringLiteral("") : stmt->text(0);
    stmt->reset();
    return out;
}

Result<QList<JournalEntry>> ProjectStore::journal() const
{
    Statement stmt(m_db.get(), QStringLiteral("SELECT id, at, author, action, summary, undone, discarded "
                                              "FROM journal ORDER BY id"));
    QList<JournalEntry> out;
    int rc;
    while ((rc = stmt.step()) == SQLITE_ROW) {
        JournalEntry e;
        e.id = stmt.int64(0);
        e.at = rowcodec::fromStoredTime(stmt.text(1));
        e.author = stmt.text(2);
        e.action = stmt.text(3);
        e.summary = stmt.text(4);
        e.undone = stmt.int64(5) != 0;
        e.discarded = stmt.int64(6) != 0;
        out.append(e);
    }
    if (rc != SQLITE_DONE)
        return failSql(QCoreApplication::translate("nadzor::store", "read the journal"));
    return out;
}

// ---------------------------------------------------------------------------------------------
// Sites and cameras

static QString describe(const domain::Site &site)
{
    if (!site.address.isEmpty())
        return QCoreApplication::translate("nadzor::store", "site %1 (%2)").arg(site.id).arg(site.address);
    return QCoreApplication::translate("nadzor::store", "site %1 at %2, %3").arg(site.id).arg(site.position.lat, 0, 'f', 6).arg(site.position.lon, 0, 'f', 6);
}

Result<qint64> ProjectStore::addSite(domain::Site &site)
{
    if (!site.position.isValid())
        return fail(QCoreApplication::translate("nadzor::store", "cannot add the site: its position (%1, %2) is not a WGS84 longitude and latitude")
                        .arg(site.position.lon)
                        .arg(site.position.lat));
    domain::Site s = site;
    const Status status = transaction(QCoreApplication::translate("nadzor::store", "add a site"), [&]() -> Status {
        const QString now = rowcodec::nowUtc();
        if (s.uuid.isEmpty())
            s.uuid = m_uuids.next();
        Statement *insert = cached(rowcodec::siteInsert);
        insert->bind(1, s.uuid);
        insert->bind(2, s.position.lon);
        insert->bind(3, s.position.lat);
        insert->bind(4, s.address);
        insert->bind(5, s.description);
        insert->bindNull(6);
        insert->bind(7, now);
        insert->bind(8, now);
        if (!insert->exec())
            return failSql(QCoreApplication::translate("nadzor::store", "add the site"));
        s.id = sqlite3_last_insert_rowid(m_db.get());
        for (domain::Camera &c : s.cameras) {
            c.siteId = s.id;
            if (c.uuid.isEmpty())
                c.uuid = m_uuids.next();
            Statement *cam = cached(rowcodec::cameraInsert);
            cam->bind(1, c.uuid);
            cam->bind(2, c.siteId);
            rowcodec::bindCameraFields(*cam, c);
            cam->bindNull(23);
            cam->bind(24, now);
            cam->bind(25, now);
            if (!cam->exec())
                return failSql(QCoreApplication::translate("nadzor::store", "add a camera of the site"));
            c.id = sqlite3_last_insert_rowid(m_db.get());
        }
        auto siteRows = snapshot(QStringLiteral("site"), QStringLiteral("id = ?1"), s.id);
        auto cameraRows = snapshot(QStringLiteral("camera"), QStringLiteral("site_id = ?1"), s.id);
        if (!siteRows || !cameraRows)
            return !siteRows ? siteRows.error() : cameraRows.error();
        QJsonObject after{{QStringLiteral("site"), siteRows.value()}};
        if (!cameraRows.value().isEmpty())
            after.insert(QStringLiteral("camera"), cameraRows.value());
        auto entry = record(QStringLiteral("add_site"),
                            domain::plural(QCoreApplication::translate("nadzor::store", "Added %1 with %n camera(s)", nullptr,
                                                                       int(s.cameras.size())),
                                           s.cameras.size())
                                .arg(describe(s)),
                            {}, after);
        return entry ? Status() : Status(entry.error());
    });
    if (!status)
        return status.error();
    site = s;
    return s.id;
}

Status ProjectStore::updateSite(const domain::Site &site)
{
    if (!site.position.isValid())
        return fail(QCoreApplication::translate("nadzor::store", "cannot update site %1: its position (%2, %3) is not a WGS84 longitude and latitude")
                        .arg(site.id)
                        .arg(site.position.lon)
                        .arg(site.position.lat));
    return transaction(QCoreApplication::translate("nadzor::store", "update site %1").arg(site.id), [&]() -> Status {
        auto before = snapshot(QStringLiteral("site"), QStringLiteral("id = ?1"), site.id);
        if (!before)
            return before.error();
        if (before.value().isEmpty())
            return fail(QCoreApplication::translate("nadzor::store", "cannot update site %1: there is no such site").arg(site.id));
        Statement *update = cached("UPDATE site SET lon = ?2, lat = ?3, address = ?4, description = ?5, "
                                   "modified = ?6 WHERE id = ?1");
        update->bind(1, site.id);
        update->bind(2, site.position.lon);
        update->bind(3, site.position.lat);
        update->bind(4, site.address);
        update->bind(5, site.description);
        update->bind(6, rowcodec::nowUtc());
        if (!update->exec())
            return failSql(QCoreApplication::translate("nadzor::store", "update site %1").arg(site.id));
        auto after = snapshot(QStringLiteral("site"), QStringLiteral("id = ?1"), site.id);
        if (!after)
            return after.error();
        auto entry = record(QCoreApplication::translate("nadzor::store", "update_site"), QStringLiteral("Changed %1").arg(describe(site)),
                            {{QStringLiteral("site"), before.value()}}, {{QStringLiteral("site"), after.value()}});
        return entry ? Status() : Status(entry.error());
    });
}

Status ProjectStore::deleteSite(qint64 siteId)
{
    return transaction(QCoreApplication::translate("nadzor::store", "delete site %1").arg(siteId), [&]() -> Status {
        auto siteRows = snapshot(QStringLiteral("site"), QStringLiteral("id = ?1"), siteId);
        auto cameraRows = snapshot(QStringLiteral("camera"), QStringLiteral("site_id = ?1"), siteId);
        auto photoRows = snapshot(QStringLiteral("photo"),
                                  QStringLiteral("site_id = ?1 OR camera_id IN (SELECT id FROM camera WHERE site_id = ?1)"),
                                  siteId);
        if (!siteRows)
            return siteRows.error();
        if (!cameraRows)
            return cameraRows.error();
        if (!photoRows)
            return photoRows.error();
        if (siteRows.value().isEmpty())
            return fail(QCoreApplication::translate("nadzor::store", "cannot delete site %1: there is no such site").arg(siteId));
        QJsonObject before{{QStringLiteral("site"), siteRows.value()}};
        if (!cameraRows.value().isEmpty())
            before.insert(QStringLiteral("camera"), cameraRows.value());
        if (!photoRows.value().isEmpty())
            before.insert(QStringLiteral("photo"), photoRows.value());
        const QJsonObject row = siteRows.value().first().toObject();
        const QString address = row.value(QLatin1String("address")).toString();
        auto entry = record(QStringLiteral("delete_site"),
                            address.isEmpty()
                                ? domain::plural(QCoreApplication::translate("nadzor::store", "Deleted site %1 with %n camera(s)",
                                                                             nullptr, int(cameraRows.value().size())),
                                                 cameraRows.value().size())
                                      .arg(siteId)
                                : domain::plural(QCoreApplication::translate("nadzor::store", "Deleted site %1 (%2) with %n camera(s)",
                                                                             nullptr, int(cameraRows.value().size())),
                                                 cameraRows.value().size())
                                      .arg(siteId)
                                      .arg(address),
                            before, {});
        if (!entry)
            return entry.error();
        return applyState(entry.value(), before, {});
    });
}

Result<qint64> ProjectStore::addCamera(domain::Camera &camera)
{
    domain::Camera c = camera;
    const Status status = transaction(QCoreApplication::translate("nadzor::store", "add a camera"), [&]() -> Status {
        Statement *exists = cached("SELECT 1 FROM site WHERE id = ?1");
        exists->bind(1, c.siteId);
        const bool found = exists->step() == SQLITE_ROW;
        exists->reset();
        if (!found)
            return fail(QCoreApplication::translate("nadzor::store", "cannot add the camera: there is no site %1").arg(c.siteId));
        const QString now = rowcodec::nowUtc();
        if (c.uuid.isEmpty())
            c.uuid = m_uuids.next();
        Statement *insert = cached(rowcodec::cameraInsert);
        insert->bind(1, c.uuid);
        insert->bind(2, c.siteId);
        rowcodec::bindCameraFields(*insert, c);
        insert->bindNull(23);
        insert->bind(24, now);
        insert->bind(25, now);
        if (!insert->exec())
            return failSql(QCoreApplication::translate("nadzor::store", "add the camera"));
        c.id = sqlite3_last_insert_rowid(m_db.get());
        auto rows = snapshot(QStringLiteral("camera"), QStringLiteral("id = ?1"), c.id);
        if (!rows)
            return rows.error();
        auto entry = record(QStringLiteral("add_camera"),
                            QCoreApplication::translate("nadzor::store", "Added camera %1 at site %2").arg(c.id).arg(c.siteId), {},
                            {{QStringLiteral("camera"), rows.value()}});
        return entry ? Status() : Status(entry.error());
    });
    if (!status)
        return status.error();
    camera = c;
    return c.id;
}

Status ProjectStore::updateCamera(const domain::Camera &camera)
{
    return transaction(QCoreApplication::translate("nadzor::store", "update camera %1").arg(camera.id), [&]() -> Status {
        auto before = snapshot(QStringLiteral("camera"), QStringLiteral("id = ?1"), camera.id);
        if (!before)
            return before.error();
        if (before.value().isEmpty())
            return fail(QCoreApplication::translate("nadzor::store", "cannot update camera %1: there is no such camera").arg(camera.id));
        Statement *exists = cached("SELECT 1 FROM site WHERE id = ?1");
        exists->bind(1, camera.siteId);
        const bool found = exists->step() == SQLITE_ROW;
        exists->reset();
        if (!found)
            return fail(QCoreApplication::translate("nadzor::store", "cannot update camera %1: there is no site %2").arg(camera.id).arg(camera.siteId));
        Statement *update = cached(rowcodec::cameraUpdate);
        update->bind(1, camera.id);
        update->bind(2, camera.siteId);
        rowcodec::bindCameraFields(*update, camera);
        update->bind(23, rowcodec::nowUtc());
        if (!update->exec())
            return failSql(QCoreApplication::translate("nadzor::store", "update camera %1").arg(camera.id));
        auto after = snapshot(QStringLiteral("camera"), QStringLiteral("id = ?1"), camera.id);
        if (!after)
            return after.error();
        auto entry = record(QStringLiteral("update_camera"),
                            QCoreApplication::translate("nadzor::store", "Changed camera %1 at site %2").arg(camera.id).arg(camera.siteId),
                            {{QStringLiteral("camera"), before.value()}}, {{QStringLiteral("camera"), after.value()}});
        return entry ? Status() : Status(entry.error());
    });
}

Status ProjectStore::deleteCamera(qint64 cameraId)
{
    return transaction(QCoreApplication::translate("nadzor::store", "delete camera %1").arg(cameraId), [&]() -> Status {
        auto cameraRows = snapshot(QStringLiteral("camera"), QStringLiteral("id = ?1"), cameraId);
        auto photoRows = snapshot(QStringLiteral("photo"), QStringLiteral("camera_id = ?1"), cameraId);
        if (!cameraRows)
            return cameraRows.error();
        if (!photoRows)
            return photoRows.error();
        if (cameraRows.value().isEmpty())
            return fail(QCoreApplication::translate("nadzor::store", "cannot delete camera %1: there is no such camera").arg(cameraId));
        QJsonObject before{{QStringLiteral("camera"), cameraRows.value()}};
        if (!photoRows.value().isEmpty())
            before.insert(QStringLiteral("photo"), photoRows.value());
        const qint64 siteId = cameraRows.value().first().toObject().value(QLatin1String("site_id")).toInteger();
        auto entry = record(QStringLiteral("delete_camera"),
                            QCoreApplication::translate("nadzor::store", "Deleted camera %1 at site %2").arg(cameraId).arg(siteId), before, {});
        if (!entry)
            return entry.error();
        return applyState(entry.value(), before, {});
    });
}

Result<QList<domain::Camera>> ProjectStore::camerasOf(qint64 siteId) const
{
    static const QByteArray sql = QByteArray(rowcodec::cameraSelect) + " WHERE site_id = ?1 ORDER BY id";
    Statement *stmt = cached(sql.constData());
    stmt->bind(1, siteId);
    QList<domain::Camera> out;
    int rc;
    while ((rc = stmt->step()) == SQLITE_ROW)
        out.append(rowcodec::readCamera(*stmt));
    stmt->reset();
    if (rc != SQLITE_DONE)
        return failSql(QCoreApplication::translate("nadzor::store", "read the cameras of site %1").arg(siteId));
    return out;
}

Result<domain::Site> ProjectStore::site(qint64 siteId) const
{
    static const QByteArray sql = QByteArray(rowcodec::siteSelect) + " WHERE id = ?1";
    Statement *stmt = cached(sql.constData());
    stmt->bind(1, siteId);
    const int rc = stmt->step();
    if (rc != SQLITE_ROW) {
        stmt->reset();
        if (rc == SQLITE_DONE)
            return fail(QCoreApplication::translate("nadzor::store", "there is no site %1").arg(siteId));
        return failSql(QCoreApplication::translate("nadzor::store", "read site %1").arg(siteId));
    }
    domain::Site s = rowcodec::readSite(*stmt);
    stmt->reset();
    auto cameras = camerasOf(siteId);
    if (!cameras)
        return cameras.error();
    s.cameras = cameras.take();
    return s;
}

Result<domain::Camera> ProjectStore::camera(qint64 cameraId) const
{
    static const QByteArray sql = QByteArray(rowcodec::cameraSelect) + " WHERE id = ?1";
    Statement *stmt = cached(sql.constData());
    stmt->bind(1, cameraId);
    const int rc = stmt->step();
    if (rc != SQLITE_ROW) {
        stmt->reset();
        if (rc == SQLITE_DONE)
            return fail(QCoreApplication::translate("nadzor::store", "there is no camera %1").arg(cameraId));
        return failSql(QCoreApplication::translate("nadzor::store", "read camera %1").arg(cameraId));
    }
    domain::Camera c = rowcodec::readCamera(*stmt);
    stmt->reset();
    return c;
}

Status ProjectStore::forEachSite(const std::function<bool(const domain::Site &)> &visit) const
{
    // A merge of two ordered scans: sites by id, cameras by (site_id, id) through camera_site.
    Statement sites(m_db.get(), QString::fromUtf8(rowcodec::siteSelect) + QStringLiteral(" ORDER BY id"));
    Statement cameras(m_db.get(), QString::fromUtf8(rowcodec::cameraSelect)
                                      + QStringLiteral(" INDEXED BY camera_site ORDER BY site_id, id"));
    if (!sites.isValid() || !cameras.isValid())
        return failSql(QCoreApplication::translate("nadzor::store", "read the sites"));
    int cameraRc = cameras.step();
    int rc;
    while ((rc = sites.step()) == SQLITE_ROW) {
        domain::Site site = rowcodec::readSite(sites);
        while (cameraRc == SQLITE_ROW && cameras.int64(1) < site.id)
            cameraRc = cameras.step(); // orphans cannot exist with foreign keys on; skip defensively
        while (cameraRc == SQLITE_ROW && cameras.int64(1) == site.id) {
            site.cameras.append(rowcodec::readCamera(cameras));
            cameraRc = cameras.step();
        }
        if (cameraRc != SQLITE_ROW && cameraRc != SQLITE_DONE)
            return failSql(QCoreApplication::translate("nadzor::store", "read the cameras"));
        if (!visit(site))
            return {};
    }
    if (rc != SQLITE_DONE)
        return failSql(QCoreApplication::translate("nadzor::store", "read the sites"));
    return {};
}

Result<QList<domain::Site>> ProjectStore::sites() const
{
    QList<domain::Site> out;
    out.reserve(int(siteCount()));
    auto status = forEachSite([&](const domain::Site &s) {
        out.append(s);
        return true;
    });
    if (!status)
        return status.error();
    return out;
}

Result<QList<domain::Site>> ProjectStore::sitesInBox(double minLon, double minLat, double maxLon,
                                                     double maxLat) const
{
    // The R*Tree finds candidates (its 32-bit boxes are rounded outwards); the exact test on the
    // stored doubles decides.
    Statement stmt(m_db.get(),
                   QStringLiteral("SELECT s.id, s.uuid, s.lon, s.lat, s.address, s.description "
                                  "FROM site_rtree r JOIN site s ON s.id = r.id "
                                  "WHERE r.max_lon >= ?1 AND r.min_lon <= ?3 AND r.max_lat >= ?2 AND r.min_lat <= ?4 "
                                  "AND s.lon BETWEEN ?1 AND ?3 AND s.lat BETWEEN ?2 AND ?4 ORDER BY s.id"));
    if (!stmt.isValid())
        return failSql(QCoreApplication::translate("nadzor::store", "search the sites in a box"));
    stmt.bind(1, minLon);
    stmt.bind(2, minLat);
    stmt.bind(3, maxLon);
    stmt.bind(4, maxLat);
    QList<domain::Site> out;
    int rc;
    while ((rc = stmt.step()) == SQLITE_ROW)
        out.append(rowcodec::readSite(stmt));
    if (rc != SQLITE_DONE)
        return failSql(QCoreApplication::translate("nadzor::store", "search the sites in a box"));
    for (domain::Site &s : out) {
        auto cameras = camerasOf(s.id);
        if (!cameras)
            return cameras.error();
        s.cameras = cameras.take();
    }
    return out;
}

qint64 ProjectStore::siteCount() const
{
    auto n = sqliteQueryInt(m_db.get(), "SELECT count(*) FROM site", m_path);
    if (!n) {
        m_lastError = n.errorString();
        return 0;
    }
    return n.value();
}

qint64 ProjectStore::cameraCount() const
{
    auto n = sqliteQueryInt(m_db.get(), "SELECT count(*) FROM camera", m_path);
    if (!n) {
        m_lastError = n.errorString();
        return 0;
    }
    return n.value();
}

Result<std::unique_ptr<ImportSession>> ProjectStore::beginImport(const QString &description)
{
    if (auto s = checkWritable(QCoreApplication::translate("nadzor::store", "start an import")); !s)
        return s.error();
    std::unique_ptr<ImportSession> session(new ImportSession(this, description));
    if (auto s = session->begin(); !s) {
        m_lastError = s.errorString();
        return s.error();
    }
    m_import = session.get();
    return session;
}

// ---------------------------------------------------------------------------------------------
// Photos

Result<qint64> ProjectStore::addPhoto(domain::Photo &photo, domain::PhotoMetadata *metadataOut)
{
    if (auto s = checkWritable(QCoreApplication::translate("nadzor::store", "add a photo")); !s)
        return s.error();
    if ((photo.siteId != 0) == (photo.cameraId != 0))
        return fail(QCoreApplication::translate("nadzor::store", "cannot add the photo: it must belong to exactly one site or one camera"));
    const QString fileName = QFileInfo(photo.fileName).fileName();
    auto sanitized = PhotoSanitizer::sanitize(photo.data, fileName);
    if (!sanitized) {
        m_lastError = sanitized.errorString();
        return sanitized.error();
    }
    domain::Photo p = photo;
    p.fileName = fileName;
    p.data = sanitized.value().data;
    p.mimeType = sanitized.value().mimeType;
    p.width = sanitized.value().width;
    p.height = sanitized.value().height;
    const QString added = rowcodec::nowUtc();
    p.added = rowcodec::fromStoredTime(added);
    const Status status = transaction(QCoreApplication::translate("nadzor::store", "add a photo"), [&]() -> Status {
        Statement *exists = cached(p.siteId ? "SELECT 1 FROM site WHERE id = ?1" : "SELECT 1 FROM camera WHERE id = ?1");
        exists->bind(1, p.siteId ? p.siteId : p.cameraId);
        const bool found = exists->step() == SQLITE_ROW;
        exists->reset();
        if (!found)
            return fail(QCoreApplication::translate("nadzor::store", "cannot add the photo: there is no %1 %2")
                            .arg(p.siteId ? QStringLiteral("site") : QStringLiteral("camera"))
                            .arg(p.siteId ? p.siteId : p.cameraId));
        if (p.uuid.isEmpty())
            p.uuid = m_uuids.next();
        Statement *insert = cached("INSERT INTO photo (uuid, site_id, camera_id, file_name, mime_type, width, "
                                   "height, data, added) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        insert->bind(1, p.uuid);
        if (p.siteId)
            insert->bind(2, p.siteId);
        else
            insert->bindNull(2);
        if (p.cameraId)
            insert->bind(3, p.cameraId);
        else
            insert->bindNull(3);
        insert->bind(4, p.fileName);
        insert->bind(5, p.mimeType);
        insert->bind(6, p.width);
        insert->bind(7, p.height);
        insert->bindBlob(8, p.data);
        insert->bind(9, added);
        if (!insert->exec())
            return failSql(QCoreApplication::translate("nadzor::store", "add the photo"));
        p.id = sqlite3_last_insert_rowid(m_db.get());
        auto rows = snapshot(QStringLiteral("photo"), QStringLiteral("id = ?1"), p.id);
        if (!rows)
            return rows.error();
        auto entry = record(QStringLiteral("add_photo"),
                            (p.siteId ? QCoreApplication::translate("nadzor::store", "Added photo %1 to site %2")
                                       : QCoreApplication::translate("nadzor::store", "Added photo %1 to camera %2"))
                                .arg(p.fileName.isEmpty() ? QString::number(p.id) : p.fileName)
                                .arg(p.siteId ? p.siteId : p.cameraId),
                            {}, {{QStringLiteral("photo"), rows.value()}});
        return entry ? Status() : Status(entry.error());
    });
    if (!status)
        return status.error();
    photo = p;
    if (metadataOut)
        *metadataOut = sanitized.value().metadata;
    return p.id;
}

Result<QList<domain::Photo>> ProjectStore::photosWhere(const char *sql, qint64 id) const
{
    Statement *stmt = cached(sql);
    stmt->bind(1, id);
    QList<domain::Photo> out;
    int rc;
    while ((rc = stmt->step()) == SQLITE_ROW) {
        domain::Photo p;
        p.id = stmt->int64(0);
        p.uuid = stmt->text(1);
        p.siteId = stmt->isNull(2) ? 0 : stmt->int64(2);
        p.cameraId = stmt->isNull(3) ? 0 : stmt->int64(3);
        p.fileName = stmt->text(4);
        p.mimeType = stmt->text(5);
        p.width = int(stmt->int64(6));
        p.height = int(stmt->int64(7));
        p.data = stmt->blob(8);
        p.added = rowcodec::fromStoredTime(stmt->text(9));
        out.append(p);
    }
    stmt->reset();
    if (rc != SQLITE_DONE)
        return failSql(QCoreApplication::translate("nadzor::store", "read photos"));
    return out;
}

Result<QList<domain::Photo>> ProjectStore::photosOfSite(qint64 siteId) const
{
    return photosWhere("SELECT id, uuid, site_id, camera_id, file_name, mime_type, width, height, data, added "
                       "FROM photo WHERE site_id = ?1 ORDER BY id",
                       siteId);
}

Result<QList<domain::Photo>> ProjectStore::photosOfCamera(qint64 cameraId) const
{
    return photosWhere("SELECT id, uuid, site_id, camera_id, file_name, mime_type, width, height, data, added "
                       "FROM photo WHERE camera_id = ?1 ORDER BY id",
                       cameraId);
}

Status ProjectStore::deletePhoto(qint64 photoId)
{
    return transaction(QCoreApplication::translate("nadzor::store", "delete photo %1").arg(photoId), [&]() -> Status {
        auto rows = snapshot(QStringLiteral("photo"), QStringLiteral("id = ?1"), photoId);
        if (!rows)
            return rows.error();
        if (rows.value().isEmpty())
            return fail(QCoreApplication::translate("nadzor::store", "cannot delete photo %1: there is no such photo").arg(photoId));
        const QJsonObject before{{QStringLiteral("photo"), rows.value()}};
        const QString name = rows.value().first().toObject().value(QLatin1String("file_name")).toString();
        auto entry = record(QStringLiteral("delete_photo"),
                            QCoreApplication::translate("nadzor::store", "Deleted photo %1").arg(name.isEmpty() ? QString::number(photoId) : name),
                            before, {});
        if (!entry)
            return entry.error();
        return applyState(entry.value(), before, {});
    });
}

// ---------------------------------------------------------------------------------------------
// Boundary layers

Result<qint64> ProjectStore::saveBoundaryLayer(domain::BoundaryLayer &layer, bool recordInJournal)
{
    domain::BoundaryLayer l = layer;
    const Status status = transaction(QCoreApplication::translate("nadzor::store", "save the boundary layer"), [&]() -> Status {
        Statement *insertLayer = cached("INSERT INTO boundary_layer (name, source, attribution, created) "
                                        "VALUES (?1, ?2, ?3, ?4)");
        insertLayer->bind(1, l.name.isEmpty() ? QStringLiteral("Boundaries") : l.name);
        insertLayer->bind(2, l.source);
        insertLayer->bind(3, l.attribution);
        insertLayer->bind(4, rowcodec::nowUtc());
        if (!insertLayer->exec())
            return failSql(QCoreApplication::translate("nadzor::store", "save the boundary layer"));
        l.id = sqlite3_last_insert_rowid(m_db.get());
        Statement *insert = cached("INSERT INTO boundary (layer_id, name, code, population, area_km2, min_lon, "
                                   "min_lat, max_lon, max_lat, geometry) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
        for (domain::Boundary &b : l.boundaries) {
            insert->reset();
            insert->bind(1, l.id);
            if (b.name.isEmpty()) // NOT NULL: '' for no name
                sqlite3_bind_text(insert->handle(), 2, "", 0, SQLITE_STATIC);
            else
                insert->bind(2, b.name);
            insert->bind(3, b.code);
            if (b.population)
                insert->bind(4, *b.population);
            else
                insert->bindNull(4);
            insert->bind(5, b.areaKm2);
            if (const auto box = boundingBox(b.geometry)) {
                insert->bind(6, box->minLon);
                insert->bind(7, box->minLat);
                insert->bind(8, box->maxLon);
                insert->bind(9, box->maxLat);
            }
            insert->bindBlob(10, multiPolygonToWkb(b.geometry));
            if (!insert->exec())
                return failSql(QCoreApplication::translate("nadzor::store", "save boundary %1").arg(b.name));
            b.id = sqlite3_last_insert_rowid(m_db.get());
        }
        if (!recordInJournal)
            return Status();
        const QJsonObject after{{QStringLiteral("layer_id"), l.id},
                                {QStringLiteral("name"), l.name},
                                {QStringLiteral("boundaries"), qint64(l.boundaries.size())}};
        auto entry = record(QStringLiteral("save_boundary_layer"),
                            domain::plural(QCoreApplication::translate("nadzor::store", "Added boundary layer %1 with %n boundary(ies)",
                                                                       nullptr, int(l.boundaries.size())),
                                           l.boundaries.size())
                                .arg(l.name),
                            {}, after);
        return entry ? Status() : Status(entry.error());
    });
    if (!status)
        return status.error();
    layer = l;
    return l.id;
}

Result<QList<domain::BoundaryLayer>> ProjectStore::boundaryLayers() const
{
    Statement layers(m_db.get(), QStringLiteral("SELECT id, name, source, attribution FROM boundary_layer ORDER BY id"));
    Statement boundaries(m_db.get(), QStringLiteral("SELECT id, name, code, population, area_km2, geometry FROM "
                                                    "boundary WHERE layer_id = ?1 ORDER BY id"));
    if (!layers.isValid() || !boundaries.isValid())
        return failSql(QCoreApplication::translate("nadzor::store", "read the boundary layers"));
    QList<domain::BoundaryLayer> out;
    while (layers.step() == SQLITE_ROW) {
        domain::BoundaryLayer layer;
        layer.id = layers.int64(0);
        layer.name = layers.text(1);
        layer.source = layers.text(2);
        layer.attribution = layers.text(3);
        boundaries.reset();
        boundaries.bind(1, layer.id);
        while (boundaries.step() == SQLITE_ROW) {
            domain::Boundary b;
            b.id = boundaries.int64(0);
            b.name = boundaries.text(1);
            b.code = boundaries.text(2);
            if (!boundaries.isNull(3))
                b.population = boundaries.int64(3);
            b.areaKm2 = boundaries.optionalReal(4);
            auto geometry = multiPolygonFromWkb(boundaries.blob(5));
            if (!geometry)
                return fail(QCoreApplication::translate("nadzor::store", "boundary %1 (%2) has a damaged geometry").arg(b.id).arg(b.name));
            b.geometry = *geometry;
            layer.boundaries.append(b);
        }
        out.append(layer);
    }
    return out;
}

Status ProjectStore::deleteBoundaryLayer(qint64 layerId)
{
    return transaction(QCoreApplication::translate("nadzor::store", "delete boundary layer %1").arg(layerId), [&]() -> Status {
        Statement find(m_db.get(), QStringLiteral("SELECT name, (SELECT count(*) FROM boundary WHERE layer_id = ?1) "
                                                  "FROM boundary_layer WHERE id = ?1"));
        find.bind(1, layerId);
        if (find.step() != SQLITE_ROW)
            return fail(QCoreApplication::translate("nadzor::store", "cannot delete boundary layer %1: there is no such layer").arg(layerId));
        const QString name = find.text(0);
        const qint64 count = find.int64(1);
        find.reset();
        const QJsonObject before{{QStringLiteral("layer_id"), layerId},
                                 {QStringLiteral("name"), name},
                                 {QStringLiteral("boundaries"), count}};
        auto entry = record(QStringLiteral("delete_boundary_layer"),
                            QCoreApplication::translate("nadzor::store", "Deleted boundary layer %1").arg(name), before, {});
        if (!entry)
            return entry.error();
        return applyBulk(entry.value(), QStringLiteral("delete_boundary_layer"), before, false);
    });
}

} // namespace nadzor::store
