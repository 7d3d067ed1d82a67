#include "ui/icons.h"

#include <QPainter>
#include <QPixmap>

namespace nadzor::ui {

namespace {

QPixmap drawMagnifier(Icons::Magnifier kind, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const double s = size / 24.0;
    const QColor ink(52, 58, 64);
    if (kind == Icons::Magnifier::Fit) {
        QPen frame(QColor(28, 126, 214), 1.6 * s);
        frame.setCapStyle(Qt::FlatCap);
        p.setPen(frame);
        const double e = 1.5 * s, l = 6 * s;
        const double far = size - e;
        for (const auto &[x, y, dx, dy] : {std::tuple{e, e, 1, 1}, std::tuple{far, e, -1, 1},
                                           std::tuple{e, far, 1, -1}, std::tuple{far, far, -1, -1}}) {
            p.drawLine(QPointF(x, y), QPointF(x + dx * l, y));
            p.drawLine(QPointF(x, y), QPointF(x, y + dy * l));
        }
    }
    const QPointF centre(10 * s, 10 * s);
    const double r = 6 * s;
    p.setPen(QPen(ink, 2.0 * s));
    p.setBrush(QColor(255, 255, 255, 200));
    p.drawEllipse(centre, r, r);
    QPen handle(ink, 3.2 * s);
    handle.setCapStyle(Qt::RoundCap);
    p.setPen(handle);
    p.drawLine(QPointF(14.6 * s, 14.6 * s), QPointF(20.5 * s, 20.5 * s));
    QPen sign(ink, 1.8 * s);
    sign.setCapStyle(Qt::RoundCap);
    p.setPen(sign);
    if (kind == Icons::Magnifier::Plus || kind == Icons::Magnifier::Minus)
        p.drawLine(QPointF(centre.x() - 3 * s, centre.y()), QPointF(centre.x() + 3 * s, centre.y()));
    if (kind == Icons::Magnifier::Plus)
        p.drawLine(QPointF(centre.x(), centre.y() - 3 * s), QPointF(centre.x(), centre.y() + 3 * s));
    return pixmap;
}

} // namespace

QIcon Icons::magnifier(Magnifier kind, const QString &themeName)
{
    if (QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(drawMagnifier(kind, size));
    return icon;
}

} // namespace nadzor::ui
