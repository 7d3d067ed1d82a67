#pragma once
// The attribution line every map must carry ("© OpenStreetMap contributors"), drawn small in
// a corner on a translucent background.
#include <QRectF>
#include <QStringList>

class QPainter;

namespace nadzor::maps {

class Attribution {
public:
    // Joins the texts with " | ".
    static QString text(const QStringList &attributions);
    // Paints the text in the bottom-right corner of `area`; returns the painted rectangle.
    static QRectF paint(QPainter &painter, const QRectF &area, const QStringList &attributions);
};

} // namespace nadzor::maps
