#include "ui/slideview.h"

#include "domain/enums.h"

#include <algorithm>

namespace nadzor::ui {

namespace {

// Values that contain the list separator cannot go through an expression one by one.
QString joined(const QStringList &values)
{
    QStringList parts;
    for (const QString &v : values)
        if (!v.trimmed().isEmpty() && !v.contains(QLatin1Char(',')))
            parts << v.trimmed();
    return parts.join(QLatin1Char(','));
}

} // namespace

domain::Slide SlideView::capture(const QString &title, const maps::Viewport &viewport, const MapSettings &settings,
                                 const domain::CameraFilter &filter)
{
    domain::Slide s;
    s.title = title;
    s.centreLon = viewport.centre().lon;
    s.centreLat = viewport.centre().lat;
    s.zoom = viewport.zoom();
    const maps::GeoBounds box = viewport.visibleBounds();
    if (!box.isEmpty() && box.west >= -180 && box.east <= 180 && box.south >= -90 && box.north <= 90) {
        s.west = box.west;
        s.south = box.south;
        s.east = box.east;
        s.north = box.north;
    }
    s.basemap = basemapKey(settings.basemap);
    s.mbtilesPath = settings.basemap == BasemapKind::MBTiles ? settings.mbtilesPath : QString();
    s.boundaries = settings.boundaries;
    s.choropleth = settings.choropleth;
    s.metric = metricKey(settings.metric);
    s.heatmap = settings.heatmap;
    s.heatmapRadiusMetres = settings.heatmapRadiusMetres;
    s.cameras = settings.cameras;
    s.filter = filterExpressions(filter);
    return s;
}

maps::Viewport SlideView::viewport(const domain::Slide &slide, QSize size, qreal devicePixelRatio)
{
    maps::Viewport vp(slide.centreLon, slide.centreLat, slide.zoom, size, devicePixelRatio);
    if (slide.hasBounds())
        vp.fitBounds(maps::GeoBounds::fromCorners(slide.west, slide.south, slide.east, slide.north), 0, 20.0);
    return vp;
}

MapSettings SlideView::settings(const domain::Slide &slide, const MapSettings &base)
{
    MapSettings s = base;
    s.basemap = basemapFromKey(slide.basemap);
    if (s.basemap == BasemapKind::MBTiles)
        s.mbtilesPath = slide.mbtilesPath;
    s.boundaries = slide.boundaries;
    s.choropleth = slide.choropleth;
    s.metric = metricFromKey(slide.metric);
    s.heatmap = slide.heatmap;
    s.heatmapRadiusMetres = slide.heatmapRadiusMetres;
    s.cameras = slide.cameras;
    return s;
}

domain::CameraFilter SlideView::filter(const domain::Slide &slide)
{
    auto parsed = domain::CameraFilter::parse(slide.filter);
    return parsed ? parsed.value() : domain::CameraFilter();
}

QStringList SlideView::filterExpressions(const domain::CameraFilter &filter)
{
    QStringList out;
    const auto add = [&out](const char *key, const QString &values) {
        if (!values.isEmpty())
            out << QLatin1String(key) + QLatin1Char('=') + values;
    };
    add("manufacturer", joined(filter.manufacturers));
    add("operator", joined(filter.operators));
    add("type", joined(filter.surveillanceTypes));
    add("zone", joined(filter.zones));
    add("source", joined(filter.sources));
    QStringList faces;
    for (domain::FaceRecognition f : filter.faceRecognition)
        faces << domain::toKey(f);
    add("face", faces.join(QLatin1Char(',')));
    const domain::CameraFilter defaults;
    QList<domain::VerificationStatus> a = filter.statuses, b = defaults.statuses;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    if (a != b && !a.isEmpty()) {
        QStringList statuses;
        for (domain::VerificationStatus s : filter.statuses)
            statuses << domain::toKey(s);
        add("status", statuses.join(QLatin1Char(',')));
    }
    if (filter.observedFrom.isValid())
        add("from", filter.observedFrom.toString(Qt::ISODate));
    if (filter.observedTo.isValid())
        add("to", filter.observedTo.toString(Qt::ISODate));
    add("text", filter.text.trimmed());
    return out;
}

QString SlideView::metricKey(DensityMetric metric)
{
    switch (metric) {
    case DensityMetric::CamerasPer1000: return QStringLiteral("cameras_per_1000");
    case DensityMetric::CamerasPerKm2: return QStringLiteral("cameras_per_km2");
    case DensityMetric::InhabitantsPerCamera: return QStringLiteral("inhabitants_per_camera");
    case DensityMetric::Cameras: return QStringLiteral("cameras");
    }
    return QStringLiteral("cameras_per_1000");
}

DensityMetric SlideView::metricFromKey(const QString &key)
{
    for (DensityMetric m : DensityMetrics::all())
        if (metricKey(m) == key)
            return m;
    return DensityMetric::CamerasPer1000;
}

QString SlideView::basemapKey(BasemapKind kind)
{
    switch (kind) {
    case BasemapKind::Vector: return QStringLiteral("vector");
    case BasemapKind::OpenStreetMap: return QStringLiteral("osm");
    case BasemapKind::MBTiles: return QStringLiteral("mbtiles");
    }
    return QStringLiteral("vector");
}

BasemapKind SlideView::basemapFromKey(const QString &key)
{
    if (key == QLatin1String("osm"))
        return BasemapKind::OpenStreetMap;
    if (key == QLatin1String("mbtiles"))
        return BasemapKind::MBTiles;
    return BasemapKind::Vector;
}

} // namespace nadzor::ui
