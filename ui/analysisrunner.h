#pragma once
// Runs the heavy work off the GUI thread with QtConcurrent and QFutureWatcher: the aggregation
// of the project's cameras into municipalities (with the camera symbols the map draws) and the
// heatmap of the visible area. Requests are debounced; while a job runs, newer requests wait
// and only the newest is computed next, so a burst of changes costs one or two jobs.
#include "analysis/aggregation.h"
#include "analysis/heatmap.h"
#include "domain/boundary.h"
#include "domain/camerafilter.h"
#include "domain/site.h"
#include "maps/cameraindex.h"
#include "maps/geobounds.h"
#include "ui/heatmapbuilder.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>

namespace nadzor::analysis {
class Aggregator;
}

namespace nadzor::ui {

struct DensityResult {
    analysis::Aggregation aggregation;
    std::shared_ptr<const maps::CameraIndex> cameras;  // the cameras that pass the filter
    qint64 cameraCount = 0;                            // all cameras of the project
    quint64 generation = 0;
    qint64 elapsedMs = 0;                              // time the job took on its thread
};

class AnalysisRunner : public QObject {
    Q_OBJECT
public:
    explicit AnalysisRunner(QObject *parent = nullptr);
    ~AnalysisRunner() override;

    void setBoundaryLayer(const domain::BoundaryLayer &layer);
    void setSites(const QList<domain::Site> &sites);
    void setFilter(const domain::CameraFilter &filter);

    void setHeatmapEnabled(bool enabled);
    void setHeatmapOptions(double radiusMetres, analysis::Kernel kernel, std::optional<double> maximum);
    // The area the heatmap covers and its resolution in columns (debounced: called on every
    // viewport change).
    void setHeatmapView(const maps::GeoBounds &bounds, int columns);

    // Debounce delays (ms); tests set them to 0.
    void setDelays(int densityMs, int heatmapMs);

    bool isBusy() const;
    // Blocks until no job runs or is scheduled, delivering results (for tests and exports).
    void waitForIdle();

signals:
    void densityReady(const nadzor::ui::DensityResult &result);
    void heatmapReady(const nadzor::ui::HeatmapResult &result);
    void busyChanged(bool busy);

private:
    void scheduleDensity();
    void scheduleHeatmap();
    void startDensity();
    void startHeatmap();
    void densityFinished();
    void heatmapFinished();
    void updateBusy();

    domain::BoundaryLayer m_layer;
    QList<domain::Site> m_sites;
    domain::CameraFilter m_filter;
    struct AggregatorHolder;
    std::shared_ptr<AggregatorHolder> m_aggregator;  // reused across jobs while the layer stays

    bool m_heatmapEnabled = false;
    double m_radius = 1000.0;
    analysis::Kernel m_kernel = analysis::Kernel::Quartic;
    std::optional<double> m_maximum;
    maps::GeoBounds m_heatmapBounds;
    int m_heatmapColumns = 512;

    QTimer m_densityTimer;
    QTimer m_heatmapTimer;
    QFutureWatcher<DensityResult> m_densityWatcher;
    QFutureWatcher<HeatmapResult> m_heatmapWatcher;
    bool m_densityRunning = false;  // started, result not yet delivered
    bool m_heatmapRunning = false;
    bool m_densityAgain = false;
    bool m_heatmapAgain = false;
    quint64 m_densityGeneration = 0;
    quint64 m_heatmapGeneration = 0;
    bool m_busy = false;
};

} // namespace nadzor::ui

Q_DECLARE_METATYPE(nadzor::ui::DensityResult)
Q_DECLARE_METATYPE(nadzor::ui::HeatmapResult)
