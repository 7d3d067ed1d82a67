#include "maps/maprenderer.h"

#include "maps/attribution.h"
#include "maps/renderscale.h"
#include "maps/scalebar.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <cmath>

namespace nadzor::maps {

MapRenderer::MapRenderer(RenderOptions options) : m_options(std::move(options)) {}

void MapRenderer::paintLayers(QPainter &painter, const Viewport &viewport,
                              const std::vector<std::shared_ptr<Layer>> &layers, const RenderContext &context)
{
    for (const auto &layer : layers) {
        if (!layer->isVisible() || layer->opacity() <= 0.0)
            continue;
        painter.save();
        painter.setOpacity(layer->opacity());
        layer->render(painter, viewport, context);
        painter.restore();
    }
}

void MapRenderer::render(QPainter &painter, const Viewport &viewport, const LayerStack &layers) const
{
    painter.save();
    painter.setClipRect(QRectF(QPointF(0, 0), QSizeF(viewport.size())));
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(viewport.size())), m_options.background);
    paintLayers(painter, viewport, layers.layers(), RenderContext::forPainter(painter, m_options.rasterCache));
    painter.restore();
    paintDecorations(painter, viewport, layers);
}

void MapRenderer::render(QPaintDevice *device, const Viewport &viewport, const LayerStack &layers) const
{
    if (!device)
        return;
    Viewport v = viewport;
    const QSize deviceSize(device->width(), device->height());
    if (deviceSize != viewport.size() && !deviceSize.isEmpty())
        v = viewport.scaledTo(deviceSize);
    QPainter painter(device);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    render(painter, v, layers);
}

QImage MapRenderer::renderImage(const Viewport &viewport, const LayerStack &layers, double dpi,
                                QSize pixelSize) const
{
    if (pixelSize.isEmpty())
        pixelSize = (QSizeF(viewport.size()) * (dpi / 96.0)).toSize();
    QImage image(pixelSize, QImage::Format_ARGB32_Premultiplied);
    const int dpm = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    image.fill(m_options.background);
    render(&image, viewport, layers);
    return image;
}

void MapRenderer::paintDecorations(QPainter &painter, const Viewport &viewport, const LayerStack &layers) const
{
    const RenderScale rs = RenderScale::forPainter(painter);
    const QRectF area(QPointF(0, 0), QSizeF(viewport.size()));
    const double margin = rs.pt(6);
    if (m_options.legend) {
        QPointF at(margin, margin);
        for (const auto &layer : layers.layers()) {
            if (!layer->isVisible())
                continue;
            const Legend legend = layer->legend();
            if (legend.isEmpty())
                continue;
            const QRectF r = paintLegend(painter, legend, at);
            at.setY(r.bottom() + margin);
        }
    }
    QRectF attributionRect;
    if (m_options.attribution)
        attributionRect = Attribution::paint(painter, area, layers.attributions());
    if (m_options.scaleBar)
        ScaleBar::paint(painter, viewport, QPointF(margin, area.bottom() - margin));
    if (m_options.statusNotices) {
        QStringList notices;
        for (const auto &layer : layers.layers())
            if (layer->isVisible() && !layer->statusNotice().isEmpty() && !notices.contains(layer->statusNotice()))
                notices.append(layer->statusNotice());
        if (!notices.isEmpty()) {
            QRectF above = area;
            if (!attributionRect.isEmpty())
                above.setBottom(attributionRect.top() - rs.pt(3));
            paintNotice(painter, above.adjusted(0, 0, -margin, 0), notices.join(QStringLiteral(" · ")));
        }
    }
}

QRectF MapRenderer::paintLegend(QPainter &painter, const Legend &legend, const QPointF &topLeft)
{
    const RenderScale rs = RenderScale::forPainter(painter);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QFont font = painter.font();
    font.setPointSizeF(7.5);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF fm(font, painter.device());
    const QFontMetricsF fmb(bold, painter.device());
    const double pad = rs.pt(5), swatch = rs.pt(9), gap = rs.pt(3);
    double w = legend.title.isEmpty() ? 0.0 : fmb.horizontalAdvance(legend.title);
    for (const auto &e : legend.entries)
        w = std::max(w, swatch + gap * 2 + fm.horizontalAdvance(e.label));
    const double rowH = std::max(swatch, fm.height()) + gap;
    const double titleH = legend.title.isEmpty() ? 0.0 : fmb.height() + gap;
    const QRectF box(topLeft, QSizeF(w + 2 * pad, titleH + rowH * legend.entries.size() + 2 * pad - gap));
    painter.setPen(QPen(QColor(0, 0, 0, 40), rs.pt(0.5)));
    painter.setBrush(QColor(255, 255, 255, 225));
    painter.drawRoundedRect(box, rs.pt(3), rs.pt(3));
    double y = box.top() + pad;
    if (!legend.title.isEmpty()) {
        painter.setFont(bold);
        painter.setPen(QColor(30, 30, 30));
        painter.drawText(QRectF(box.left() + pad, y, w, fmb.height()), Qt::AlignLeft | Qt::AlignVCenter, legend.title);
        y += titleH;
    }
    painter.setFont(font);
    for (const auto &e : legend.entries) {
        const QRectF sw(box.left() + pad, y + (rowH - gap - swatch) / 2, swatch, swatch);
        painter.setPen(QPen(QColor(0, 0, 0, 90), rs.pt(0.5)));
        painter.setBrush(e.color);
        painter.drawRect(sw);
        painter.setPen(QColor(30, 30, 30));
        painter.drawText(QRectF(sw.right() + gap * 2, y, w, rowH - gap), Qt::AlignLeft | Qt::AlignVCenter, e.label);
        y += rowH;
    }
    painter.restore();
    return box;
}

QRectF MapRenderer::paintNotice(QPainter &painter, const QRectF &area, const QString &text)
{
    const RenderScale rs = RenderScale::forPainter(painter);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QFont font = painter.font();
    font.setPointSizeF(7.5);
    painter.setFont(font);
    const QFontMetricsF fm(font, painter.device());
    const double padX = rs.pt(6), padY = rs.pt(2.5);
    const QSizeF size(fm.horizontalAdvance(text) + 2 * padX, fm.height() + 2 * padY);
    const QRectF box(QPointF(area.right() - size.width(), area.bottom() - size.height()), size);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(52, 58, 64, 200));
    painter.drawRoundedRect(box, box.height() / 2, box.height() / 2);
    painter.setPen(QColor(248, 249, 250));
    painter.drawText(box, Qt::AlignCenter, text);
    painter.restore();
    return box;
}

} // namespace nadzor::maps
