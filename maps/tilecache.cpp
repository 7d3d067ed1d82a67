#include "maps/tilecache.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace nadzor::maps {

TileCache::TileCache(QString directory, qint64 memoryBytes, qint64 expirySeconds, QString extension)
    : m_dir(std::move(directory)), m_expiry(expirySeconds), m_ext(std::move(extension)), m_memory(memoryBytes)
{
}

QImage TileCache::memory(const TileId &tile) const
{
    const QImage *img = m_memory.object(tile);
    return img ? *img : QImage();
}

void TileCache::insertMemory(const TileId &tile, const QImage &image)
{
    if (image.isNull())
        return;
    m_memory.insert(tile, new QImage(image), qMax<qint64>(1, image.sizeInBytes()));
}

QString TileCache::filePath(const TileId &tile) const
{
    if (m_dir.isEmpty())
        return {};
    return QStringLiteral("%1/%2/%3/%4.%5").arg(m_dir).arg(tile.z).arg(tile.x).arg(tile.y).arg(m_ext);
}

TileCache::DiskEntry TileCache::readDisk(const TileId &tile, const QDateTime &now) const
{
    DiskEntry e;
    const QString path = filePath(tile);
    if (path.isEmpty())
        return e;
    const QFileInfo info(path);
    if (!info.exists())
        return e;
    e.image = QImage(path);
    e.expired = info.lastModified().toUTC().secsTo(now) > m_expiry;
    return e;
}

bool TileCache::writeDisk(const TileId &tile, const QByteArray &bytes) const
{
    const QString path = filePath(tile);
    if (path.isEmpty())
        return false;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(bytes);
    return f.commit();
}

} // namespace nadzor::maps
