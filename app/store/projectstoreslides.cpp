// ProjectStore's slides: the saved views of a briefing (see resources/migrations/0002_slides.sql).
// Kept apart from projectstore.cpp so that slides stay an addition to the store.
//
// Every change is one transaction with one ordinary journal entry whose "before" and "after"
// hold every slide row ({"slide": [...]}), so undo and redo go through applyState() and also
// put the order back. A briefing has a handful of slides, so whole snapshots stay small.
#include "store/projectstore.h"

#include "store/rowcodec.h"
#include "store/statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <QCoreApplication>

namespace nadzor::store {

using domain::Result;
using domain::Slide;
using domain::Status;

namespace {

constexpr const char *kSlideColumns =
    "id, position, title, centre_lon, centre_lat, zoom, west, south, east, north, basemap, mbtiles, "
    "boundaries, choropleth, metric, heatmap, heatmap_radius, cameras, filter";

QByteArray filterJson(const QStringList &filter)
{
    return QJsonDocument(QJsonArray::fromStringList(filter)).toJson(QJsonDocument::Compact);
}

QStringList filterFromJson(const QString &text)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out << v.toString();
    return out;
}

Slide slideFromRow(const Statement &row)
{
    Slide s;
    s.id = row.int64(0);
    s.position = int(row.int64(1));
    s.title = row.text(2);
    if (s.title.isNull())
        s.title = QStringLiteral("");
    s.centreLon = row.real(3);
    s.centreLat = row.real(4);
    s.zoom = row.real(5);
    if (!row.isNull(6) && !row.isNull(7) && !row.isNull(8) && !row.isNull(9)) {
        s.west = row.real(6);
        s.south = row.real(7);
        s.east = row.real(8);
        s.north = row.real(9);
    }
    s.basemap = row.text(10);
    s.mbtilesPath = row.text(11);
    s.boundaries = row.int64(12) != 0;
    s.choropleth = row.int64(13) != 0;
    s.metric = row.text(14);
    s.heatmap = row.int64(15) != 0;
    s.heatmapRadiusMetres = row.real(16);
    s.cameras = row.int64(17) != 0;
    s.filter = filterFromJson(row.text(18));
    return s;
}

// Binds the slide's fields to ?2..?17 (title .. filter).
void bindSlideFields(Statement &stmt, const Slide &s)
{
    // An empty title is stored as '' (NOT NULL), not as NULL.
    if (s.title.isEmpty())
        sqlite3_bind_text(stmt.handle(), 2, "", 0, SQLITE_STATIC);
    else
        stmt.bind(2, s.title);
    stmt.bind(3, s.centreLon);
    stmt.bind(4, s.centreLat);
    stmt.bind(5, s.zoom);
    if (s.hasBounds()) {
        stmt.bind(6, s.west);
        stmt.bind(7, s.south);
        stmt.bind(8, s.east);
        stmt.bind(9, s.north);
    } else {
        for (int i = 6; i <= 9; ++i)
            stmt.bindNull(i);
    }
    stmt.bind(10, s.basemap.isEmpty() ? QStringLiteral("vector") : s.basemap);
    stmt.bind(11, s.mbtilesPath);
    stmt.bind(12, qint64(s.boundaries));
    stmt.bind(13, qint64(s.choropleth));
    stmt.bind(14, s.metric.isEmpty() ? QStringLiteral("cameras_per_1000") : s.metric);
    stmt.bind(15, qint64(s.heatmap));
    stmt.bind(16, s.heatmapRadiusMetres);
    stmt.bind(17, qint64(s.cameras));
    stmt.bindText(18, filterJson(s.filter));
}

QString checkSlide(const Slide &s)
{
    if (!std::isfinite(s.centreLon) || !std::isfinite(s.centreLat) || s.centreLon < -180 || s.centreLon > 180
        || s.centreLat < -90 || s.centreLat > 90)
        return QCoreApplication::translate("nadzor::store", "its centre (%1, %2) is not a WGS84 longitude and latitude").arg(s.centreLon).arg(s.centreLat);
    if (!std::isfinite(s.zoom) || s.zoom < 0 || s.zoom > 24)
        return QCoreApplication::translate("nadzor::store", "its zoom %1 is outside 0..24").arg(s.zoom);
    static const QStringList basemaps = {QStringLiteral("vector"), QStringLiteral("osm"), QStringLiteral("mbtiles")};
    if (!s.basemap.isEmpty() && !basemaps.contains(s.basemap))
        return QCoreApplication::translate("nadzor::store", "unknown basemap '%1' (expected vector, osm or mbtiles)").arg(s.basemap);
    if (!(s.heatmapRadiusMetres > 0))
        return QCoreApplication::translate("nadzor::store", "its heatmap radius %1 m is not positive").arg(s.heatmapRadiusMetres);
    return {};
}

QString quoted(const QString &title)
{
    return title.isEmpty() ? QCoreApplication::translate("nadzor::store", "untitled slide") : QCoreApplication::translate("nadzor::store", "slide \"%1\"").arg(title);
}

} // namespace

