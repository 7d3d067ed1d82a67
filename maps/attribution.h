#pragma once
// The attribution line every map must carry ("© OpenStreetMap contributors"), drawn small in
// the bottom-right corner, right-aligned, on a translucent background.
#include <QRectF>
#include <QStringList>

class QFontMetricsF;
class QPainter;

namespace nadzor::maps {

class Attribution {
public:
    // Joins the texts with " | ".
    static QString text(const QStringList &attributions);
    // The text shown in `maxWidth` pixels: all of it when it fits; otherwise elided on the
    // right, with the OpenStreetMap credits moved to the front, and "© OpenStreetMap
    // contributors" never cut (empty when even that does not fit at these metrics).
    static QString fitted(const QStringList &attributions, const QFontMetricsF &metrics, double maxWidth);
    // Paints the text in the bottom-right corner of `area` (the font shrinks, down to 4 pt,
    // before the OpenStreetMap credit would be cut); returns the painted rectangle.
    static QRectF paint(QPainter &painter, const QRectF &area, const QStringList &attributions);
};

} // namespace nadzor::maps
