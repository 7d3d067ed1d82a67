#pragma once
// Names of boundaries, placed once per zoom and DPI in global pixel coordinates (largest
// polygons first, collisions skipped) and drawn per frame on top of the boundaries, so panning
// neither re-measures text nor re-runs the placement, and labels are never cut at tile edges.
// Thread-safe: a layer's snapshot draws from a worker thread.
#include "maps/boundarygeometry.h"
#include "maps/viewport.h"

#include <QColor>
#include <QFont>
#include <QMutex>
#include <QRectF>
#include <QString>
#include <QVector>
#include <memory>

class QPainter;

namespace nadzor::maps {

struct BoundaryStyle;

class BoundaryLabels {
public:
    struct Label {
        QRectF rect;       // global pixels at the placement's zoom
        QPointF baseline;  // global pixels
        QString text;
    };
    struct Placement {
        qint64 zoomKey = 0;
        qint32 dpiKey = 0;
        quint64 generation = 0;
        QFont font;
        QVector<Label> labels;
    };

    // The names for `viewport`'s zoom on `painter`'s device; the last placement is reused when
    // zoom, DPI and generation match.
    void paint(QPainter &painter, const Viewport &viewport, const BoundaryGeometry &geometry,
               const BoundaryStyle &style, quint64 generation);
    // Placement without a cache.
    static std::shared_ptr<const Placement> place(const QPainter &painter, const Viewport &viewport,
                                                  const BoundaryGeometry &geometry, const BoundaryStyle &style);
    // Draws the labels of a placement that fall inside the viewport, with their halo.
    static void draw(QPainter &painter, const Viewport &viewport, const Placement &placement,
                     const BoundaryStyle &style);

private:
    QMutex m_mutex;
    std::shared_ptr<const Placement> m_last;
};

} // namespace nadzor::maps