Result<QList<Slide>> ProjectStore::slides() const
{
    Statement stmt(m_db.get(), QStringLiteral("SELECT %1 FROM slide ORDER BY position, id").arg(QLatin1String(kSlideColumns)));
    if (!stmt.isValid())
        return failSql(QCoreApplication::translate("nadzor::store", "read the slides"));
    QList<Slide> out;
    int rc;
    while ((rc = stmt.step()) == SQLITE_ROW)
        out << slideFromRow(stmt);
    if (rc != SQLITE_DONE)
        return failSql(QCoreApplication::translate("nadzor::store", "read the slides"));
    return out;
}

Result<qint64> ProjectStore::addSlide(Slide &slide)
{
    if (const QString bad = checkSlide(slide); !bad.isEmpty())
        return fail(QCoreApplication::translate("nadzor::store", "cannot add %1: %2").arg(quoted(slide.title), bad));
    Slide s = slide;
    const Status status = transaction(QCoreApplication::translate("nadzor::store", "add %1").arg(quoted(s.title)), [&]() -> Status {
        auto before = snapshot(QStringLiteral("slide"), QStringLiteral("id > ?1"), 0);
        if (!before)
            return before.error();
        s.position = int(before.value().size());
        const QString now = rowcodec::nowUtc();
        Statement insert(m_db.get(), QStringLiteral(
            "INSERT INTO slide (position, title, centre_lon, centre_lat, zoom, west, south, east, north, basemap, "
            "mbtiles, boundaries, choropleth, metric, heatmap, heatmap_radius, cameras, filter, created, modified) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?19)"));
        insert.bind(1, qint64(s.position));
        bindSlideFields(insert, s);
        insert.bind(19, now);
        if (!insert.exec())
            return failSql(QCoreApplication::translate("nadzor::store", "add %1").arg(quoted(s.title)));
        s.id = sqlite3_last_insert_rowid(m_db.get());
        auto after = snapshot(QStringLiteral("slide"), QStringLiteral("id > ?1"), 0);
        if (!after)
            return after.error();
        auto entry = record(QStringLiteral("add_slide"),
                            QCoreApplication::translate("nadzor::store", "Added %1 (slide %2)").arg(quoted(s.title)).arg(s.position + 1),
                            {{QStringLiteral("slide"), before.value()}}, {{QStringLiteral("slide"), after.value()}});
        return entry ? Status() : Status(entry.error());
    });
    if (!status)
        return status.error();
    slide = s;
    return s.id;
}

Status ProjectStore::updateSlide(const Slide &slide)
{
    if (const QString bad = checkSlide(slide); !bad.isEmpty())
        return fail(QCoreApplication::translate("nadzor::store", "cannot update slide %1: %2").arg(slide.id).arg(bad));
    return transaction(QCoreApplication::translate("nadzor::store", "update slide %1").arg(slide.id), [&]() -> Status {
        auto before = snapshot(QStringLiteral("slide"), QStringLiteral("id > ?1"), 0);
        if (!before)
            return before.error();
        Statement update(m_db.get(), QStringLiteral(
            "UPDATE slide SET title = ?2, centre_lon = ?3, centre_lat = ?4, zoom = ?5, west = ?6, south = ?7, "
            "east = ?8, north = ?9, basemap = ?10, mbtiles = ?11, boundaries = ?12, choropleth = ?13, metric = ?14, "
            "heatmap = ?15, heatmap_radius = ?16, cameras = ?17, filter = ?18, modified = ?19 WHERE id = ?1"));
        update.bind(1, slide.id);
        bindSlideFields(update, slide);
        update.bind(19, rowcodec::nowUtc());
        if (!update.exec())
            return failSql(QCoreApplication::translate("nadzor::store", "update slide %1").arg(slide.id));
        if (sqlite3_changes(m_db.get()) != 1)
            return fail(QCoreApplication::translate("nadzor::store", "cannot update slide %1: there is no such slide").arg(slide.id));
        auto after = snapshot(QStringLiteral("slide"), QStringLiteral("id > ?1"), 0);
        if (!after)
            return after.error();
        auto entry = record(QCoreApplication::translate("nadzor::store", "update_slide"), QStringLiteral("Changed %1").arg(quoted(slide.title)),
                            {{QStringLiteral("slide"), before.value()}}, {{QStringLiteral("slide"), after.value()}});
        return entry ? Status() : Status(entry.error());
    });
}

