#include "ui/presentationoverlay.h"

#include "maps/attribution.h"
#include "maps/heatmaplayer.h"
#include "maps/mapcanvas.h"
#include "maps/scalebar.h"
#include "report/reportmap.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace nadzor::ui {

namespace {

// High contrast on any basemap: near-black text on an almost opaque white card.
const QColor kCard(255, 255, 255, 238);
const QColor kInk(20, 22, 26);
const QColor kMuted(70, 74, 80);

QFont sized(const QWidget *w, double points, bool bold = false)
{
    QFont f = w->font();
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QString metres(double m)
{
    return maps::ScaleBar::formatDistance(m);
}

} // namespace

PresentationOverlay::PresentationOverlay(maps::MapCanvas *canvas, QWidget *parent) : QWidget(parent), m_canvas(canvas)
{
    setObjectName(QStringLiteral("presentationOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    if (canvas) {
        connect(canvas, &maps::MapCanvas::viewportChanged, this, qOverload<>(&QWidget::update));
        connect(canvas->layers(), &maps::LayerStack::changed, this, qOverload<>(&QWidget::update));
    }
}

void PresentationOverlay::setHeatmapRadius(double metres)
{
    m_heatmapRadius = metres;
    update();
}

void PresentationOverlay::paintEvent(QPaintEvent *)
{
    if (!m_canvas)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const double margin = std::max(18.0, width() / 80.0);
    const QRectF bar = paintScaleBar(painter, QPointF(margin, height() - margin));
    m_legendRect = paintLegends(painter, QPointF(margin, bar.top() - margin * 0.6));
    paintAttribution(painter);
}

QRectF PresentationOverlay::paintLegends(QPainter &painter, const QPointF &bottomLeft)
{
    // The legends to show, top to bottom as the layers are drawn top to bottom.
    struct Block {
        QString title;
        QList<maps::LegendEntry> entries;  // classes
        QGradientStops ramp;               // or a continuous scale
    };
    QList<Block> blocks;
    for (const auto &layer : m_canvas->layers()->layers()) {
        if (!layer->isVisible())
            continue;
        if (qobject_cast<const maps::HeatmapLayer *>(layer.get())) {
            if (!layer->extent().isEmpty())
                blocks.prepend({tr("Camera density"), {}, maps::HeatmapLayer::defaultRamp()});
            continue;
        }
        const maps::Legend legend = layer->legend();
        if (!legend.isEmpty())
            blocks.prepend({legend.title, legend.entries, {}});
    }
    if (blocks.isEmpty())
        return {};

    const QFont titleFont = sized(this, 20, true);
    const QFont entryFont = sized(this, 17);
    const QFont smallFont = sized(this, 13);
    const QFontMetricsF ft(titleFont, this), fe(entryFont, this), fs(smallFont, this);
    const double pad = 18, swatch = fe.height() * 1.05, gap = 12, rowH = swatch + 8, rampW = 320, rampH = 26;

    double w = 0, h = 0;
    for (const Block &b : blocks) {
        w = std::max(w, ft.horizontalAdvance(b.title));
        h += ft.height() + gap;
        if (b.ramp.isEmpty()) {
            for (const auto &e : b.entries)
                w = std::max(w, swatch + gap + fe.horizontalAdvance(e.label));
            h += rowH * b.entries.size();
        } else {
            w = std::max(w, rampW);
            h += rampH + 6 + fe.height();
            if (m_heatmapRadius > 0)
                h += fs.height() + 4;
        }
        h += gap;
    }
    h -= gap;
    const QRectF card(QPointF(bottomLeft.x(), bottomLeft.y() - h - 2 * pad), QSizeF(w + 2 * pad, h + 2 * pad));
    painter.save();
    painter.setPen(QPen(QColor(0, 0, 0, 60), 1));
    painter.setBrush(kCard);
    painter.drawRoundedRect(card, 10, 10);
    double y = card.top() + pad;
    const double x = card.left() + pad;
    for (const Block &b : blocks) {
        painter.setFont(titleFont);
        painter.setPen(kInk);
        painter.drawText(QRectF(x, y, w, ft.height()), Qt::AlignLeft | Qt::AlignVCenter, b.title);
        y += ft.height() + gap;
        painter.setFont(entryFont);
        if (b.ramp.isEmpty()) {
            for (const auto &e : b.entries) {
                const QRectF sw(x, y + (rowH - swatch) / 2, swatch * 1.4, swatch);
                painter.setPen(QPen(QColor(0, 0, 0, 140), 1));
                painter.setBrush(e.color);
                painter.drawRect(sw);
                painter.setPen(kInk);
                painter.drawText(QRectF(sw.right() + gap, y, w, rowH), Qt::AlignLeft | Qt::AlignVCenter, e.label);
                y += rowH;
            }
        } else {
            QLinearGradient gradient(x, 0, x + rampW, 0);
            QGradientStops stops = b.ramp;
            for (auto &stop : stops)
                stop.second.setAlpha(std::max(stop.second.alpha(), 200));  // opaque enough to read
            gradient.setStops(stops);
            painter.setPen(QPen(QColor(0, 0, 0, 140), 1));
            painter.setBrush(gradient);
            painter.drawRect(QRectF(x, y, rampW, rampH));
            y += rampH + 6;
            painter.setPen(kInk);
            painter.drawText(QRectF(x, y, rampW, fe.height()), Qt::AlignLeft | Qt::AlignVCenter, tr("fewer"));
            painter.drawText(QRectF(x, y, rampW, fe.height()), Qt::AlignRight | Qt::AlignVCenter, tr("more cameras"));
            y += fe.height();
            if (m_heatmapRadius > 0) {
                painter.setFont(smallFont);
                painter.setPen(kMuted);
                y += 4;
                painter.drawText(QRectF(x, y, w, fs.height()), Qt::AlignLeft | Qt::AlignVCenter,
                                 tr("per km², within %1").arg(metres(m_heatmapRadius)));
                y += fs.height();
            }
        }
        y += gap;
    }
    painter.restore();
    return card;
}

QRectF PresentationOverlay::paintScaleBar(QPainter &painter, const QPointF &bottomLeft)
{
    const maps::Viewport &vp = m_canvas->viewport();
    const maps::ScaleBar::Spec spec = maps::ScaleBar::compute(vp, std::max(120.0, width() / 6.0));
    if (spec.pixels <= 0)
        return QRectF(bottomLeft, QSizeF(0, 0));
    const QFont font = sized(this, 16, true);
    const QFontMetricsF fm(font, this);
    const double pad = 12, barH = 12;
    const double boxH = fm.height() + barH + 3 * pad;
    const QRectF box(QPointF(bottomLeft.x(), bottomLeft.y() - boxH),
                     QSizeF(std::max(spec.pixels, fm.horizontalAdvance(spec.label)) + 2 * pad, boxH));
    painter.save();
    painter.setPen(QPen(QColor(0, 0, 0, 60), 1));
    painter.setBrush(kCard);
    painter.drawRoundedRect(box, 8, 8);
    const double x = box.left() + pad, y = box.top() + pad;
    painter.setFont(font);
    painter.setPen(kInk);
    painter.drawText(QRectF(x, y, box.width() - 2 * pad, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, spec.label);
    // Alternating black and white halves, outlined: readable on any background.
    const double by = y + fm.height() + pad * 0.6;
    painter.setPen(QPen(kInk, 2));
    painter.setBrush(kInk);
    painter.drawRect(QRectF(x, by, spec.pixels / 2, barH));
    painter.setBrush(Qt::white);
    painter.drawRect(QRectF(x + spec.pixels / 2, by, spec.pixels / 2, barH));
    painter.restore();
    return box;
}

void PresentationOverlay::paintAttribution(QPainter &painter)
{
    // The short credits (the first clause of each); the full texts are in Help ▸ About.
    QStringList credits;
    for (const QString &attribution : m_canvas->layers()->attributions())
        credits << report::ReportMap::shortAttribution(attribution);
    credits.removeDuplicates();
    const QString text = maps::Attribution::text(credits);
    if (text.isEmpty())
        return;
    const QFont font = sized(this, 12);
    const QFontMetricsF fm(font, this);
    const double pad = 8, margin = std::max(18.0, width() / 80.0);
    const double maxW = width() * 0.7;
    const QString shown = fm.elidedText(text, Qt::ElideRight, maxW);
    const QSizeF size(fm.horizontalAdvance(shown) + 2 * pad, fm.height() + 2 * pad);
    const QRectF box(QPointF(width() - margin - size.width(), height() - margin - size.height()), size);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(kCard);
    painter.drawRoundedRect(box, 6, 6);
    painter.setFont(font);
    painter.setPen(kMuted);
    painter.drawText(box, Qt::AlignCenter, shown);
    painter.restore();
}

} // namespace nadzor::ui
