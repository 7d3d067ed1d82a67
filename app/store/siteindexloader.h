#pragma once
// Fills the site R*Tree of an import in one pass at the end instead of row by row.
//
// The R*Tree is kept in step with the site table by triggers (resources/migrations). Inside an
// import's transaction the insert trigger is dropped (suspend), and at the end the sites of the
// import (site.import_id) go into the R*Tree and the trigger is created again from its own
// stored SQL (finish) - all before COMMIT. DDL is transactional in SQLite: a rollback or a crash
// before COMMIT brings the trigger back with everything else, so the file never holds a site
// table without its trigger.
//
// How they go in (finish):
//  - When the import is large next to what the project already holds, the whole tree is
//    rebuilt from the site table and packed bottom-up (sites in Hilbert-curve order, full nodes,
//    parents over runs of children): the R*Tree's shadow tables (site_rtree_node, _rowid,
//    _parent) are written directly in the format of SQLite's rtree module (rtree.c: a node is
//    a 2-byte depth (root only), a 2-byte cell count and cells of a big-endian 64-bit id and
//    four big-endian 32-bit floats, min rounded down and max rounded up exactly as the module
//    rounds them). Row-by-row insertion rewrites a whole node blob for every row; this writes
//    every node once.
//  - Otherwise (a small import into a large project), or if the shadow tables cannot be written
//    (SQLITE_DBCONFIG_DEFENSIVE), the new sites are inserted through the R*Tree in Hilbert order.
#include "domain/result.h"

#include <QByteArray>
#include <QString>
#include <vector>

struct sqlite3;

namespace nadzor::store {

class SiteIndexLoader {
public:
    // Drops the site insert trigger; the caller's transaction must be open. Without the trigger
    // (a schema that has none), nothing is suspended and the rows go on being indexed as usual.
    domain::Status suspend(sqlite3 *db, const QString &file);
    bool isSuspended() const { return !m_triggerSql.isEmpty(); }

    // Puts the sites with import_id = importId into the R*Tree and creates the trigger again, in
    // the caller's transaction. On failure the caller must roll the transaction back.
    domain::Status finish(sqlite3 *db, const QString &file, qint64 importId);

    // Forgets everything (after a rollback, which restored the trigger itself).
    void clear();

    // The position of (x, y) along a Hilbert curve over a 2^16 x 2^16 grid (x, y in 0..65535).
    static quint32 hilbertIndex(quint32 x, quint32 y);
    // The 32-bit float bounds SQLite's rtree module stores for a coordinate: the nearest float
    // at or below / at or above it (as rtreeValueDown / rtreeValueUp compute them).
    static float roundDown(double value);
    static float roundUp(double value);

private:
    struct Row {
        qint64 id;
        double lon;
        double lat;
    };
    domain::Status insertRows(sqlite3 *db, const QString &file, qint64 importId);
    domain::Status rebuild(sqlite3 *db, const QString &file);

    QByteArray m_triggerSql; // CREATE TRIGGER ... as stored in sqlite_master
};

} // namespace nadzor::store
