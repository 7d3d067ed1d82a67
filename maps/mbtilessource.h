#pragma once
// Offline raster tiles from an MBTiles file (SQLite; PNG or JPEG tiles; TMS rows, so
// tile_row = 2^z - 1 - y), opened read-only. Reads are synchronous and fast; GUI thread only.
#include "domain/result.h"
#include "maps/tilecache.h"
#include "maps/tilesource.h"

#include <QMap>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace nadzor::maps {

struct MbTilesMetadata {
    QString name;
    QString format;       // "png", "jpg"
    QString attribution;
    QString description;
    GeoBounds bounds;     // empty when the file does not say
    int minZoom = 0;
    int maxZoom = 0;
    QMap<QString, QString> values;  // every row of the metadata table
};

class MbTilesSource : public TileSource {
    Q_OBJECT
public:
    ~MbTilesSource() override;

    static domain::Result<std::unique_ptr<MbTilesSource>> open(const QString &path);

    const MbTilesMetadata &metadata() const { return m_meta; }
    QString path() const { return m_path; }
    // The encoded tile bytes, empty if the file has no such tile.
    QByteArray tileData(const TileId &tile) const;

    QString id() const override { return m_id; }
    QString name() const override { return m_meta.name; }
    QString attribution() const override { return m_meta.attribution; }
    int minZoom() const override { return m_meta.minZoom; }
    int maxZoom() const override { return m_meta.maxZoom; }
    GeoBounds bounds() const override;
    QImage tile(const TileId &tile, bool fetch = true) override;

private:
    struct DbClose {
        void operator()(sqlite3 *db) const;
    };
    struct StmtFinalize {
        void operator()(sqlite3_stmt *stmt) const;
    };
    MbTilesSource() = default;

    QString m_path;
    QString m_id;
    std::unique_ptr<sqlite3, DbClose> m_db;
    std::unique_ptr<sqlite3_stmt, StmtFinalize> m_tileStmt;
    MbTilesMetadata m_meta;
    TileCache m_cache{QString(), 48ll * 1024 * 1024};
};

} // namespace nadzor::maps
