#pragma once
// A scale bar: the longest round ground distance (1, 2 or 5 x 10^n metres) that fits a width.
#include "maps/viewport.h"

#include <QPointF>
#include <QString>

class QPainter;

namespace nadzor::maps {

class ScaleBar {
public:
    struct Spec {
        double metres = 0.0;  // ground length of the bar
        double pixels = 0.0;  // its length in the viewport's pixels
        QString label;        // "500 m", "2 km"
    };

    // The bar for a viewport, at most `maxPixels` long.
    static Spec compute(const Viewport &viewport, double maxPixels);
    // "750 m", "1 km", "12.5 km" in the installed language: the number in the default QLocale,
    // the unit translated (context "nadzor::maps::ScaleBar"; "12,5 км" in Serbian Cyrillic).
    static QString formatDistance(double metres);
    // Paints the bar with its bottom-left corner at `bottomLeft`; returns the painted rectangle.
    static QRectF paint(QPainter &painter, const Viewport &viewport, const QPointF &bottomLeft);
};

} // namespace nadzor::maps
