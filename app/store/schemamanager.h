#pragma once
// The project file's schema: numbered migrations (resources/migrations/NNNN_name.sql, compiled
// in) applied in order, each in one transaction that also sets PRAGMA user_version, so a file is
// always at one whole version. Modelled on Mixxx's SchemaManager.
#include "domain/result.h"

#include <QList>
#include <QString>

struct sqlite3;

namespace nadzor::store {

struct Migration {
    int version = 0;
    QString name;  // "0001_initial.sql"
    QString sql;
};

class SchemaManager {
public:
    // PRAGMA application_id of every Nadzor project: "NDZR".
    static constexpr qint32 applicationId = 0x4e445a52;

    // The migrations compiled into this build, in version order.
    static const QList<Migration> &builtinMigrations();
    static int latestVersion();

    // Applies every migration newer than the file's user_version, each in its own transaction
    // (BEGIN IMMEDIATE ... PRAGMA user_version = N; COMMIT). A migration that fails is rolled
    // back and the file stays at the last version that succeeded. `file` names the project in
    // messages.
    static domain::Status migrate(sqlite3 *db, const QList<Migration> &migrations,
                                  const QString &file);
};

} // namespace nadzor::store