Status ProjectStore::deleteSlide(qint64 slideId)
{
    return transaction(QCoreApplication::translate("nadzor::store", "delete slide %1").arg(slideId), [&]() -> Status {
        auto before = snapshot(QStringLiteral("slide"), QStringLiteral("id > ?1"), 0);
        if (!before)
            return before.error();
        QString title;
        bool found = false;
        for (const QJsonValue &row : before.value()) {
            if (row.toObject().value(QLatin1String("id")).toInteger() == slideId) {
                found = true;
                title = row.toObject().value(QLatin1String("title")).toString();
            }
        }
        if (!found)
            return fail(QCoreApplication::translate("nadzor::store", "cannot delete slide %1: there is no such slide").arg(slideId));
        Statement remove(m_db.get(), QStringLiteral("DELETE FROM slide WHERE id = ?1"));
        remove.bind(1, slideId);
        // The slides after it move up one place.
        Statement close(m_db.get(), QStringLiteral("UPDATE slide SET position = position - 1 WHERE position > "
                                                   "(SELECT position FROM slide WHERE id = ?1)"));
        close.bind(1, slideId);
        if (!close.exec() || !remove.exec())
            return failSql(QCoreApplication::translate("nadzor::store", "delete slide %1").arg(slideId));
        auto after = snapshot(QStringLiteral("slide"), QStringLiteral("id > ?1"), 0);
        if (!after)
            return after.error();
        auto entry = record(QCoreApplication::translate("nadzor::store", "delete_slide"), QStringLiteral("Deleted %1").arg(quoted(title)),
                            {{QStringLiteral("slide"), before.value()}}, {{QStringLiteral("slide"), after.value()}});
        return entry ? Status() : Status(entry.error());
    });
}

Status ProjectStore::moveSlide(qint64 slideId, int newIndex)
{
    return transaction(QCoreApplication::translate("nadzor::store", "move slide %1").arg(slideId), [&]() -> Status {
        auto before = snapshot(QStringLiteral("slide"), QStringLiteral("id > ?1"), 0);
        if (!before)
            return before.error();
        // The current order, then the slide taken out and put in at its new place.
        QList<QPair<int, qint64>> order;
        QString title;
        for (const QJsonValue &v : before.value()) {
            const QJsonObject row = v.toObject();
            const qint64 id = row.value(QLatin1String("id")).toInteger();
            order.append({int(row.value(QLatin1String("position")).toInteger()), id});
            if (id == slideId)
                title = row.value(QLatin1String("title")).toString();
        }
        std::stable_sort(order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        QList<qint64> ids;
        for (const auto &p : order)
            ids << p.second;
        const int from = int(ids.indexOf(slideId));
        if (from < 0)
            return fail(QCoreApplication::translate("nadzor::store", "cannot move slide %1: there is no such slide").arg(slideId));
        const int to = std::clamp(newIndex, 0, int(ids.size()) - 1);
        if (from == to)
            return Status();  // nothing changes: no journal entry
        ids.move(from, to);
        Statement update(m_db.get(), QStringLiteral("UPDATE slide SET position = ?2 WHERE id = ?1 AND position <> ?2"));
        for (int i = 0; i < ids.size(); ++i) {
            update.reset();
            update.bind(1, ids[i]);
            update.bind(2, qint64(i));
            if (!update.exec())
                return failSql(QCoreApplication::translate("nadzor::store", "move slide %1").arg(slideId));
        }
        auto after = snapshot(QStringLiteral("slide"), QStringLiteral("id > ?1"), 0);
        if (!after)
            return after.error();
        auto entry = record(QStringLiteral("move_slide"),
                            QCoreApplication::translate("nadzor::store", "Moved %1 to place %2").arg(quoted(title)).arg(to + 1),
                            {{QStringLiteral("slide"), before.value()}}, {{QStringLiteral("slide"), after.value()}});
        return entry ? Status() : Status(entry.error());
    });
}

} // namespace nadzor::store
