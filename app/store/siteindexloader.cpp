#include "store/siteindexloader.h"

#include "store/statement.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <QCoreApplication>

namespace nadzor::store {

using domain::makeError;
using domain::Status;

namespace {
constexpr const char *triggerName = "site_rtree_insert";
}

quint32 SiteIndexLoader::hilbertIndex(quint32 x, quint32 y)
{
    // The classic iterative mapping (rotate the quadrant, accumulate), for a 2^16 grid.
    constexpr quint32 n = 1u << 16;
    quint32 d = 0;
    for (quint32 s = n / 2; s > 0; s /= 2) {
        const quint32 rx = (x & s) ? 1 : 0;
        const quint32 ry = (y & s) ? 1 : 0;
        d += s * s * ((3 * rx) ^ ry);
        if (ry == 0) {
            if (rx == 1) {
                x = n - 1 - x;
                y = n - 1 - y;
            }
            std::swap(x, y);
        }
    }
    return d;
}

Status SiteIndexLoader::suspend(sqlite3 *db, const QString &file)
{
    clear();
    Statement find(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?1"));
    if (!find.isValid())
        return makeError(QCoreApplication::translate("nadzor::store", "cannot prepare the import: %1").arg(find.errorString()), file);
    sqlite3_bind_text(find.handle(), 1, triggerName, -1, SQLITE_STATIC);
    const int rc = find.step();
    if (rc == SQLITE_DONE)
        return {}; // no trigger: nothing to suspend
    if (rc != SQLITE_ROW || find.isNull(0))
        return makeError(QCoreApplication::translate("nadzor::store", "cannot prepare the import: %1").arg(sqliteMessage(db)), file);
    const QByteArray sql(reinterpret_cast<const char *>(sqlite3_column_text(find.handle(), 0)),
                         sqlite3_column_bytes(find.handle(), 0));
    find = Statement();
    if (auto s = sqliteExec(db, "DROP TRIGGER site_rtree_insert", file,
                            QCoreApplication::translate("nadzor::store", "prepare the import"));
        !s)
        return s;
    m_triggerSql = sql;
    return {};
}


float SiteIndexLoader::roundDown(double value)
{
    // Round to nearest; if that went up, scale towards -infinity by one float ulp's worth.
    constexpr double towards = 1.0 - 1.0 / 8388608.0;
    constexpr double away = 1.0 + 1.0 / 8388608.0;
    float f = float(value);
    if (double(f) > value)
        f = float(value * (value < 0 ? away : towards));
    return f;
}

float SiteIndexLoader::roundUp(double value)
{
    constexpr double towards = 1.0 - 1.0 / 8388608.0;
    constexpr double away = 1.0 + 1.0 / 8388608.0;
    float f = float(value);
    if (double(f) < value)
        f = float(value * (value < 0 ? towards : away));
    return f;
}

namespace {

// Hilbert keys for points, over the bounding box of all of them.
template <typename T, typename Lon, typename Lat, typename Set>
void assignHilbertKeys(std::vector<T> &items, Lon lonOf, Lat latOf, Set setKey)
{
    if (items.empty())
        return;
    double minLon = lonOf(items.front()), maxLon = minLon;
    double minLat = latOf(items.front()), maxLat = minLat;
    for (const T &item : items) {
        minLon = std::min(minLon, lonOf(item));
        maxLon = std::max(maxLon, lonOf(item));
        minLat = std::min(minLat, latOf(item));
        maxLat = std::max(maxLat, latOf(item));
    }
    const double sx = maxLon > minLon ? 65535.0 / (maxLon - minLon) : 0.0;
    const double sy = maxLat > minLat ? 65535.0 / (maxLat - minLat) : 0.0;
    for (T &item : items) {
        const auto x = quint32(std::lround((lonOf(item) - minLon) * sx));
        const auto y = quint32(std::lround((latOf(item) - minLat) * sy));
        setKey(item, SiteIndexLoader::hilbertIndex(std::min(x, 65535u), std::min(y, 65535u)));
    }
}

void putBigEndian(char *out, quint64 value, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i) {
        out[i] = char(value & 0xff);
        value >>= 8;
    }
}

void putCell(char *out, qint64 id, const float box[4])
{
    putBigEndian(out, quint64(id), 8);
    for (int i = 0; i < 4; ++i) {
        quint32 bits;
        std::memcpy(&bits, &box[i], sizeof bits);
        putBigEndian(out + 8 + 4 * i, bits, 4);
    }
}

void unite(float into[4], const float box[4])
{
    into[0] = std::min(into[0], box[0]);
    into[1] = std::max(into[1], box[1]);
    into[2] = std::min(into[2], box[2]);
    into[3] = std::max(into[3], box[3]);
}

// One entry of the rebuilt tree: a site (leaf cell).
struct Entry {
    quint32 key = 0;
    quint32 leaf = 0; // index of its leaf node
    qint64 id = 0;
    double lon = 0.0;
    double lat = 0.0;
};

// A node of the rebuilt tree: a run of entries (leaves) or of nodes of the level below.
struct Node {
    qint64 number = 0;
    qint64 parent = 0;
    qsizetype first = 0;
    qsizetype count = 0;
    float box[4] = {0, 0, 0, 0};
};

// Splits `total` items into as few runs of at most `capacity` as possible, of even sizes.
template <typename F>
void runs(qsizetype total, qsizetype capacity, F makeNode)
{
    const qsizetype nodes = std::max<qsizetype>(1, (total + capacity - 1) / capacity);
    qsizetype first = 0;
    for (qsizetype i = 0; i < nodes; ++i) {
        const qsizetype count = total / nodes + (i < total % nodes ? 1 : 0);
        makeNode(first, count);
        first += count;
    }
}

constexpr int cellBytes = 8 + 4 * 4; // id + (min, max) x 2 dimensions

} // namespace

Status SiteIndexLoader::finish(sqlite3 *db, const QString &file, qint64 importId)
{
    if (!isSuspended())
        return {};
    const auto existing = sqliteQueryInt(db, "SELECT count(*) FROM site_rtree_rowid", file);
    Statement countNew(db, QStringLiteral("SELECT count(*) FROM site WHERE import_id = ?1"));
    countNew.bind(1, importId);
    const qint64 added = countNew.step() == SQLITE_ROW ? countNew.int64(0) : 0;
    countNew = Statement();
    bool done = false;
    if (existing && added * 8 >= existing.value()) {
        // Packed rebuild, undone as a whole if SQLite refuses any of it.
        if (auto s = sqliteExec(db, "SAVEPOINT site_index", file, QCoreApplication::translate("nadzor::store", "index the imported sites")); !s)
            return s;
        if (rebuild(db, file)) {
            done = true;
            if (auto s = sqliteExec(db, "RELEASE site_index", file, QCoreApplication::translate("nadzor::store", "index the imported sites")); !s)
                return s;
        } else {
            sqlite3_exec(db, "ROLLBACK TO site_index; RELEASE site_index", nullptr, nullptr, nullptr);
        }
    }
    if (!done) {
        if (auto s = insertRows(db, file, importId); !s)
            return s;
    }
    if (auto s = sqliteExec(db, m_triggerSql.constData(), file,
                            QCoreApplication::translate("nadzor::store", "restore the site index trigger"));
        !s)
        return s;
    clear();
    return {};
}

Status SiteIndexLoader::insertRows(sqlite3 *db, const QString &file, qint64 importId)
{
    std::vector<std::pair<quint32, Row>> rows;
    {
        Statement scan(db, QStringLiteral("SELECT id, lon, lat FROM site WHERE import_id = ?1"));
        scan.bind(1, importId);
        int rc;
        while ((rc = scan.step()) == SQLITE_ROW)
            rows.emplace_back(0, Row{scan.int64(0), scan.real(1), scan.real(2)});
        if (rc != SQLITE_DONE)
            return makeError(QCoreApplication::translate("nadzor::store", "cannot index the imported sites: %1").arg(sqliteMessage(db)),
                             file);
    }
    assignHilbertKeys(
        rows, [](const auto &r) { return r.second.lon; }, [](const auto &r) { return r.second.lat; },
        [](auto &r, quint32 key) { r.first = key; });
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second.id < b.second.id;
    });

    Statement insert(db, QStringLiteral("INSERT INTO site_rtree (id, min_lon, max_lon, min_lat, "
                                        "max_lat) VALUES (?1, ?2, ?2, ?3, ?3)"));
    if (!insert.isValid())
        return makeError(QCoreApplication::translate("nadzor::store", "cannot index the imported sites: %1").arg(insert.errorString()),
                         file);
    sqlite3_stmt *stmt = insert.handle();
    for (const auto &[key, r] : rows) {
        sqlite3_bind_int64(stmt, 1, r.id);
        sqlite3_bind_double(stmt, 2, r.lon);
        sqlite3_bind_double(stmt, 3, r.lat);
        const int rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        if (rc != SQLITE_DONE)
            return makeError(QCoreApplication::translate("nadzor::store", "cannot index the imported sites: %1").arg(sqliteMessage(db)),
                             file);
    }
    return {};
}

