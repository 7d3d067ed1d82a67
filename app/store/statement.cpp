#include "store/statement.h"

#include <sqlite3.h>

namespace nadzor::store {

bool Statement::prepare(sqlite3 *db, const QString &sql)
{
    m_db = db;
    m_stmt.reset();
    m_prepareError.clear();
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &raw,
                           nullptr)
        != SQLITE_OK) {
        m_prepareError = sqliteMessage(db);
        sqlite3_finalize(raw);
        return false;
    }
    m_stmt.reset(raw);
    return true;
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt.get(), index);
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt.get(), index, value);
}

void Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt.get(), index, value);
}

void Statement::bind(int index, const std::optional<double> &value)
{
    if (value)
        sqlite3_bind_double(m_stmt.get(), index, *value);
    else
        sqlite3_bind_null(m_stmt.get(), index);
}

void Statement::bind(int index, const QString &value)
{
    if (value.isEmpty()) {
        sqlite3_bind_null(m_stmt.get(), index);
        return;
    }
    // SQLite converts UTF-16 to its UTF-8 encoding itself; this avoids a temporary QByteArray.
    sqlite3_bind_text16(m_stmt.get(), index, value.utf16(), int(value.size() * 2), SQLITE_TRANSIENT);
}

void Statement::bindText(int index, const QByteArray &utf8)
{
    if (utf8.isEmpty())
        sqlite3_bind_null(m_stmt.get(), index);
    else
        sqlite3_bind_text(m_stmt.get(), index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bindBlob(int index, const QByteArray &value)
{
    // A zero-length blob, not NULL, so that NOT NULL holds for empty data.
    sqlite3_bind_blob(m_stmt.get(), index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
}

int Statement::step()
{
    return sqlite3_step(m_stmt.get());
}

bool Statement::exec()
{
    int rc;
    do {
        rc = sqlite3_step(m_stmt.get());
    } while (rc == SQLITE_ROW);
    sqlite3_reset(m_stmt.get());
    return rc == SQLITE_DONE;
}

void Statement::reset()
{
    // A statement whose prepare failed (a damaged or foreign schema) has no handle: SQLite's
    // other calls answer SQLITE_MISUSE for it, but sqlite3_clear_bindings would crash.
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt.get());
    sqlite3_clear_bindings(m_stmt.get());
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt.get(), column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt.get(), column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt.get(), column);
}

std::optional<double> Statement::optionalReal(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return sqlite3_column_double(m_stmt.get(), column);
}

QString Statement::text(int column) const
{
    const auto *data = sqlite3_column_text(m_stmt.get(), column);
    if (!data)
        return QString();
    return QString::fromUtf8(reinterpret_cast<const char *>(data),
                             sqlite3_column_bytes(m_stmt.get(), column));
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt.get(), column);
    const int size = sqlite3_column_bytes(m_stmt.get(), column);
    if (!data || size <= 0)
        return QByteArray();
    return QByteArray(static_cast<const char *>(data), size);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt.get());
}

int Statement::columnType(int column) const
{
    return sqlite3_column_type(m_stmt.get(), column);
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt.get(), column));
}

QString Statement::errorString() const
{
    if (!m_prepareError.isEmpty())
        return m_prepareError;
    return sqliteMessage(m_db);
}

} // namespace nadzor::store
