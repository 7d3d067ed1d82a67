#pragma once
// Counts cameras and sites per boundary and derives the densities analysts quote:
// cameras per km², cameras per 1,000 inhabitants, inhabitants per camera.
//
// A camera counts when it passes the filter; a site counts when at least one of its cameras
// passes. Each site is given to exactly one boundary (or to "outside") by PointLocator's
// documented border rule, so a camera on a shared border is counted exactly once.
#include "analysis/aggregation.h"
#include "analysis/pointlocator.h"
#include "domain/boundary.h"
#include "domain/camerafilter.h"
#include "domain/site.h"

#include <functional>
#include <memory>

namespace nadzor::analysis {

class Aggregator {
public:
    // Computes a boundary's area in km² when the layer has none (e.g. geodesicAreaKm2).
    using AreaFunction = std::function<std::optional<double>(const domain::MultiPolygon &)>;

    explicit Aggregator(const domain::BoundaryLayer &layer, const AreaFunction &area = {},
                        int gridSize = 0);

    void setFilter(const domain::CameraFilter &filter);
    const domain::CameraFilter &filter() const { return m_filter; }
    const PointLocator &locator() const { return *m_locator; }

    // Streaming use (e.g. from ProjectStore::forEachSite): reset(), addSite() for each, result().
    void reset();
    void addSite(const domain::Site &site);
    // Adds many sites at once, locating them in parallel.
    void addSites(const QList<domain::Site> &sites);
    Aggregation result() const;

    // reset() + addSites() + result().
    Aggregation aggregate(const QList<domain::Site> &sites);

    // The border rule in a sentence, for a report's methodology.
    static QString borderRule();

private:
    void addLocated(const domain::Site &site, int boundary);

    std::shared_ptr<const PointLocator> m_locator;
    domain::CameraFilter m_filter;
    QVector<BoundaryFigures> m_base;  // names, codes, areas, populations
    Aggregation m_acc;
};

} // namespace nadzor::analysis
