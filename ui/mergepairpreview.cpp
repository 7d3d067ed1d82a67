#include "ui/mergepairpreview.h"

#include "domain/direction.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace nadzor::ui {

namespace {

const QColor kExisting(37, 99, 235);
const QColor kIncoming(234, 88, 12);

// Metres east and north of `origin` (equirectangular: exact enough within a few hundred m).
QPointF metresFrom(const domain::GeoPoint &origin, const domain::GeoPoint &p)
{
    constexpr double kMetresPerDegree = 111319.49;
    return {(p.lon - origin.lon) * kMetresPerDegree * std::cos(origin.lat * M_PI / 180.0),
            (p.lat - origin.lat) * kMetresPerDegree};
}

double niceLength(double metres)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(metres, 0.1))));
    for (double step : {1.0, 2.0, 5.0, 10.0})
        if (step * magnitude >= metres)
            return step * magnitude;
    return 10.0 * magnitude;
}

} // namespace

MergePairPreview::MergePairPreview(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("mergePairPreview"));
    setMinimumSize(160, 120);
}

void MergePairPreview::setPair(const std::optional<domain::Site> &existing, const domain::Site &incoming)
{
    m_existing = existing;
    m_incoming = incoming;
    update();
}

void MergePairPreview::clear()
{
    m_existing.reset();
    m_incoming.reset();
    update();
}

QImage MergePairPreview::render(const QSize &size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    draw(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

void MergePairPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    draw(painter, QRectF(rect()));
}

void MergePairPreview::draw(QPainter &painter, const QRectF &rect) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
    if (!m_incoming)
        return;
    const domain::GeoPoint origin = m_existing ? m_existing->position : m_incoming->position;
    const QPointF in = metresFrom(origin, m_incoming->position);
    // At least 20 m across, so two sites a metre apart are still two dots.
    const double span = std::max({20.0, std::abs(in.x()) * 2.6, std::abs(in.y()) * 2.6});
    const double scale = std::min(rect.width(), rect.height() - 24) / span;  // pixels per metre
    const QPointF centre = rect.center() - QPointF(0, 8);
    const auto toScreen = [&](const QPointF &m) { return centre + QPointF(m.x() * scale, -m.y() * scale); };

    // Light grid every 5 m.
    painter.setPen(QPen(palette().color(QPalette::Midlight), 1, Qt::DotLine));
    const double grid = span > 60 ? 10.0 : 5.0;
    for (double x = -std::floor(span / grid) * grid; x <= span; x += grid) {
        painter.drawLine(toScreen({x, -span}), toScreen({x, span}));
        painter.drawLine(toScreen({-span, x}), toScreen({span, x}));
    }

    const QPointF a = toScreen({0, 0});
    const QPointF b = toScreen(in);
    const auto drawSite = [&](const domain::Site &site, const QPointF &at, const QColor &color) {
        painter.setPen(QPen(color, 2, Qt::SolidLine, Qt::RoundCap));
        for (const domain::Camera &camera : site.cameras) {
            const auto direction = domain::Direction::parse(camera.direction);
            if (!direction)
                continue;
            for (const domain::DirectionRange &range : direction->ranges()) {
                const double r = range.centre() * M_PI / 180.0;
                painter.drawLine(at, at + QPointF(std::sin(r), -std::cos(r)) * 22.0);
            }
        }
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(color);
        painter.drawEllipse(at, 6.0, 6.0);
        painter.setBrush(Qt::NoBrush);
    };
    if (m_existing) {
        painter.setPen(QPen(palette().color(QPalette::Text), 1, Qt::DashLine));
        painter.drawLine(a, b);
        drawSite(*m_existing, a, kExisting);
    }
    drawSite(*m_incoming, b, kIncoming);

    // Legend and scale bar.
    painter.setPen(palette().color(QPalette::Text));
    QFont font = painter.font();
    font.setPointSizeF(std::max(7.0, font.pointSizeF() - 1));
    painter.setFont(font);
    const double bar = niceLength(span / 4);
    const QPointF barStart(rect.left() + 8, rect.bottom() - 10);
    painter.drawLine(barStart, barStart + QPointF(bar * scale, 0));
    painter.drawLine(barStart, barStart - QPointF(0, 4));
    painter.drawLine(barStart + QPointF(bar * scale, 0), barStart + QPointF(bar * scale, -4));
    painter.drawText(barStart + QPointF(bar * scale + 4, 4), tr("%1 m").arg(bar, 0, 'f', 0));
    const QFontMetricsF fm(font);
    const QString existingLabel = tr("existing");
    const QString incomingLabel = tr("incoming");
    double x = rect.right() - 8 - fm.horizontalAdvance(existingLabel) - fm.horizontalAdvance(incomingLabel) - 40;
    const double y = rect.top() + 12;
    if (m_existing) {
        painter.setBrush(kExisting);
        painter.drawEllipse(QPointF(x, y - 4), 4, 4);
        painter.drawText(QPointF(x + 7, y), existingLabel);
    }
    x += fm.horizontalAdvance(existingLabel) + 20;
    painter.setBrush(kIncoming);
    painter.drawEllipse(QPointF(x, y - 4), 4, 4);
    painter.drawText(QPointF(x + 7, y), incomingLabel);
}

} // namespace nadzor::ui
