#include "analysis/aggregator.h"
#include <QCoreApplication>


namespace nadzor::analysis {

namespace {

QString breakdownKey(const QString &value)
{
    const QString v = value.trimmed();
    return v.isEmpty() ? QStringLiteral("unknown") : v;
}

} // namespace

Aggregator::Aggregator(const domain::BoundaryLayer &layer, const AreaFunction &area, int gridSize)
    : m_locator(std::make_shared<PointLocator>(layer, gridSize))
{
    m_base.reserve(layer.boundaries.size());
    for (int i = 0; i < layer.boundaries.size(); ++i) {
        const domain::Boundary &b = layer.boundaries.at(i);
        BoundaryFigures f;
        f.index = i;
        f.name = b.name;
        f.code = b.code;
        f.population = b.population;
        f.areaKm2 = b.areaKm2;
        if (!f.areaKm2 && area)
            f.areaKm2 = area(b.geometry);
        m_base << f;
    }
    reset();
}

void Aggregator::setFilter(const domain::CameraFilter &filter)
{
    m_filter = filter;
    m_acc.filterDescription = m_filter.describe();
}

void Aggregator::reset()
{
    m_acc = Aggregation{};
    m_acc.boundaries = m_base;
    m_acc.filterDescription = m_filter.describe();
}

void Aggregator::addLocated(const domain::Site &site, int boundary)
{
    qint64 passed = 0;
    BoundaryFigures *target = boundary >= 0 ? &m_acc.boundaries[boundary] : nullptr;
    for (const domain::Camera &camera : site.cameras) {
        if (!m_filter.matches(site, camera))
            continue;
        ++passed;
        const QString manufacturer = breakdownKey(camera.manufacturer);
        const QString op = breakdownKey(camera.operatorName);
        ++m_acc.byManufacturer[manufacturer];
        ++m_acc.byOperator[op];
        if (target) {
            ++target->byManufacturer[manufacturer];
            ++target->byOperator[op];
        }
    }
    if (passed == 0)
        return;
    m_acc.cameras += passed;
    ++m_acc.sites;
    if (target) {
        target->cameras += passed;
        ++target->sites;
    } else {
        m_acc.outsideCameras += passed;
        ++m_acc.outsideSites;
        m_acc.outsideSiteIds << site.id;
    }
}

void Aggregator::addSite(const domain::Site &site)
{
    const int b = site.position.isValid() ? m_locator->locate(site.position)
                                          : PointLocator::Outside;
    addLocated(site, b);
}

void Aggregator::addSites(const QList<domain::Site> &sites)
{
    QVector<domain::GeoPoint> points;
    points.reserve(sites.size());
    for (const domain::Site &s : sites)
        points << (s.position.isValid() ? s.position : domain::GeoPoint{1e9, 1e9});
    const QVector<int> owners = m_locator->locateAll(points);
    for (qsizetype i = 0; i < sites.size(); ++i)
        addLocated(sites.at(i), owners.at(i));
}

Aggregation Aggregator::result() const
{
    Aggregation r = m_acc;
    for (BoundaryFigures &f : r.boundaries) {
        f.camerasPerKm2.reset();
        f.camerasPer1000.reset();
        f.inhabitantsPerCamera.reset();
        if (f.areaKm2 && *f.areaKm2 > 0)
            f.camerasPerKm2 = double(f.cameras) / *f.areaKm2;
        if (f.population && *f.population > 0) {
            f.camerasPer1000 = double(f.cameras) * 1000.0 / double(*f.population);
            if (f.cameras > 0)
                f.inhabitantsPerCamera = double(*f.population) / double(f.cameras);
        }
    }
    return r;
}

Aggregation Aggregator::aggregate(const QList<domain::Site> &sites)
{
    reset();
    addSites(sites);
    return result();
}

QString Aggregator::borderRule()
{
    return QCoreApplication::translate("nadzor::analysis", "Each location is assigned to exactly one boundary by the crossing-number rule: a "
        "location exactly on a border belongs to the area immediately to its east (on an "
        "east-west border or a corner, to the one immediately to its north-east); where "
        "boundaries overlap, the first in the layer wins; locations in no boundary are "
        "reported as outside.");
}

} // namespace nadzor::analysis
