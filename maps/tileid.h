#pragma once
// The address of one slippy-map tile (XYZ scheme: y = 0 at the north edge).
#include <QHashFunctions>
#include <QString>

namespace nadzor::maps {

struct TileId {
    int z = 0;
    int x = 0;
    int y = 0;

    bool isValid() const
    {
        const int n = 1 << z;
        return z >= 0 && z <= 30 && x >= 0 && x < n && y >= 0 && y < n;
    }
    // The tile one level up that contains this one.
    TileId parent() const { return {z - 1, x >> 1, y >> 1}; }
    QString toString() const { return QStringLiteral("%1/%2/%3").arg(z).arg(x).arg(y); }
    bool operator==(const TileId &o) const { return z == o.z && x == o.x && y == o.y; }
    bool operator!=(const TileId &o) const { return !(*this == o); }
};

inline size_t qHash(const TileId &t, size_t seed = 0)
{
    return ::qHash((quint64(quint32(t.z)) << 58) ^ (quint64(quint32(t.x)) << 29) ^ quint64(quint32(t.y)), seed);
}

} // namespace nadzor::maps
