#include "maps/mbtilessource.h"

#include "maps/tilemath.h"

#include <QFileInfo>
#include <QUrl>
#include <sqlite3.h>

namespace nadzor::maps {

using domain::makeError;

void MbTilesSource::DbClose::operator()(sqlite3 *db) const
{
    sqlite3_close_v2(db);
}

void MbTilesSource::StmtFinalize::operator()(sqlite3_stmt *stmt) const
{
    sqlite3_finalize(stmt);
}

MbTilesSource::~MbTilesSource()
{
    m_tileStmt.reset();
    m_db.reset();
}

domain::Result<std::unique_ptr<MbTilesSource>> MbTilesSource::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return makeError(QStringLiteral("MBTiles file does not exist"), path);
    std::unique_ptr<MbTilesSource> src(new MbTilesSource);
    src->m_path = path;
    src->m_id = QStringLiteral("mbtiles-") + info.completeBaseName();
    // A read-only URI: mode=ro never creates or changes the file; immutable is not claimed.
    const QByteArray uri = QUrl::fromLocalFile(info.absoluteFilePath()).toEncoded() + "?mode=ro";
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(uri.constData(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    std::unique_ptr<sqlite3, DbClose> db(raw);
    if (rc != SQLITE_OK)
        return makeError(QStringLiteral("cannot open MBTiles file: %1")
                             .arg(QString::fromUtf8(raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc))),
                         path);
    sqlite3_busy_timeout(db.get(), 2000);

    // Metadata (name/value rows).
    {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db.get(), "SELECT name, value FROM metadata", -1, &st, nullptr) != SQLITE_OK)
            return makeError(QStringLiteral("not an MBTiles file (no metadata table): %1")
                                 .arg(QString::fromUtf8(sqlite3_errmsg(db.get()))),
                             path);
        std::unique_ptr<sqlite3_stmt, StmtFinalize> stmt(st);
        while (sqlite3_step(st) == SQLITE_ROW) {
            const auto text = [st](int col) {
                const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st, col));
                return p ? QString::fromUtf8(p, sqlite3_column_bytes(st, col)) : QString();
            };
            src->m_meta.values.insert(text(0).trimmed(), text(1));
        }
    }
    const auto &v = src->m_meta.values;
    src->m_meta.name = v.value(QStringLiteral("name"), info.completeBaseName());
    src->m_meta.format = v.value(QStringLiteral("format"), QStringLiteral("png")).toLower();
    src->m_meta.attribution = v.value(QStringLiteral("attribution"));
    src->m_meta.description = v.value(QStringLiteral("description"));
    if (src->m_meta.format != QLatin1String("png") && src->m_meta.format != QLatin1String("jpg")
        && src->m_meta.format != QLatin1String("jpeg") && src->m_meta.format != QLatin1String("webp"))
        return makeError(QStringLiteral("MBTiles format \"%1\" is not a raster format this map can show (png, jpg)")
                             .arg(src->m_meta.format),
                         path);
    const QStringList b = v.value(QStringLiteral("bounds")).split(QLatin1Char(','));
    if (b.size() == 4) {
        bool ok[4];
        const double w = b[0].toDouble(&ok[0]), s = b[1].toDouble(&ok[1]), e = b[2].toDouble(&ok[2]),
                     n = b[3].toDouble(&ok[3]);
        if (ok[0] && ok[1] && ok[2] && ok[3])
            src->m_meta.bounds = GeoBounds::fromCorners(w, s, e, n);
    }
    bool okMin = false, okMax = false;
    const int minZ = v.value(QStringLiteral("minzoom")).toInt(&okMin);
    const int maxZ = v.value(QStringLiteral("maxzoom")).toInt(&okMax);
    if (!okMin || !okMax) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db.get(), "SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles", -1, &st, nullptr) != SQLITE_OK)
            return makeError(QStringLiteral("not an MBTiles file (no tiles table): %1")
                                 .arg(QString::fromUtf8(sqlite3_errmsg(db.get()))),
                             path);
        std::unique_ptr<sqlite3_stmt, StmtFinalize> stmt(st);
        if (sqlite3_step(st) == SQLITE_ROW) {
            src->m_meta.minZoom = okMin ? minZ : sqlite3_column_int(st, 0);
            src->m_meta.maxZoom = okMax ? maxZ : sqlite3_column_int(st, 1);
        }
    } else {
        src->m_meta.minZoom = minZ;
        src->m_meta.maxZoom = maxZ;
    }
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db.get(),
                           "SELECT tile_data FROM tiles WHERE zoom_level = ?1 AND tile_column = ?2 AND tile_row = ?3",
                           -1, &st, nullptr)
        != SQLITE_OK)
        return makeError(QStringLiteral("not an MBTiles file (no tiles table): %1")
                             .arg(QString::fromUtf8(sqlite3_errmsg(db.get()))),
                         path);
    src->m_tileStmt.reset(st);
    src->m_db = std::move(db);
    return src;
}

GeoBounds MbTilesSource::bounds() const
{
    return m_meta.bounds.isEmpty() ? TileSource::bounds() : m_meta.bounds;
}

QByteArray MbTilesSource::tileData(const TileId &t) const
{
    if (!m_tileStmt || !t.isValid())
        return {};
    sqlite3_stmt *st = m_tileStmt.get();
    sqlite3_reset(st);
    sqlite3_bind_int(st, 1, t.z);
    sqlite3_bind_int(st, 2, t.x);
    sqlite3_bind_int(st, 3, tilemath::tmsRow(t.z, t.y));
    QByteArray out;
    if (sqlite3_step(st) == SQLITE_ROW) {
        const void *blob = sqlite3_column_blob(st, 0);
        const int n = sqlite3_column_bytes(st, 0);
        if (blob && n > 0)
            out = QByteArray(static_cast<const char *>(blob), n);
    }
    sqlite3_reset(st);
    return out;
}

QImage MbTilesSource::tile(const TileId &t, bool)
{
    if (t.z < m_meta.minZoom || t.z > m_meta.maxZoom)
        return {};
    QImage img = m_cache.memory(t);
    if (!img.isNull())
        return img;
    const QByteArray data = tileData(t);
    if (data.isEmpty())
        return {};
    img = QImage::fromData(data);
    m_cache.insertMemory(t, img);
    return img;
}

} // namespace nadzor::maps
