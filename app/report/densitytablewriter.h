#pragma once
// The machine-readable density tables: CSV and GeoJSON with the same columns as
// `nadzor density` (name, code, cameras, sites, area_km2, population, cameras_per_km2,
// cameras_per_1000, inhabitants_per_camera), numbers with a '.' decimal point whatever the
// locale, empty (CSV) or null (GeoJSON) where a figure is unknown.
#include "analysis/aggregation.h"
#include "domain/boundary.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace nadzor::report {

class DensityTableWriter {
public:
    // Fixed decimals per column.
    static constexpr int AreaDecimals = 2;
    static constexpr int PerKm2Decimals = 4;
    static constexpr int Per1000Decimals = 3;
    static constexpr int InhabitantsDecimals = 1;

    static QString csvHeader();
    // One line per boundary (with '\n'), in `order` (indices into aggregation.boundaries;
    // empty: layer order).
    static QByteArray toCsv(const analysis::Aggregation &aggregation, const QVector<int> &order = {});
    // A FeatureCollection of the boundaries with their figures as properties, with the filter,
    // the border rule, the number of cameras outside every boundary and the layer's attribution
    // as foreign members.
    static QByteArray toGeoJson(const analysis::Aggregation &aggregation, const domain::BoundaryLayer &layer,
                                const QString &borderRule, const QVector<int> &order = {});
    // RFC 4180 quoting; a text cell a spreadsheet would run as a formula gets a leading '.
    static QString csvText(const QString &value);
};

} // namespace nadzor::report
