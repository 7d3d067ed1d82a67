#pragma once
// A prepared SQLite statement that is reused: bind, step, read, reset.
#include "store/sqlitehandle.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace nadzor::store {

class Statement {
public:
    Statement() = default;
    Statement(sqlite3 *db, const QString &sql) { prepare(db, sql); }

    // Prepares `sql`; false on error (message in errorString()).
    bool prepare(sqlite3 *db, const QString &sql);
    bool isValid() const { return m_stmt != nullptr; }
    sqlite3_stmt *handle() const { return m_stmt.get(); }

    // Parameters are 1-based, as in SQLite.
    void bindNull(int index);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);              // NaN is stored as NULL by SQLite
    void bind(int index, const std::optional<double> &value);
    void bind(int index, const QString &value);       // an empty string is bound as NULL
    void bindText(int index, const QByteArray &utf8); // an empty array is bound as NULL
    void bindBlob(int index, const QByteArray &value);

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    // step() until done, then reset(); true on success.
    bool exec();
    void reset();

    // Columns are 0-based.
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    std::optional<double> optionalReal(int column) const;
    QString text(int column) const;  // NULL gives a null QString
    QByteArray blob(int column) const;
    int columnCount() const;
    int columnType(int column) const;
    QString columnName(int column) const;

    QString errorString() const;

private:
    SqlitePtr::pointer m_db = nullptr;
    SqliteStmtPtr m_stmt;
    QString m_prepareError;
};

} // namespace nadzor::store
