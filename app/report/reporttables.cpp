#include "report/reporttables.h"

#include "i18n/placenames.h"
#include "report/numberformatter.h"

#include <QCollator>
#include <algorithm>

namespace nadzor::report {

QVector<int> ReportTables::sortedOrder(const analysis::Aggregation &a, Metric metric)
{
    QVector<int> order(a.boundaries.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    QCollator collator;
    collator.setNumericMode(true);
    const bool descending = Metrics::higherIsDenser(metric);
    std::stable_sort(order.begin(), order.end(), [&](int l, int r) {
        const auto lv = Metrics::value(a.boundaries[l], metric);
        const auto rv = Metrics::value(a.boundaries[r], metric);
        if (lv.has_value() != rv.has_value())
            return lv.has_value();
        if (lv && rv && *lv != *rv)
            return descending ? *lv > *rv : *lv < *rv;
        return collator.compare(a.boundaries[l].name, a.boundaries[r].name) < 0;
    });
    return order;
}

std::optional<ReportTables::Rank> ReportTables::rank(const analysis::Aggregation &a, int index, Metric metric)
{
    if (index < 0 || index >= a.boundaries.size())
        return std::nullopt;
    const auto mine = Metrics::value(a.boundaries[index], metric);
    if (!mine)
        return std::nullopt;
    Rank r;
    r.rank = 1;
    const bool descending = Metrics::higherIsDenser(metric);
    for (const analysis::BoundaryFigures &f : a.boundaries) {
        const auto v = Metrics::value(f, metric);
        if (!v)
            continue;
        ++r.of;
        if (descending ? *v > *mine : *v < *mine)
            ++r.rank;
    }
    return r;
}

Table ReportTables::densityTable(const analysis::Aggregation &a, const QVector<int> &order,
                                 const NumberFormatter &n, const QString &boundaryHeading)
{
    Table t;
    const Qt::Alignment right = Qt::AlignRight;
    t.columns = {{tr("#"), 0.45, right},
                 {boundaryHeading, 2.5, Qt::AlignLeft},
                 {Metrics::label(Metric::Cameras), 1.0, right},
                 {Metrics::label(Metric::Sites), 0.85, right},
                 {tr("Area (km²)"), 1.15, right},
                 {tr("Population"), 1.25, right},
                 {Metrics::shortLabel(Metric::CamerasPerKm2), 1.0, right},
                 {Metrics::shortLabel(Metric::CamerasPer1000), 1.15, right},
                 {Metrics::shortLabel(Metric::InhabitantsPerCamera), 1.25, right}};
    qint64 cameras = 0, sites = 0, population = 0;
    double area = 0;
    bool allArea = true, allPopulation = true;
    int position = 0;
    for (int i : order) {
        const analysis::BoundaryFigures &f = a.boundaries.at(i);
        t.rows.append({n.integer(++position), i18n::displayName(f.name), n.integer(f.cameras), n.integer(f.sites),
                       n.decimal(f.areaKm2, 1), n.integer(f.population),
                       n.decimal(f.camerasPerKm2, Metrics::decimals(Metric::CamerasPerKm2)),
                       n.decimal(f.camerasPer1000, Metrics::decimals(Metric::CamerasPer1000)),
                       n.decimal(f.inhabitantsPerCamera, Metrics::decimals(Metric::InhabitantsPerCamera))});
        cameras += f.cameras;
        sites += f.sites;
        if (f.areaKm2)
            area += *f.areaKm2;
        else
            allArea = false;
        if (f.population)
            population += *f.population;
        else
            allPopulation = false;
    }
    std::optional<double> perKm2, per1000, perCamera;
    if (allArea && area > 0)
        perKm2 = cameras / area;
    if (allPopulation && population > 0)
        per1000 = cameras * 1000.0 / double(population);
    if (allPopulation && cameras > 0)
        perCamera = double(population) / double(cameras);
    t.rows.append({QString(), tr("All (%1)").arg(n.integer(qint64(order.size()))), n.integer(cameras),
                   n.integer(sites), allArea ? n.decimal(area, 1) : NumberFormatter::unknown(),
                   allPopulation ? n.integer(population) : NumberFormatter::unknown(),
                   n.decimal(perKm2, Metrics::decimals(Metric::CamerasPerKm2)),
                   n.decimal(per1000, Metrics::decimals(Metric::CamerasPer1000)),
                   n.decimal(perCamera, Metrics::decimals(Metric::InhabitantsPerCamera))});
    t.emphasised << int(t.rows.size()) - 1;
    return t;
}

Table ReportTables::breakdownTable(const analysis::Breakdown &breakdown, const QString &heading,
                                   const NumberFormatter &n, int maxRows)
{
    Table t;
    t.columns = {{heading, 2.6, Qt::AlignLeft},
                 {Metrics::label(Metric::Cameras), 1.0, Qt::AlignRight},
                 {tr("Share"), 1.0, Qt::AlignRight}};
    QList<QPair<QString, qint64>> items;
    qint64 total = 0;
    for (auto it = breakdown.cbegin(); it != breakdown.cend(); ++it) {
        items.append({it.key(), it.value()});
        total += it.value();
    }
    std::stable_sort(items.begin(), items.end(), [](const auto &l, const auto &r) { return l.second > r.second; });
    qint64 others = 0;
    int otherKinds = 0;
    for (int i = 0; i < items.size(); ++i) {
        if (i >= maxRows) {
            others += items[i].second;
            ++otherKinds;
            continue;
        }
        const QString name = items[i].first == QLatin1String("unknown") ? tr("unknown") : items[i].first;
        t.rows.append({name, n.integer(items[i].second), total > 0 ? n.percent(double(items[i].second) / total) : QString()});
    }
    if (otherKinds > 0)
        t.rows.append({tr("Others (%1)").arg(otherKinds), n.integer(others), n.percent(double(others) / total)});
    if (items.isEmpty())
        t.rows.append({tr("no cameras"), n.integer(qint64(0)), QString()});
    t.rows.append({tr("Total"), n.integer(total), total > 0 ? n.percent(1.0) : QString()});
    t.emphasised << int(t.rows.size()) - 1;
    return t;
}

} // namespace nadzor::report
