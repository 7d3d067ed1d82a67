// Purging deleted photos for good (ProjectStore::purgeDeletedPhotos), so that a photo a
// volunteer deleted cannot be recovered from the project file they hand on.
#include "domain/plural.h"
#include "store/projectstore.h"
#include "store/rowcodec.h"
#include "store/statement.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <sqlite3.h>

namespace nadzor::store {

using domain::Result;
using domain::Status;

QString ProjectStore::purgeBarrierMessage(const QJsonObject &after)
{
    // The count in a variable: lupdate 6.4 hangs on a string literal in translate()'s n argument.
    const qint64 photos = after.value(QLatin1String("photos")).toInteger();
    return domain::plural(QCoreApplication::translate(
                              "nadzor::store",
                              "cannot undo: the deleted photos were purged from the project on %1 "
                              "(%n photo(s)); edits made before the purge can no longer be undone",
                              nullptr, int(photos)),
                          photos)
        .arg(after.value(QLatin1String("at")).toString());
}

Result<qint64> ProjectStore::deletedPhotoCount() const
{
    Statement count(m_db.get(), QStringLiteral("SELECT count(*) FROM undone_photo"));
    if (count.step() != SQLITE_ROW)
        return failSql(QCoreApplication::translate("nadzor::store", "count the deleted photos"));
    return count.int64(0);
}

Result<qint64> ProjectStore::purgeDeletedPhotos()
{
    const QString what = QCoreApplication::translate("nadzor::store", "purge the deleted photos");
    qint64 purged = 0;
    Status status = transaction(what, [&]() -> Status {
        auto counted = deletedPhotoCount();
        if (!counted)
            return counted.error();
        purged = counted.value();
        if (purged == 0)
            return {};
        // secure_delete (set on every connection) zeroes the freed cells and pages.
        if (sqlite3_exec(m_db.get(), "DELETE FROM undone_photo", nullptr, nullptr, nullptr) != SQLITE_OK)
            return failSql(what);
        // The entries that deleted them stay for the audit trail (their snapshots hold no
        // bytes), but undo stops at this entry and the redo branch is given up by record().
        const QString at = rowcodec::nowUtc();
        auto entry = record(QLatin1String(purgeAction),
                            domain::plural(QCoreApplication::translate("nadzor::store", "Purged %n deleted photo(s)",
                                                                       nullptr, int(purged)),
                                           purged),
                            {}, QJsonObject{{QStringLiteral("photos"), purged}, {QStringLiteral("at"), at}});
        if (!entry)
            return entry.error();
        return {};
    });
    if (!status)
        return status.error();
    // Outside the transaction: VACUUM rebuilds the file without the free pages, and the
    // TRUNCATE checkpoint copies the WAL into the file and empties the WAL.
    if (sqlite3_exec(m_db.get(), "VACUUM", nullptr, nullptr, nullptr) != SQLITE_OK)
        return failSql(QCoreApplication::translate("nadzor::store", "compact the project after purging the photos"));
    int logFrames = -1, checkpointed = -1;
    const int rc = sqlite3_wal_checkpoint_v2(m_db.get(), nullptr, SQLITE_CHECKPOINT_TRUNCATE, &logFrames, &checkpointed);
    if (rc != SQLITE_OK)
        return fail(QCoreApplication::translate("nadzor::store",
                                                "the deleted photos were purged, but the WAL file could not be "
                                                "emptied (%1); close every other program that has the project open "
                                                "and purge again")
                        .arg(sqliteMessage(m_db.get())));
    return purged;
}

} // namespace nadzor::store
