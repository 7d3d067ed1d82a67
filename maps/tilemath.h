#pragma once
// Tile addressing for the XYZ scheme and its TMS sibling (MBTiles).
#include "maps/tileid.h"

#include <QPointF>
#include <QRectF>
#include <QVector>

namespace nadzor::maps::tilemath {

// The tile holding a position at an integer zoom.
TileId tileForLonLat(double lon, double lat, int z);
// Geographic bounds of a tile: x = west, y = north, right = east, bottom = south
// (so top() is the northern edge in degrees; the rectangle is "upside down").
QRectF tileBoundsLonLat(const TileId &tile);
// Top-left global pixel of a tile at its own zoom.
QPointF tileOriginPixel(const TileId &tile, double tileSize = 256.0);
// The TMS row (MBTiles tile_row) of an XYZ row and back: 2^z - 1 - y (an involution).
int tmsRow(int z, int y);

// An inclusive range of tiles at one zoom.
struct TileRange {
    int z = 0;
    int minX = 0, maxX = -1, minY = 0, maxY = -1;
    bool isEmpty() const { return maxX < minX || maxY < minY; }
    int count() const { return isEmpty() ? 0 : (maxX - minX + 1) * (maxY - minY + 1); }
    bool contains(const TileId &t) const
    {
        return t.z == z && t.x >= minX && t.x <= maxX && t.y >= minY && t.y <= maxY;
    }
    // The tiles, ordered from the centre of the range outwards (the order to load them in).
    QVector<TileId> tilesCentreFirst() const;
    bool operator==(const TileRange &o) const
    {
        return z == o.z && minX == o.minX && maxX == o.maxX && minY == o.minY && maxY == o.maxY;
    }
};

// The tiles at zoom z covering a rectangle of global pixels at fractional zoom `viewZoom`.
TileRange tilesCovering(const QRectF &globalPixelRect, double viewZoom, int z);

// The integer tile zoom to draw at a fractional zoom, clamped to a source's zoom range.
int tileZoomFor(double zoom, int minZoom, int maxZoom);

} // namespace nadzor::maps::tilemath
