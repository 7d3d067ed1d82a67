#pragma once
// Boundary polygons projected once to Web-Mercator world coordinates, with their bounds and
// label anchors, shared (immutable) by the boundary, choropleth and basemap layers and their
// worker-thread snapshots.
#include "domain/boundary.h"
#include "maps/geobounds.h"
#include "maps/viewport.h"

#include <QHash>
#include <QPainterPath>
#include <QRectF>
#include <QString>
#include <QVector>
#include <memory>

namespace nadzor::maps {

struct ProjectedBoundary {
    qint64 id = 0;
    QString name;
    QList<QVector<QPointF>> rings;  // every ring of every polygon, in world coordinates
    QRectF worldBounds;
    QPointF labelPoint;             // pole of inaccessibility of the largest polygon (world)
    double labelRadius = 0.0;       // its distance to the outline (world units)
    double area = 0.0;              // world-unit area of the largest polygon (label priority)
};

class BoundaryGeometry {
public:
    static std::shared_ptr<const BoundaryGeometry> build(const domain::BoundaryLayer &layer);

    const QVector<ProjectedBoundary> &boundaries() const { return m_boundaries; }
    const GeoBounds &extent() const { return m_extent; }
    QString attribution() const { return m_attribution; }
    // Index of a boundary by id, -1 if absent.
    int indexOf(qint64 id) const { return m_index.value(id, -1); }

    // The boundary's outline in screen pixels, simplified to about half a pixel; empty when
    // it lies outside `screenRect` (the view, grown by a margin).
    QPainterPath screenPath(int index, const Viewport &viewport, const QRectF &screenRect) const;
    // The index of the boundary under a screen point, -1 if none.
    int boundaryAt(const QPointF &screen, const Viewport &viewport) const;

private:
    QVector<ProjectedBoundary> m_boundaries;
    QHash<qint64, int> m_index;
    GeoBounds m_extent;
    QString m_attribution;
};

} // namespace nadzor::maps
