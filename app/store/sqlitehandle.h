#pragma once
// Owning handles for SQLite connections and statements, and small helpers around the C API.
#include "domain/result.h"

#include <QString>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace nadzor::store {

struct SqliteCloser {
    void operator()(sqlite3 *db) const;
};
struct SqliteFinalizer {
    void operator()(sqlite3_stmt *stmt) const;
};
using SqlitePtr = std::unique_ptr<sqlite3, SqliteCloser>;
using SqliteStmtPtr = std::unique_ptr<sqlite3_stmt, SqliteFinalizer>;

// The connection's last error message.
QString sqliteMessage(sqlite3 *db);

// Runs one or more statements without results; on failure an Error naming `file` and saying
// what was being done ("cannot <what>: <SQLite's message>").
domain::Status sqliteExec(sqlite3 *db, const char *sql, const QString &file, const QString &what);

// The first column of the first row of a query as an integer (PRAGMA user_version, counts).
domain::Result<qint64> sqliteQueryInt(sqlite3 *db, const char *sql, const QString &file);

} // namespace nadzor::store