Status SiteIndexLoader::rebuild(sqlite3 *db, const QString &file)
{
    const auto fail = [&](const QString &what) {
        return makeError(QCoreApplication::translate("nadzor::store", "cannot index the imported sites (%1): %2").arg(what, sqliteMessage(db)),
                         file);
    };
    // The node size the tree was created with (every node blob has it).
    const auto nodeSize = sqliteQueryInt(db, "SELECT length(data) FROM site_rtree_node WHERE nodeno = 1", file);
    if (!nodeSize || nodeSize.value() < 4 + 2 * cellBytes || nodeSize.value() > 65536)
        return fail(QCoreApplication::translate("nadzor::store", "node size"));
    const qsizetype capacity = (nodeSize.value() - 4) / cellBytes;

    // Every site, from the table the R*Tree mirrors.
    std::vector<Entry> entries;
    {
        const auto count = sqliteQueryInt(db, "SELECT count(*) FROM site", file);
        if (count)
            entries.reserve(size_t(count.value()));
        Statement scan(db, QStringLiteral("SELECT id, lon, lat FROM site"));
        if (!scan.isValid())
            return fail(QCoreApplication::translate("nadzor::store", "read the sites"));
        sqlite3_stmt *stmt = scan.handle();
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            Entry e;
            e.id = sqlite3_column_int64(stmt, 0);
            e.lon = sqlite3_column_double(stmt, 1);
            e.lat = sqlite3_column_double(stmt, 2);
            entries.push_back(e);
        }
        if (rc != SQLITE_DONE)
            return fail(QCoreApplication::translate("nadzor::store", "read the sites"));
    }
    assignHilbertKeys(
        entries, [](const Entry &e) { return e.lon; }, [](const Entry &e) { return e.lat; },
        [](Entry &e, quint32 key) { e.key = key; });
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.key != b.key ? a.key < b.key : a.id < b.id;
    });

    // Bottom-up: leaves over runs of sites, then parents over runs of nodes, up to one root.
    std::vector<std::vector<Node>> levels(1);
    runs(qsizetype(entries.size()), capacity, [&](qsizetype first, qsizetype count) {
        Node n;
        n.first = first;
        n.count = count;
        if (count > 0) {
            const Entry &e = entries[size_t(first)];
            n.box[0] = roundDown(e.lon), n.box[1] = roundUp(e.lon);
            n.box[2] = roundDown(e.lat), n.box[3] = roundUp(e.lat);
        }
        for (qsizetype i = first; i < first + count; ++i) {
            Entry &e = entries[size_t(i)];
            e.leaf = quint32(levels[0].size());
            const float box[4] = {roundDown(e.lon), roundUp(e.lon), roundDown(e.lat), roundUp(e.lat)};
            unite(n.box, box);
        }
        levels[0].push_back(n);
    });
    while (levels.back().size() > 1) {
        const std::vector<Node> &below = levels.back();
        std::vector<Node> level;
        runs(qsizetype(below.size()), capacity, [&](qsizetype first, qsizetype count) {
            Node n;
            n.first = first;
            n.count = count;
            std::copy(below[size_t(first)].box, below[size_t(first)].box + 4, n.box);
            for (qsizetype i = first; i < first + count; ++i)
                unite(n.box, below[size_t(i)].box);
            level.push_back(n);
        });
        levels.push_back(std::move(level));
    }
    if (levels.size() > 40) // RTREE_MAX_DEPTH
        return fail(QCoreApplication::translate("nadzor::store", "too deep"));
    // Numbers top-down: the root is node 1, as the module requires.
    qint64 next = 1;
    for (auto level = levels.rbegin(); level != levels.rend(); ++level) {
        for (Node &n : *level)
            n.number = next++;
    }
    for (size_t l = 1; l < levels.size(); ++l) {
        for (const Node &parent : levels[l]) {
            for (qsizetype i = parent.first; i < parent.first + parent.count; ++i)
                levels[l - 1][size_t(i)].parent = parent.number;
        }
    }

    if (sqlite3_exec(db, "DELETE FROM site_rtree_node; DELETE FROM site_rtree_rowid; "
                         "DELETE FROM site_rtree_parent;",
                     nullptr, nullptr, nullptr)
        != SQLITE_OK)
        return fail(QCoreApplication::translate("nadzor::store", "clear the shadow tables"));

    Statement insertNode(db, QStringLiteral("INSERT INTO site_rtree_node (nodeno, data) VALUES (?1, ?2)"));
    Statement insertParent(db, QStringLiteral("INSERT INTO site_rtree_parent (nodeno, parentnode) VALUES (?1, ?2)"));
    Statement insertRowid(db, QStringLiteral("INSERT INTO site_rtree_rowid (rowid, nodeno) VALUES (?1, ?2)"));
    if (!insertNode.isValid() || !insertParent.isValid() || !insertRowid.isValid())
        return fail(QStringLiteral("prepare"));
    QByteArray blob(int(nodeSize.value()), '\0');
    const int depth = int(levels.size()) - 1;
    for (int l = depth; l >= 0; --l) {
        for (const Node &n : levels[size_t(l)]) {
            blob.fill('\0');
            char *data = blob.data();
            if (n.number == 1)
                putBigEndian(data, quint64(depth), 2);
            putBigEndian(data + 2, quint64(n.count), 2);
            char *cell = data + 4;
            for (qsizetype i = n.first; i < n.first + n.count; ++i, cell += cellBytes) {
                if (l == 0) {
                    const Entry &e = entries[size_t(i)];
                    const float box[4] = {roundDown(e.lon), roundUp(e.lon), roundDown(e.lat), roundUp(e.lat)};
                    putCell(cell, e.id, box);
                } else {
                    const Node &child = levels[size_t(l - 1)][size_t(i)];
                    putCell(cell, child.number, child.box);
                }
            }
            sqlite3_bind_int64(insertNode.handle(), 1, n.number);
            sqlite3_bind_blob(insertNode.handle(), 2, data, blob.size(), SQLITE_STATIC);
            if (!insertNode.exec())
                return fail(QCoreApplication::translate("nadzor::store", "write a node"));
            if (n.number != 1) {
                sqlite3_bind_int64(insertParent.handle(), 1, n.number);
                sqlite3_bind_int64(insertParent.handle(), 2, n.parent);
                if (!insertParent.exec())
                    return fail(QCoreApplication::translate("nadzor::store", "write a parent"));
            }
        }
    }
    // Which leaf holds each site, in id order (appends to the rowid table's b-tree).
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.id < b.id; });
    for (const Entry &e : entries) {
        sqlite3_bind_int64(insertRowid.handle(), 1, e.id);
        sqlite3_bind_int64(insertRowid.handle(), 2, levels[0][e.leaf].number);
        if (!insertRowid.exec())
            return fail(QCoreApplication::translate("nadzor::store", "write a site's leaf"));
    }
    return {};
}

void SiteIndexLoader::clear()
{
    m_triggerSql.clear();
}

} // namespace nadzor::store
