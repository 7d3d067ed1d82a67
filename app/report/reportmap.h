#pragma once
// The maps of the reports, built from the data and painted through the maps module's one
// MapRenderer: the density map of a whole layer (a choropleth of a metric, or a kernel-density
// heatmap) and the town map (one municipality, its cameras and their field-of-view cones).
// The same ReportMap paints onto a PDF page (vector), a QImage (HTML, PNG) or an SVG.
#include "analysis/aggregation.h"
#include "domain/boundary.h"
#include "domain/camerafilter.h"
#include "domain/site.h"
#include "maps/layerstack.h"
#include "maps/maprenderer.h"
#include "maps/viewport.h"
#include "report/metric.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <memory>

class QPainter;

namespace nadzor::report {

class NumberFormatter;

enum class MapKind { Choropleth, Heatmap };

class ReportMap {
    Q_DECLARE_TR_FUNCTIONS(nadzor::report::ReportMap)
public:
    ReportMap();

    // Boundaries coloured by `metric` in natural-breaks classes (ColorBrewer YlOrRd, darker =
    // denser), boundaries without a value in grey; or a heatmap of the cameras that pass the
    // filter (weighted by cameras per site) clipped to the layer. Legend labels use `numbers`.
    static ReportMap density(const domain::BoundaryLayer &layer, const analysis::Aggregation &aggregation,
                             const QList<domain::Site> &sites, const domain::CameraFilter &filter,
                             Metric metric, MapKind kind, const NumberFormatter &numbers);
    // One boundary highlighted among its neighbours, with the cameras of `sites` that pass the
    // filter drawn one by one with their field-of-view cones; the view fits the boundary.
    static ReportMap town(const domain::BoundaryLayer &layer, int boundaryIndex, const QList<domain::Site> &sites,
                          const domain::CameraFilter &filter);
    // Any stack the caller built (the canvas's layers), fitted to `extent`.
    static ReportMap fromLayers(std::shared_ptr<maps::LayerStack> layers, const maps::GeoBounds &extent);

    const std::shared_ptr<maps::LayerStack> &layers() const { return m_layers; }
    maps::GeoBounds extent() const { return m_extent; }
    // Heatmap kernel radius in metres (0 for other maps).
    double heatmapRadius() const { return m_heatmapRadius; }

    // The viewport that fits the extent into `pixels` on a device of `dpi`.
    maps::Viewport fittedViewport(QSize pixels, double dpi) const;
    // Paints into `rect` (device pixels of the painter's device) with the renderer's
    // decorations: legend top-left, scale bar bottom-left, attribution bottom-right.
    void paint(QPainter &painter, const QRectF &rect, const maps::RenderOptions &options = {}) const;
    // An image of `pixels` carrying `dpi` (dots per metre set).
    QImage image(QSize pixels, double dpi, const maps::RenderOptions &options = {}) const;

    // A short attribution for the map's corner: the layer attribution's first clause (the
    // boundaries' licence credit); the full text goes in the caption and the methodology.
    static QString shortAttribution(const QString &attribution);

private:
    std::shared_ptr<maps::LayerStack> m_layers;
    maps::GeoBounds m_extent;
    double m_heatmapRadius = 0.0;
};

} // namespace nadzor::report
