#include "maps/attribution.h"

#include "maps/renderscale.h"

#include <QFontMetricsF>
#include <QPainter>

namespace nadzor::maps {

namespace {

const QString kOsm = QStringLiteral("© OpenStreetMap contributors");

bool isOsm(const QString &part)
{
    return part.contains(QLatin1String("OpenStreetMap"), Qt::CaseInsensitive);
}

} // namespace

QString Attribution::text(const QStringList &attributions)
{
    QStringList parts;
    for (const QString &a : attributions)
        if (!a.trimmed().isEmpty() && !parts.contains(a.trimmed()))
            parts.append(a.trimmed());
    return parts.join(QStringLiteral(" | "));
}

QString Attribution::fitted(const QStringList &attributions, const QFontMetricsF &metrics, double maxWidth)
{
    const QString all = text(attributions);
    if (all.isEmpty() || metrics.horizontalAdvance(all) <= maxWidth)
        return all;
    // Too wide: the OpenStreetMap credits first, then the rest, cut on the right.
    QStringList osm, other;
    for (const QString &a : attributions)
        (isOsm(a) ? osm : other).append(a);
    const QString ordered = text(osm + other);
    const QString elided = metrics.elidedText(ordered, Qt::ElideRight, maxWidth);
    if (osm.isEmpty() || elided.contains(kOsm))
        return elided;
    // Even the first credit is cut: the bare licence line, complete, is what must stay.
    const QString bare = metrics.elidedText(kOsm + QStringLiteral(" | ") + text(other), Qt::ElideRight, maxWidth);
    if (bare.contains(kOsm))
        return bare;
    return metrics.horizontalAdvance(kOsm) <= maxWidth ? kOsm : QString();
}

QRectF Attribution::paint(QPainter &painter, const QRectF &area, const QStringList &attributions)
{
    if (text(attributions).isEmpty())
        return {};
    const RenderScale rs = RenderScale::forPainter(painter);
    painter.save();
    QFont font = painter.font();
    const double pad = rs.pt(2.5);
    const double maxWidth = std::max(1.0, area.width() - 2 * pad);
    QString shown;
    for (double size = 7.0; size >= 4.0; size -= 0.5) {
        font.setPointSizeF(size);
        shown = fitted(attributions, QFontMetricsF(font, painter.device()), maxWidth);
        if (!shown.isEmpty())
            break;
    }
    painter.setFont(font);
    const QFontMetricsF fm(font, painter.device());
    if (shown.isEmpty())
        shown = fm.elidedText(text(attributions), Qt::ElideRight, maxWidth);
    const double w = std::min(area.width(), fm.horizontalAdvance(shown) + 2 * pad);
    const double h = fm.height() + pad;
    const QRectF box(area.right() - w, area.bottom() - h, w, h);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 190));
    painter.drawRect(box);
    painter.setPen(QColor(50, 50, 50));
    painter.drawText(box.adjusted(pad, 0, -pad, 0), Qt::AlignRight | Qt::AlignVCenter, shown);
    painter.restore();
    return box;
}

} // namespace nadzor::maps
