#include "store/sqlitehandle.h"

#include <sqlite3.h>
#include <QCoreApplication>

namespace nadzor::store {

void SqliteCloser::operator()(sqlite3 *db) const
{
    sqlite3_close_v2(db);
}

void SqliteFinalizer::operator()(sqlite3_stmt *stmt) const
{
    sqlite3_finalize(stmt);
}

QString sqliteMessage(sqlite3 *db)
{
    if (!db)
        return QCoreApplication::translate("nadzor::store", "out of memory");
    return QString::fromUtf8(sqlite3_errmsg(db));
}

domain::Status sqliteExec(sqlite3 *db, const char *sql, const QString &file, const QString &what)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    return domain::makeError(QCoreApplication::translate("nadzor::store", "cannot %1: %2").arg(what, text), file);
}

domain::Result<qint64> sqliteQueryInt(sqlite3 *db, const char *sql, const QString &file)
{
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &raw, nullptr) != SQLITE_OK)
        return domain::makeError(sqliteMessage(db), file);
    SqliteStmtPtr stmt(raw);
    const int rc = sqlite3_step(raw);
    if (rc == SQLITE_ROW)
        return qint64(sqlite3_column_int64(raw, 0));
    if (rc == SQLITE_DONE)
        return qint64(0);
    return domain::makeError(sqliteMessage(db), file);
}

} // namespace nadzor::store
