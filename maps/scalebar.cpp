#include "maps/scalebar.h"

#include "maps/renderscale.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace nadzor::maps {

ScaleBar::Spec ScaleBar::compute(const Viewport &viewport, double maxPixels)
{
    Spec s;
    const double mpp = viewport.metresPerPixel();
    if (!(mpp > 0) || !(maxPixels > 0))
        return s;
    const double maxMetres = mpp * maxPixels;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMetres)));
    double metres = magnitude;
    for (double step : {5.0, 2.0, 1.0}) {
        if (step * magnitude <= maxMetres) {
            metres = step * magnitude;
            break;
        }
    }
    s.metres = metres;
    s.pixels = metres / mpp;
    s.label = formatDistance(metres);
    return s;
}

QString ScaleBar::formatDistance(double metres)
{
    // The number in the default locale (the installed language's: "2,5 km" in Serbian), the
    // unit translated ("км" in Serbian Cyrillic).
    const QLocale locale;
    if (metres >= 1000.0)
        return QCoreApplication::translate("nadzor::maps::ScaleBar", "%1 km").arg(locale.toString(metres / 1000.0, 'g', 6));
    return QCoreApplication::translate("nadzor::maps::ScaleBar", "%1 m").arg(locale.toString(metres, 'g', 6));
}

QRectF ScaleBar::paint(QPainter &painter, const Viewport &viewport, const QPointF &bottomLeft)
{
    const RenderScale rs = RenderScale::forPainter(painter);
    const Spec spec = compute(viewport, rs.pt(75));
    if (spec.pixels <= 0)
        return {};
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QFont font = painter.font();
    font.setPointSizeF(7.5);
    painter.setFont(font);
    const QFontMetricsF fm(font, painter.device());
    const double pad = rs.pt(3);
    const double barH = rs.pt(4);
    const double textW = fm.horizontalAdvance(spec.label);
    const double w = std::max(spec.pixels, textW) + 2 * pad;
    const double h = fm.height() + barH + 2.5 * pad;
    const QRectF box(bottomLeft.x(), bottomLeft.y() - h, w, h);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRoundedRect(box, rs.pt(2), rs.pt(2));

    const double x0 = box.left() + pad;
    const double yBar = box.bottom() - pad - barH;
    // An open bracket |____| like printed maps, dark with a light halo.
    QPainterPath path;
    path.moveTo(x0, yBar);
    path.lineTo(x0, yBar + barH);
    path.lineTo(x0 + spec.pixels, yBar + barH);
    path.lineTo(x0 + spec.pixels, yBar);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(255, 255, 255, 230), rs.pt(2.6), Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    painter.drawPath(path);
    painter.setPen(QPen(QColor(60, 60, 60), rs.pt(1.2), Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    painter.drawPath(path);
    painter.setPen(QColor(40, 40, 40));
    painter.drawText(QRectF(x0, box.top() + pad * 0.5, w - 2 * pad, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     spec.label);
    painter.restore();
    return box;
}

} // namespace nadzor::maps
