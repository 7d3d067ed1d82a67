#pragma once
// Two-level tile cache: a cost-bounded memory cache of decoded images (cost = bytes) and an
// on-disk cache of the encoded files at <dir>/<z>/<x>/<y>.<ext> with an expiry age.
#include "maps/tileid.h"

#include <QByteArray>
#include <QCache>
#include <QDateTime>
#include <QImage>
#include <QString>

namespace nadzor::maps {

class TileCache {
public:
    // `directory` empty: memory only.
    TileCache(QString directory, qint64 memoryBytes = 96ll * 1024 * 1024, qint64 expirySeconds = 7 * 24 * 3600,
              QString extension = QStringLiteral("png"));

    QString directory() const { return m_dir; }
    qint64 expirySeconds() const { return m_expiry; }
    void setExpirySeconds(qint64 seconds) { m_expiry = seconds; }

    QImage memory(const TileId &tile) const;
    void insertMemory(const TileId &tile, const QImage &image);
    qint64 memoryCost() const { return m_memory.totalCost(); }
    qint64 memoryCapacity() const { return m_memory.maxCost(); }

    struct DiskEntry {
        QImage image;        // null when absent or unreadable
        bool expired = false;
    };
    DiskEntry readDisk(const TileId &tile, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // Writes atomically (temporary file, then rename); false on failure.
    bool writeDisk(const TileId &tile, const QByteArray &bytes) const;
    QString filePath(const TileId &tile) const;

private:
    QString m_dir;
    qint64 m_expiry;
    QString m_ext;
    mutable QCache<TileId, QImage> m_memory;
};

} // namespace nadzor::maps
