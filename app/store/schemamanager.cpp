#include "store/schemamanager.h"

#include "store/sqlitehandle.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <sqlite3.h>

#include <algorithm>
#include <QCoreApplication>

static void nadzorInitMigrationResources()
{
    // The resources live in a static library: make sure the linker keeps them.
    Q_INIT_RESOURCE(migrations);
}

namespace nadzor::store {

static QList<Migration> loadBuiltinMigrations()
{
    nadzorInitMigrationResources();
    QList<Migration> out;
    const QDir dir(QStringLiteral(":/nadzor/migrations"));
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        out.append(Migration{match.captured(1).toInt(), name, QString::fromUtf8(file.readAll())});
    }
    std::sort(out.begin(), out.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return out;
}

const QList<Migration> &SchemaManager::builtinMigrations()
{
    static const QList<Migration> migrations = loadBuiltinMigrations();
    return migrations;
}

int SchemaManager::latestVersion()
{
    const auto &migrations = builtinMigrations();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

domain::Status SchemaManager::migrate(sqlite3 *db, const QList<Migration> &migrations,
                                      const QString &file)
{
    auto current = sqliteQueryInt(db, "PRAGMA user_version", file);
    if (!current)
        return current.error();
    for (const Migration &migration : migrations) {
        if (migration.version <= current.value())
            continue;
        if (auto begin = sqliteExec(db, "BEGIN IMMEDIATE", file,
                                    QCoreApplication::translate("nadzor::store", "start schema migration %1").arg(migration.name));
            !begin)
            return begin;
        const QByteArray script = migration.sql.toUtf8()
            + QStringLiteral("\n;PRAGMA application_id = %1;\nPRAGMA user_version = %2;\n")
                  .arg(applicationId)
                  .arg(migration.version)
                  .toUtf8();
        auto applied = sqliteExec(db, script.constData(), file,
                                  QCoreApplication::translate("nadzor::store", "apply schema migration %1").arg(migration.name));
        if (applied)
            applied = sqliteExec(db, "COMMIT", file,
                                 QCoreApplication::translate("nadzor::store", "commit schema migration %1").arg(migration.name));
        if (!applied) {
            if (!sqlite3_get_autocommit(db))
                sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            return applied;
        }
        current = qint64(migration.version);
    }
    return {};
}

} // namespace nadzor::store
