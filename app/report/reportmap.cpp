#include "report/reportmap.h"

#include "boundaries/serbianlayer.h"
#include "i18n/placenames.h"
#include "analysis/classifier.h"
#include "analysis/colorramp.h"
#include "analysis/heatmap.h"
#include "analysis/legend.h"
#include "maps/boundarygeometry.h"
#include "maps/boundarylayer.h"
#include "maps/cameralayer.h"
#include "maps/choroplethlayer.h"
#include "maps/heatmaplayer.h"
#include "maps/mercator.h"
#include "maps/renderscale.h"
#include "report/legendlayer.h"
#include "report/numberformatter.h"

#include <QPainter>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace nadzor::report {

namespace {

constexpr int ZBase = 0;
constexpr int ZFill = 10;
constexpr int ZOutline = 20;
constexpr int ZCameras = 30;
constexpr int ZLegend = 40;

// A copy of the layer for drawing: ids 1..n in layer order (choropleth colours are keyed by id,
// and hand-made layers may leave every id 0) and the short attribution for the map's corner.
domain::BoundaryLayer renderCopy(const domain::BoundaryLayer &layer)
{
    domain::BoundaryLayer copy = boundaries::localisedSerbianLayer(layer);
    for (int i = 0; i < copy.boundaries.size(); ++i) {
        copy.boundaries[i].id = i + 1;
        copy.boundaries[i].name = i18n::displayName(copy.boundaries[i].name);  // labels in the report's script
    }
    copy.attribution = ReportMap::shortAttribution(copy.attribution);
    return copy;
}

maps::GeoBounds boundsOf(const domain::MultiPolygon &geometry)
{
    maps::GeoBounds b;
    for (const domain::Polygon &p : geometry)
        for (const domain::Ring &r : p.rings)
            for (const QPointF &v : r)
                b.extend(v.x(), v.y());
    return b;
}

std::shared_ptr<maps::BoundaryLayer> basemap(std::shared_ptr<const maps::BoundaryGeometry> geometry, bool labels)
{
    auto base = std::make_shared<maps::BoundaryLayer>();
    base->setName(ReportMap::tr("Boundaries"));
    maps::BoundaryStyle style;
    style.labels = labels;
    base->setStyle(style);
    base->setGeometry(std::move(geometry));
    base->setZOrder(ZBase);
    return base;
}

std::shared_ptr<maps::BoundaryLayer> outlines(std::shared_ptr<const maps::BoundaryGeometry> geometry, bool labels)
{
    auto top = std::make_shared<maps::BoundaryLayer>();
    top->setName(ReportMap::tr("Outlines"));
    maps::BoundaryStyle style;
    style.fill = false;
    style.labels = labels;
    style.outlineColor = QColor(150, 142, 130);
    style.outlineWidthPt = 0.35;
    top->setStyle(style);
    top->setGeometry(std::move(geometry));
    top->setZOrder(ZOutline);
    return top;
}

// analysis grids have rows regular in Mercator y, maps grids rows regular in latitude.
maps::HeatmapGrid toMapsGrid(const analysis::HeatmapGrid &g)
{
    maps::HeatmapGrid out;
    if (g.isEmpty())
        return out;
    out.columns = g.width;
    out.rows = g.height;
    out.bounds = maps::GeoBounds{g.west, g.south, g.east, g.north};
    out.values.resize(qsizetype(g.width) * g.height);
    const double yNorth = analysis::Heatmap::mercatorY(g.north);
    const double ySouth = analysis::Heatmap::mercatorY(g.south);
    for (int r = 0; r < out.rows; ++r) {
        const double lat = g.north - (r + 0.5) * (g.north - g.south) / out.rows;
        const double t = (yNorth - analysis::Heatmap::mercatorY(lat)) / (yNorth - ySouth);
        const int src = std::clamp(int(t * g.height), 0, g.height - 1);
        for (int c = 0; c < out.columns; ++c)
            out.values[qsizetype(r) * out.columns + c] = g.at(c, src);
    }
    return out;
}

} // namespace

ReportMap::ReportMap() : m_layers(std::make_shared<maps::LayerStack>()) {}

QString ReportMap::shortAttribution(const QString &attribution)
{
    const QStringList clauses = attribution.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    return clauses.isEmpty() ? QString() : clauses.first().trimmed();
}

ReportMap ReportMap::fromLayers(std::shared_ptr<maps::LayerStack> layers, const maps::GeoBounds &extent)
{
    ReportMap map;
    if (layers)
        map.m_layers = std::move(layers);
    map.m_extent = extent.isEmpty() ? map.m_layers->extent() : extent;
    return map;
}

