#pragma once
// Where raster tiles come from: an online XYZ server, an offline MBTiles file, ... A source
// hands out what it has now (never blocking on the network) and announces tiles that arrive
// later. Used from the GUI thread.
#include "maps/geobounds.h"
#include "maps/tileid.h"

#include <QImage>
#include <QObject>
#include <QString>

namespace nadzor::maps {

class TileSource : public QObject {
    Q_OBJECT
public:
    explicit TileSource(QObject *parent = nullptr);
    ~TileSource() override;

    // A short id used for cache folders ("osm").
    virtual QString id() const = 0;
    virtual QString name() const = 0;
    virtual QString attribution() const = 0;
    virtual int minZoom() const { return 0; }
    virtual int maxZoom() const { return 19; }
    virtual int tileSize() const { return 256; }
    virtual GeoBounds bounds() const { return GeoBounds::fromCorners(-180, -85.0511, 180, 85.0511); }

    // The tile if it is available now; a null image otherwise. With `fetch`, a missing tile is
    // requested and tileReady() follows when it arrives.
    virtual QImage tile(const TileId &tile, bool fetch = true) = 0;
    // True while the source cannot reach its server (it shows cached tiles only).
    virtual bool isOffline() const { return false; }

signals:
    void tileReady(const nadzor::maps::TileId &tile);
    void offlineChanged(bool offline);
};

} // namespace nadzor::maps
