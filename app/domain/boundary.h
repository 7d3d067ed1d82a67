#pragma once
// Administrative boundaries (municipalities) with their figures, in WGS84.
#include <QList>
#include <QPointF>
#include <QString>
#include <QVector>
#include <optional>

namespace nadzor::domain {

// A closed ring of (lon, lat) vertices; the first vertex is not repeated at the end.
using Ring = QVector<QPointF>;

// A polygon: the outer ring first, then its holes.
struct Polygon {
    QList<Ring> rings;
};

// A multipolygon: one or more polygons.
using MultiPolygon = QList<Polygon>;

struct Boundary {
    qint64 id = 0;
    QString name;
    QString code;                       // official code (matični broj), if known
    std::optional<qint64> population;   // inhabitants, if known
    std::optional<double> areaKm2;      // geodesic area on the WGS84 ellipsoid, if computed
    MultiPolygon geometry;
};

struct BoundaryLayer {
    qint64 id = 0;
    QString name;         // "Serbian municipalities"
    QString source;       // where the boundaries came from (file name or dataset)
    QString attribution;  // "© OpenStreetMap contributors, ODbL, via geoBoundaries; ..."
    QList<Boundary> boundaries;
};

} // namespace nadzor::domain