ReportMap ReportMap::density(const domain::BoundaryLayer &layer, const analysis::Aggregation &aggregation,
                             const QList<domain::Site> &sites, const domain::CameraFilter &filter, Metric metric,
                             MapKind kind, const NumberFormatter &numbers)
{
    ReportMap map;
    const domain::BoundaryLayer copy = renderCopy(layer);
    const auto geometry = maps::BoundaryGeometry::build(copy);
    map.m_extent = geometry->extent();
    if (kind == MapKind::Choropleth) {  // fills every boundary (grey without a value): no basemap
        QVector<double> values;
        for (const analysis::BoundaryFigures &f : aggregation.boundaries)
            if (const auto v = Metrics::value(f, metric))
                values << *v;
        QSet<double> distinct(values.begin(), values.end());
        const int classes = std::clamp(int(distinct.size()), 1, 5);
        const analysis::Classifier classifier = analysis::Classifier::naturalBreaks(values, classes);
        QVector<QColor> colors = analysis::ColorRamp(analysis::ColorRamp::Scheme::YlOrRd)
                                     .colors(std::max(1, classifier.classCount()));
        if (!Metrics::higherIsDenser(metric))
            std::reverse(colors.begin(), colors.end());
        const QColor noData(222, 226, 230);
        QHash<qint64, QColor> fill;
        bool anyMissing = false;
        for (const analysis::BoundaryFigures &f : aggregation.boundaries) {
            const auto v = Metrics::value(f, metric);
            const int cls = v && classifier.isValid() ? classifier.classIndex(*v) : -1;
            if (cls < 0 || f.index < 0 || f.index >= copy.boundaries.size()) {
                anyMissing = true;
                continue;
            }
            fill.insert(copy.boundaries.at(f.index).id, colors.value(cls));
        }
        maps::Legend legend;
        legend.title = Metrics::label(metric);
        const QVector<double> &b = classifier.breaks();
        const int decimals = std::max(analysis::Legend::autoDecimals(b), Metrics::decimals(metric));
        for (int i = 0; i < classifier.classCount(); ++i) {
            const QString label = b.at(i) == b.at(i + 1)
                ? numbers.decimal(b.at(i), decimals)
                : numbers.decimal(b.at(i), decimals) + QStringLiteral(" – ") + numbers.decimal(b.at(i + 1), decimals);
            legend.entries.append({colors.value(i), label});
        }
        if (anyMissing)
            legend.entries.append({noData, metric == Metric::InhabitantsPerCamera
                                               ? tr("No cameras or population unknown")
                                               : tr("No data")});
        auto choropleth = std::make_shared<maps::ChoroplethLayer>();
        choropleth->setName(Metrics::label(metric));
        choropleth->setGeometry(geometry);
        choropleth->setColors(fill, noData);
        // Opaque pens only: a PDF has no translucent stroke, Qt would turn it into filled outlines.
        choropleth->setOutline(QColor(255, 255, 255), 0.35);
        choropleth->setLegend(legend);
        choropleth->setZOrder(ZFill);
        map.m_layers->addLayer(choropleth);
        return map;
    }

    // Heatmap: kernel density of the cameras that pass the filter, clipped to the layer.
    map.m_layers->addLayer(basemap(geometry, false));
    map.m_layers->addLayer(outlines(geometry, false));
    QVector<domain::GeoPoint> points;
    QVector<double> weights;
    for (const domain::Site &site : sites) {
        int n = 0;
        for (const domain::Camera &camera : site.cameras)
            if (filter.matches(site, camera))
                ++n;
        if (n > 0 && site.position.isValid()) {
            points << site.position;
            weights << n;
        }
    }
    const maps::GeoBounds e = map.m_extent;
    const double midLat = (e.south + e.north) / 2.0;
    const double widthMetres = e.width() * 111320.0 * std::cos(midLat * maps::mercator::kPi / 180.0);
    map.m_heatmapRadius = std::clamp(widthMetres / 70.0, 500.0, 10000.0);
    analysis::Heatmap heatmap;
    const double padX = e.width() * 0.02, padY = e.height() * 0.02;
    heatmap.setBounds(e.west - padX, e.south - padY, e.east + padX, e.north + padY);
    heatmap.setWidth(720);
    heatmap.setRadius(map.m_heatmapRadius);
    domain::MultiPolygon clip;
    for (const domain::Boundary &b : layer.boundaries)
        clip.append(b.geometry);
    heatmap.setClip(clip);
    const analysis::HeatmapGrid grid = heatmap.compute(points, weights);
    const QGradientStops ramp = maps::HeatmapLayer::defaultRamp();
    auto heat = std::make_shared<maps::HeatmapLayer>();
    heat->setName(tr("Camera density"));
    heat->setGrid(toMapsGrid(grid), ramp, 0.0f, std::max(grid.maxValue, 1e-6f));
    heat->setZOrder(ZFill);
    map.m_layers->addLayer(heat);

    maps::Legend legend;
    legend.title = tr("Cameras per km² (kernel density)");
    for (const auto &stop : ramp) {
        if (stop.first <= 0.0)
            continue;
        const double v = stop.first * double(grid.maxValue);
        const int decimals = v >= 10 ? 0 : (v >= 1 ? 1 : 2);
        legend.entries.append({stop.second, (stop.first < 1.0 ? QStringLiteral("≥ ") : QString())
                                                + numbers.decimal(v, decimals)});
    }
    auto key = std::make_shared<LegendLayer>(legend);
    key->setZOrder(ZLegend);
    map.m_layers->addLayer(key);
    return map;
}

