#pragma once
// Turns an aggregation into choropleth colours and a legend: the chosen metric per
// municipality, classified (Jenks, quantile, equal interval), coloured with a colour-blind-safe
// ColorBrewer ramp (YlOrRd; reversed for inhabitants per camera so that darker always means
// more surveillance). Municipalities without a value get a neutral "no data" colour.
#include "analysis/aggregation.h"
#include "analysis/classifier.h"
#include "maps/layer.h"
#include "ui/densitymetric.h"

#include <QColor>
#include <QHash>
#include <QVector>

namespace nadzor::ui {

struct ChoroplethStyle {
    QHash<qint64, QColor> colors;  // boundary id -> fill
    maps::Legend legend;
    analysis::Classifier classifier;

    static QColor noDataColor() { return QColor(222, 226, 230, 200); }

    // `boundaryIds[i]`: the id of the boundary at layer index i.
    static ChoroplethStyle build(const analysis::Aggregation &aggregation, const QVector<qint64> &boundaryIds,
                                 DensityMetric metric, analysis::ClassificationMethod method, int classes);
};

} // namespace nadzor::ui
