#include "report/mapimageexporter.h"

#include "maps/renderscale.h"
#include "report/pdflayout.h"

#include <QFontMetricsF>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <cmath>

namespace nadzor::report {

MapImageExporter::MapImageExporter(std::shared_ptr<maps::LayerStack> layers, const maps::Viewport &viewport)
    : m_layers(std::move(layers)), m_viewport(viewport), m_map(ReportMap::fromLayers(m_layers, viewport.visibleBounds()))
{
}

MapImageExporter::MapImageExporter(const ReportMap &map) : m_layers(map.layers()), m_map(map) {}

QSize MapImageExporter::paperPixels(QPageSize::PageSizeId paper, bool landscape, double dpi)
{
    QSizeF mm = QPageSize(paper).size(QPageSize::Millimeter);
    if (landscape)
        mm.transpose();
    return QSize(int(std::lround(mm.width() / 25.4 * dpi)), int(std::lround(mm.height() / 25.4 * dpi)));
}

domain::Status MapImageExporter::checkSize(QSize pixels, double dpi) const
{
    if (pixels.isEmpty() || pixels.width() > MaxSide || pixels.height() > MaxSide
        || qint64(pixels.width()) * pixels.height() > MaxPixelCount)
        return domain::makeError(tr("an image of %1 x %2 pixels is beyond the largest export (A3 at 300 dpi, 4961 x 3508)")
                                     .arg(pixels.width())
                                     .arg(pixels.height()));
    if (!(dpi >= 36.0 && dpi <= 1200.0))
        return domain::makeError(tr("%1 dpi is outside 36 to 1200 dpi").arg(dpi));
    return {};
}

void MapImageExporter::paint(QPainter &painter, const QRectF &rect) const
{
    const maps::RenderScale rs = maps::RenderScale::forPainter(painter);
    QRectF mapRect = rect;
    if (!m_title.isEmpty()) {
        QFont font = PdfLayout::baseFont();
        font.setPointSizeF(14);
        font.setBold(true);
        const QFontMetricsF fm(font, painter.device());
        const double band = fm.height() + rs.pt(12);
        painter.save();
        painter.fillRect(QRectF(rect.topLeft(), QSizeF(rect.width(), band)), QColor(255, 255, 255));
        painter.fillRect(QRectF(rect.left(), rect.top() + band - rs.pt(1.5), rect.width(), rs.pt(1.5)),
                         QColor(165, 29, 45));
        painter.setFont(font);
        painter.setPen(QColor(33, 37, 41));
        painter.drawText(QRectF(rect.left() + rs.pt(10), rect.top(), rect.width() - rs.pt(20), band - rs.pt(1.5)),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(m_title, Qt::ElideRight, rect.width() - rs.pt(20)));
        painter.restore();
        mapRect.setTop(rect.top() + band);
    }
    if (m_viewport) {
        // The canvas's extent on this surface: the zoom grows with the pixel count.
        const QSize size = mapRect.size().toSize();
        maps::Viewport v = m_viewport->scaledTo(size);
        v.setDevicePixelRatio(1.0);
        painter.save();
        painter.translate(mapRect.topLeft());
        painter.setClipRect(QRectF(QPointF(0, 0), mapRect.size()));
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setRenderHint(QPainter::TextAntialiasing, true);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        maps::MapRenderer(m_options).render(painter, v, *m_layers);
        painter.restore();
    } else {
        m_map.paint(painter, mapRect, m_options);
    }
}

domain::Result<QImage> MapImageExporter::renderImage(QSize pixels, double dpi) const
{
    if (const domain::Status ok = checkSize(pixels, dpi); !ok)
        return ok.error();
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return domain::makeError(tr("not enough memory for an image of %1 x %2 pixels").arg(pixels.width()).arg(pixels.height()));
    const int dpm = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    image.fill(m_options.background);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
    painter.end();
    return image;
}

domain::Status MapImageExporter::exportPng(const QString &path, QSize pixels, double dpi) const
{
    auto image = renderImage(pixels, dpi);
    if (!image)
        return domain::makeError(image.error().message, path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return domain::makeError(tr("cannot write: %1").arg(file.errorString()), path);
    QImageWriter writer(&file, "png");
    const QImage rgb = image.value().convertToFormat(QImage::Format_RGB32);  // keeps the DPI
    if (!writer.write(rgb))
        return domain::makeError(tr("cannot encode the PNG: %1").arg(writer.errorString()), path);
    if (!file.commit())
        return domain::makeError(tr("cannot write: %1").arg(file.errorString()), path);
    return {};
}

domain::Status MapImageExporter::exportSvg(const QString &path, QSize pixels, double dpi) const
{
    if (const domain::Status ok = checkSize(pixels, dpi); !ok)
        return domain::makeError(ok.error().message, path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return domain::makeError(tr("cannot write: %1").arg(file.errorString()), path);
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(pixels);
    svg.setViewBox(QRect(QPoint(0, 0), pixels));
    svg.setResolution(int(std::lround(dpi)));
    svg.setTitle(m_title.toHtmlEscaped());  // QSvgGenerator writes <title> as given, unescaped
    svg.setDescription(QStringLiteral("Nadzor %1").arg(QStringLiteral(NADZOR_VERSION)));
    QPainter painter;
    if (!painter.begin(&svg))
        return domain::makeError(tr("cannot start the SVG"), path);
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(pixels)), m_options.background);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
    painter.end();
    if (!file.commit())
        return domain::makeError(tr("cannot write: %1").arg(file.errorString()), path);
    return {};
}

} // namespace nadzor::report
