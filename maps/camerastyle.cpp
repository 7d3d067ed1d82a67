#include "maps/camerastyle.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace nadzor::maps {

QColor CameraStyle::clusterColor(int count)
{
    if (count < 10)
        return QColor(247, 103, 7);
    if (count < 100)
        return QColor(232, 89, 12);
    if (count < 1000)
        return QColor(217, 72, 15);
    if (count < 10000)
        return QColor(201, 42, 42);
    return QColor(165, 29, 42);
}

double CameraStyle::clusterRadiusPt(int count)
{
    return 7.5 + 2.3 * std::log10(std::max(count, 1));
}

QString CameraStyle::clusterLabel(int count)
{
    if (count < 1000)
        return QString::number(count);
    if (count < 10000)
        return QString::number(count / 1000.0, 'f', 1) + QLatin1Char('k');
    if (count < 1000000)
        return QString::number(count / 1000) + QLatin1Char('k');
    return QString::number(count / 1000000.0, 'f', 1) + QLatin1Char('M');
}

void CameraStyle::paintSymbol(QPainter &p, const QPointF &c, double r, int kind, int status, int face) const
{
    const bool faceConfirmed = face == 3;
    const QColor fill = statusColor(status);
    const QColor ring = faceConfirmed ? faceOutline : outline;
    const double ringW = std::max(1.0, r * (faceConfirmed ? 0.42 : 0.3));
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    // A soft shadow lifts the symbol off busy backgrounds.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 45));
    p.drawEllipse(c + QPointF(0, r * 0.18), r + ringW * 0.9, r + ringW * 0.9);
    p.setPen(QPen(ring, ringW));
    p.setBrush(fill);
    switch (CameraKind(kind)) {
    case CameraKind::Alpr:
        p.drawRoundedRect(QRectF(c.x() - r * 0.92, c.y() - r * 0.92, r * 1.84, r * 1.84), r * 0.3, r * 0.3);
        break;
    case CameraKind::Guard: {
        QPolygonF d;
        d << c + QPointF(0, -r * 1.2) << c + QPointF(r * 1.2, 0) << c + QPointF(0, r * 1.2) << c + QPointF(-r * 1.2, 0);
        p.drawPolygon(d);
        break;
    }
    case CameraKind::Other: {
        QPolygonF t;
        t << c + QPointF(0, -r * 1.15) << c + QPointF(r * 1.05, r * 0.8) << c + QPointF(-r * 1.05, r * 0.8);
        p.drawPolygon(t);
        break;
    }
    case CameraKind::Dome:
        p.drawEllipse(c, r, r);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 230));
        p.drawEllipse(c, r * 0.38, r * 0.38);
        break;
    case CameraKind::Camera:
    default:
        p.drawEllipse(c, r, r);
        break;
    }
    if (status == 3) {  // removed: struck through
        p.setPen(QPen(QColor(255, 255, 255), std::max(1.0, r * 0.28)));
        p.drawLine(c + QPointF(-r * 0.6, r * 0.6), c + QPointF(r * 0.6, -r * 0.6));
    }
    p.restore();
}

QImage CameraStyle::symbolSprite(double r, int kind, int status, int face, qreal dpr) const
{
    const int side = int(std::ceil((r * 1.5 + 3) * 2 * dpr));
    QImage img(side, side, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    img.setDevicePixelRatio(dpr);
    QPainter p(&img);
    paintSymbol(p, QPointF(side / 2.0 / dpr, side / 2.0 / dpr), r, kind, status, face);
    return img;
}

QImage CameraStyle::clusterSprite(int count, double r, double fontPx, qreal dpr)
{
    const double halo = r * 0.32;
    const int side = int(std::ceil((r + halo + 2) * 2 * dpr));
    QImage img(side, side, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    img.setDevicePixelRatio(dpr);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    const QPointF c(side / 2.0 / dpr, side / 2.0 / dpr);
    const QColor color = clusterColor(count);
    QColor haloColor = color;
    haloColor.setAlpha(70);
    p.setPen(Qt::NoPen);
    p.setBrush(haloColor);
    p.drawEllipse(c, r + halo, r + halo);
    p.setBrush(color);
    p.setPen(QPen(QColor(255, 255, 255, 235), std::max(1.0, r * 0.12)));
    p.drawEllipse(c, r, r);
    QFont font;
    font.setPixelSize(std::max(6, int(std::lround(fontPx))));
    font.setBold(true);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt::AlignCenter, clusterLabel(count));
    return img;
}

} // namespace nadzor::maps
