#pragma once
// A slide: a saved view of the map for a briefing. Where the map looks (centre and zoom, and the
// lon/lat box that was visible, so that another screen shows the same area), which layers are
// on and how, and which cameras count (CameraFilter expressions, as `--filter` takes them).
// Slides are kept in the project file in presentation order.
#include <QString>
#include <QStringList>

namespace nadzor::domain {

struct Slide {
    qint64 id = 0;       // row id in the project store, 0 before it is stored
    int position = 0;    // 0-based order in the presentation
    QString title;

    // The extent: the centre and zoom, and the visible box (west > east when unknown).
    double centreLon = 0.0;
    double centreLat = 0.0;
    double zoom = 0.0;
    double west = 0.0, south = 0.0, east = -1.0, north = -1.0;
    bool hasBounds() const { return east > west && north > south; }

    // The layers: basemap "vector", "osm" or "mbtiles" (with its file).
    QString basemap = QStringLiteral("vector");
    QString mbtilesPath;
    bool boundaries = true;
    bool choropleth = true;
    QString metric = QStringLiteral("cameras_per_1000");  // cameras_per_1000, cameras_per_km2,
                                                         // inhabitants_per_camera, cameras
    bool heatmap = false;
    double heatmapRadiusMetres = 500.0;
    bool cameras = true;

    // The filter: CameraFilter::parse() expressions ("manufacturer=Dahua"); empty: the default.
    QStringList filter;

    bool operator==(const Slide &o) const
    {
        return id == o.id && position == o.position && title == o.title && centreLon == o.centreLon
            && centreLat == o.centreLat && zoom == o.zoom && west == o.west && south == o.south
            && east == o.east && north == o.north && basemap == o.basemap && mbtilesPath == o.mbtilesPath
            && boundaries == o.boundaries && choropleth == o.choropleth && metric == o.metric
            && heatmap == o.heatmap && heatmapRadiusMetres == o.heatmapRadiusMetres && cameras == o.cameras
            && filter == o.filter;
    }
    bool operator!=(const Slide &o) const { return !(*this == o); }
};

} // namespace nadzor::domain