ReportMap ReportMap::town(const domain::BoundaryLayer &layer, int boundaryIndex, const QList<domain::Site> &sites,
                          const domain::CameraFilter &filter)
{
    ReportMap map;
    const domain::BoundaryLayer copy = renderCopy(layer);
    if (boundaryIndex < 0 || boundaryIndex >= copy.boundaries.size())
        return map;
    const auto geometry = maps::BoundaryGeometry::build(copy);
    map.m_layers->addLayer(basemap(geometry, true));

    auto highlight = std::make_shared<maps::ChoroplethLayer>();
    highlight->setName(copy.boundaries.at(boundaryIndex).name);
    highlight->setGeometry(geometry);
    highlight->setColors({{copy.boundaries.at(boundaryIndex).id, QColor(255, 243, 191)}}, QColor(0, 0, 0, 28));
    highlight->setOutline(QColor(200, 194, 184), 0.3);
    highlight->setZOrder(ZFill);
    map.m_layers->addLayer(highlight);

    domain::BoundaryLayer only;
    only.boundaries << copy.boundaries.at(boundaryIndex);
    auto edge = std::make_shared<maps::BoundaryLayer>();
    maps::BoundaryStyle edgeStyle;
    edgeStyle.fill = false;
    edgeStyle.labels = false;
    edgeStyle.outlineColor = QColor(73, 80, 87);  // fill off: the outline is the municipality's edge
    edgeStyle.outlineWidthPt = 1.6;
    edge->setStyle(edgeStyle);
    edge->setGeometry(maps::BoundaryGeometry::build(only));
    edge->setZOrder(ZOutline);
    map.m_layers->addLayer(edge);

    QVector<maps::CameraSymbol> symbols;
    bool anyDirection = false;
    QSet<int> statuses;
    for (const domain::Site &site : sites)
        for (const domain::Camera &camera : site.cameras)
            if (filter.matches(site, camera)) {
                symbols << maps::CameraSymbol::fromCamera(camera, site.position);
                anyDirection = anyDirection || symbols.last().hasDirection();
                statuses.insert(int(camera.status));
            }
    auto cameras = std::make_shared<maps::CameraLayer>();
    cameras->setName(tr("Cameras"));
    maps::CameraStyle style;
    style.clusterMaxZoom = 0.0;  // a fact sheet shows every camera, never a cluster
    style.coneMinZoom = 0.0;     // and every known field of view
    style.largeSymbolZoom = 0.0;
    cameras->setStyle(style);
    cameras->setCameras(symbols);
    cameras->setZOrder(ZCameras);
    map.m_layers->addLayer(cameras);

    maps::Legend legend;
    legend.title = tr("Cameras");
    const QStringList statusNames{tr("Unverified"), tr("Verified"), tr("Disputed"), tr("Removed")};
    for (int s = 0; s < maps::kCameraStatusCount; ++s)
        if (statuses.contains(s))
            legend.entries.append({style.statusColor(s), statusNames.at(s)});
    if (anyDirection) {
        QColor cone = style.statusColor(0);
        cone.setAlpha(90);
        legend.entries.append({cone, tr("Field of view (where known)")});
    }
    if (!legend.entries.isEmpty()) {
        auto key = std::make_shared<LegendLayer>(legend);
        key->setZOrder(ZLegend);
        map.m_layers->addLayer(key);
    }
    map.m_extent = boundsOf(layer.boundaries.at(boundaryIndex).geometry);
    return map;
}

maps::Viewport ReportMap::fittedViewport(QSize pixels, double dpi) const
{
    maps::Viewport v;
    v.setSize(pixels);
    if (!m_extent.isEmpty()) {
        const int padding = int(std::lround(maps::RenderScale{dpi}.pt(10)));
        v.fitBounds(m_extent, padding, 18.0);
    }
    return v;
}

void ReportMap::paint(QPainter &painter, const QRectF &rect, const maps::RenderOptions &options) const
{
    const maps::RenderScale rs = maps::RenderScale::forPainter(painter);
    const maps::Viewport viewport = fittedViewport(rect.size().toSize(), rs.dpi);
    painter.save();
    painter.translate(rect.topLeft());
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    maps::MapRenderer(options).render(painter, viewport, *m_layers);
    painter.restore();
}

QImage ReportMap::image(QSize pixels, double dpi, const maps::RenderOptions &options) const
{
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    const int dpm = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    image.fill(options.background);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(pixels)), options);
    painter.end();
    return image;
}

} // namespace nadzor::report
