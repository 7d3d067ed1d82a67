#pragma once
// Map image export for the GUI and presentation mode: PNG at a chosen pixel size and DPI
// (up to A3 at 300 dpi, 4961 x 3508; the PNG carries its DPI) and SVG, with a title band,
// legend, scale bar and attribution, painted through the canvas's one paint path (MapRenderer).
#include "domain/result.h"
#include "maps/layerstack.h"
#include "maps/maprenderer.h"
#include "maps/viewport.h"
#include "report/reportmap.h"

#include <QCoreApplication>
#include <QImage>
#include <QPageSize>
#include <QSize>
#include <memory>
#include <optional>

class QPainter;

namespace nadzor::report {

class MapImageExporter {
    Q_DECLARE_TR_FUNCTIONS(nadzor::report::MapImageExporter)
public:
    // The largest export: A3 at 300 dpi (landscape 4961 x 3508 or portrait 3508 x 4961).
    static constexpr qint64 MaxPixelCount = qint64(4961) * 3508;
    static constexpr int MaxSide = 4961;

    // What the canvas shows: its layers and viewport (the same geographic extent is exported).
    MapImageExporter(std::shared_ptr<maps::LayerStack> layers, const maps::Viewport &viewport);
    // A report map, fitted to its extent.
    explicit MapImageExporter(const ReportMap &map);

    void setTitle(const QString &title) { m_title = title; }
    void setRenderOptions(const maps::RenderOptions &options) { m_options = options; }

    // The image of `pixels` at `dpi` (dots per metre set), or an error for sizes beyond A3 at
    // 300 dpi or a DPI outside 36..1200.
    domain::Result<QImage> renderImage(QSize pixels, double dpi) const;
    domain::Status exportPng(const QString &path, QSize pixels, double dpi) const;
    // SVG of `pixels` user units at `dpi` (the SVG's physical size is pixels / dpi inches).
    domain::Status exportSvg(const QString &path, QSize pixels, double dpi = 96.0) const;
    // Paints title and map into `rect` of the painter's device.
    void paint(QPainter &painter, const QRectF &rect) const;

    // A paper size in pixels at a DPI: A3 landscape at 300 dpi is 4961 x 3508.
    static QSize paperPixels(QPageSize::PageSizeId paper, bool landscape, double dpi);

private:
    domain::Status checkSize(QSize pixels, double dpi) const;

    std::shared_ptr<maps::LayerStack> m_layers;
    std::optional<maps::Viewport> m_viewport;  // when exporting what the canvas shows
    ReportMap m_map;
    QString m_title;
    maps::RenderOptions m_options;
};

} // namespace nadzor::report
