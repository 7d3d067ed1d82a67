#pragma once
// Between a slide (domain::Slide, as the project stores it) and what the main window shows: the
// viewport, the map settings (basemap, overlays, metric, heatmap radius) and the camera filter.
#include "domain/camerafilter.h"
#include "domain/slide.h"
#include "maps/viewport.h"
#include "ui/mapsettings.h"

#include <QStringList>

namespace nadzor::ui {

class SlideView {
public:
    // A slide of what the map shows now: `viewport` (centre, zoom and visible box), `settings`
    // and `filter`.
    static domain::Slide capture(const QString &title, const maps::Viewport &viewport, const MapSettings &settings,
                                 const domain::CameraFilter &filter);
    // The view of the slide on a surface of `size` pixels: the slide's visible box fitted to it
    // (so a projector shows what was framed on a laptop), or its centre and zoom without a box.
    static maps::Viewport viewport(const domain::Slide &slide, QSize size, qreal devicePixelRatio = 1.0);
    // `base` with the slide's layers (the classification and kernel stay as they are).
    static MapSettings settings(const domain::Slide &slide, const MapSettings &base);
    // The slide's filter; expressions that no longer parse give the default filter.
    static domain::CameraFilter filter(const domain::Slide &slide);

    // The `--filter` expressions that parse() turns back into `filter` (empty for the default).
    static QStringList filterExpressions(const domain::CameraFilter &filter);
    // "cameras_per_1000", "cameras_per_km2", "inhabitants_per_camera", "cameras".
    static QString metricKey(DensityMetric metric);
    static DensityMetric metricFromKey(const QString &key);
    static QString basemapKey(BasemapKind kind);
    static BasemapKind basemapFromKey(const QString &key);
};

} // namespace nadzor::ui
