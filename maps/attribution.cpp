#include "maps/attribution.h"

#include "maps/renderscale.h"

#include <QFontMetricsF>
#include <QPainter>

namespace nadzor::maps {

QString Attribution::text(const QStringList &attributions)
{
    QStringList parts;
    for (const QString &a : attributions)
        if (!a.trimmed().isEmpty() && !parts.contains(a.trimmed()))
            parts.append(a.trimmed());
    return parts.join(QStringLiteral(" | "));
}

QRectF Attribution::paint(QPainter &painter, const QRectF &area, const QStringList &attributions)
{
    const QString t = text(attributions);
    if (t.isEmpty())
        return {};
    const RenderScale rs = RenderScale::forPainter(painter);
    painter.save();
    QFont font = painter.font();
    font.setPointSizeF(7.0);
    painter.setFont(font);
    const QFontMetricsF fm(font, painter.device());
    const double pad = rs.pt(2.5);
    const QString shown = fm.elidedText(t, Qt::ElideLeft, std::max(10.0, area.width() - 2 * pad));
    const double w = fm.horizontalAdvance(shown) + 2 * pad;
    const double h = fm.height() + pad;
    const QRectF box(area.right() - w, area.bottom() - h, w, h);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 190));
    painter.drawRect(box);
    painter.setPen(QColor(50, 50, 50));
    painter.drawText(box, Qt::AlignCenter, shown);
    painter.restore();
    return box;
}

} // namespace nadzor::maps
