#pragma once
// Where to write a polygon's name: its pole of inaccessibility, the interior point farthest
// from the outline (the "polylabel" cell-subdivision search), to a given precision.
#include <QList>
#include <QPointF>
#include <QVector>

namespace nadzor::maps {

// `rings`: the outer ring first, then holes, in any planar coordinates. Returns the point and,
// through `distance`, its distance to the nearest edge (0 for a degenerate polygon).
QPointF poleOfInaccessibility(const QList<QVector<QPointF>> &rings, double precision,
                              double *distance = nullptr);

// Signed distance from a point to the polygon's outline: positive inside, negative outside.
double signedDistanceToPolygon(const QPointF &p, const QList<QVector<QPointF>> &rings);

} // namespace nadzor::maps
