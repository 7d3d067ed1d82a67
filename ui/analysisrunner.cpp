#include "ui/analysisrunner.h"

#include "analysis/aggregator.h"
#include "boundaries/geodesicarea.h"
#include "maps/camerasymbol.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QtConcurrent/QtConcurrentRun>

namespace nadzor::ui {

// Built on the first job for a layer (in the worker) and reused: jobs never overlap.
struct AnalysisRunner::AggregatorHolder {
    domain::BoundaryLayer layer;
    std::unique_ptr<analysis::Aggregator> aggregator;
};

AnalysisRunner::AnalysisRunner(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<DensityResult>();
    qRegisterMetaType<HeatmapResult>();
    m_aggregator = std::make_shared<AggregatorHolder>();
    m_densityTimer.setSingleShot(true);
    m_densityTimer.setInterval(60);
    m_heatmapTimer.setSingleShot(true);
    m_heatmapTimer.setInterval(250);
    connect(&m_densityTimer, &QTimer::timeout, this, &AnalysisRunner::startDensity);
    connect(&m_heatmapTimer, &QTimer::timeout, this, &AnalysisRunner::startHeatmap);
    connect(&m_densityWatcher, &QFutureWatcher<DensityResult>::finished, this, &AnalysisRunner::densityFinished);
    connect(&m_heatmapWatcher, &QFutureWatcher<HeatmapResult>::finished, this, &AnalysisRunner::heatmapFinished);
}

AnalysisRunner::~AnalysisRunner()
{
    m_densityWatcher.waitForFinished();
    m_heatmapWatcher.waitForFinished();
}

void AnalysisRunner::setDelays(int densityMs, int heatmapMs)
{
    m_densityTimer.setInterval(std::max(0, densityMs));
    m_heatmapTimer.setInterval(std::max(0, heatmapMs));
}

void AnalysisRunner::setBoundaryLayer(const domain::BoundaryLayer &layer)
{
    m_layer = layer;
    m_aggregator = std::make_shared<AggregatorHolder>();
    m_aggregator->layer = layer;
    scheduleDensity();
}

void AnalysisRunner::setSites(const QList<domain::Site> &sites)
{
    m_sites = sites;
    scheduleDensity();
    scheduleHeatmap();
}

void AnalysisRunner::setFilter(const domain::CameraFilter &filter)
{
    m_filter = filter;
    scheduleDensity();
    scheduleHeatmap();
}

void AnalysisRunner::setHeatmapEnabled(bool enabled)
{
    if (m_heatmapEnabled == enabled)
        return;
    m_heatmapEnabled = enabled;
    scheduleHeatmap();
}

void AnalysisRunner::setHeatmapOptions(double radiusMetres, analysis::Kernel kernel, std::optional<double> maximum)
{
    if (m_radius == radiusMetres && m_kernel == kernel && m_maximum == maximum)
        return;
    m_radius = radiusMetres;
    m_kernel = kernel;
    m_maximum = maximum;
    scheduleHeatmap();
}

void AnalysisRunner::setHeatmapView(const maps::GeoBounds &bounds, int columns)
{
    if (m_heatmapBounds == bounds && m_heatmapColumns == columns)
        return;
    m_heatmapBounds = bounds;
    m_heatmapColumns = columns;
    scheduleHeatmap();
}

bool AnalysisRunner::isBusy() const
{
    return m_densityTimer.isActive() || m_heatmapTimer.isActive() || m_densityRunning || m_heatmapRunning
        || m_densityAgain || m_heatmapAgain;
}

void AnalysisRunner::waitForIdle()
{
    while (isBusy()) {
        if (m_densityTimer.isActive() && !m_densityRunning) {
            m_densityTimer.stop();
            startDensity();
        }
        if (m_heatmapTimer.isActive() && !m_heatmapRunning) {
            m_heatmapTimer.stop();
            startHeatmap();
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

void AnalysisRunner::scheduleDensity()
{
    ++m_densityGeneration;
    if (m_densityRunning)
        m_densityAgain = true;
    else
        m_densityTimer.start();
    updateBusy();
}

void AnalysisRunner::scheduleHeatmap()
{
    ++m_heatmapGeneration;
    if (!m_heatmapEnabled) {
        m_heatmapTimer.stop();
        m_heatmapAgain = false;
        updateBusy();
        return;
    }
    if (m_heatmapRunning)
        m_heatmapAgain = true;
    else
        m_heatmapTimer.start();
    updateBusy();
}

void AnalysisRunner::startDensity()
{
    m_densityAgain = false;
    const QList<domain::Site> sites = m_sites;
    const domain::CameraFilter filter = m_filter;
    const std::shared_ptr<AggregatorHolder> holder = m_aggregator;
    const quint64 generation = m_densityGeneration;
    m_densityRunning = true;
    m_densityWatcher.setFuture(QtConcurrent::run([sites, filter, holder, generation]() {
        QElapsedTimer timer;
        timer.start();
        DensityResult result;
        result.generation = generation;
        if (!holder->aggregator)
            holder->aggregator = std::make_unique<analysis::Aggregator>(
                holder->layer, [](const domain::MultiPolygon &geometry) -> std::optional<double> {
                    return boundaries::geodesicAreaKm2(geometry);
                });
        holder->aggregator->setFilter(filter);
        result.aggregation = holder->aggregator->aggregate(sites);

        QVector<maps::CameraSymbol> symbols;
        for (const domain::Site &site : sites) {
            result.cameraCount += site.cameras.size();
            for (const domain::Camera &camera : site.cameras)
                if (filter.matches(site, camera))
                    symbols << maps::CameraSymbol::fromCamera(camera, site.position);
        }
        result.cameras = maps::CameraIndex::build(std::move(symbols));
        result.elapsedMs = timer.elapsed();
        return result;
    }));
    updateBusy();
}

void AnalysisRunner::densityFinished()
{
    const DensityResult result = m_densityWatcher.result();
    m_densityRunning = false;
    if (m_densityAgain)
        m_densityTimer.start();
    updateBusy();
    emit densityReady(result);
}

void AnalysisRunner::startHeatmap()
{
    m_heatmapAgain = false;
    if (!m_heatmapEnabled) {
        updateBusy();
        return;
    }
    HeatmapRequest request;
    request.sites = m_sites;
    request.filter = m_filter;
    request.bounds = m_heatmapBounds;
    request.width = std::clamp(m_heatmapColumns, 16, 2048);
    request.radiusMetres = m_radius;
    request.kernel = m_kernel;
    request.maximum = m_maximum;
    request.generation = m_heatmapGeneration;
    m_heatmapRunning = true;
    m_heatmapWatcher.setFuture(QtConcurrent::run([request]() { return HeatmapBuilder::compute(request); }));
    updateBusy();
}

void AnalysisRunner::heatmapFinished()
{
    const HeatmapResult result = m_heatmapWatcher.result();
    m_heatmapRunning = false;
    if (m_heatmapAgain)
        m_heatmapTimer.start();
    updateBusy();
    if (m_heatmapEnabled)
        emit heatmapReady(result);
}

void AnalysisRunner::updateBusy()
{
    const bool busy = isBusy();
    if (busy != m_busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}

} // namespace nadzor::ui
