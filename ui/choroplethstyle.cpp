#include "ui/choroplethstyle.h"

#include "analysis/colorramp.h"
#include "analysis/legend.h"
#include "i18n/translator.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace nadzor::ui {

namespace {

// A legend's number in the interface language (1.25 in English, 1,25 in Serbian), ungrouped
// like analysis::Legend's, never "-0".
QString legendNumber(double value, int decimals)
{
    QLocale locale = i18n::currentLocale();
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    if (std::round(std::fabs(value) * std::pow(10.0, decimals)) == 0.0)
        value = 0.0;
    return locale.toString(value, 'f', decimals);
}

} // namespace

ChoroplethStyle ChoroplethStyle::build(const analysis::Aggregation &aggregation, const QVector<qint64> &boundaryIds,
                                       DensityMetric metric, analysis::ClassificationMethod method, int classes)
{
    ChoroplethStyle style;
    style.legend.title = DensityMetrics::label(metric);

    QVector<double> values;
    QVector<std::optional<double>> perBoundary;
    perBoundary.reserve(aggregation.boundaries.size());
    for (const analysis::BoundaryFigures &f : aggregation.boundaries) {
        const std::optional<double> v = DensityMetrics::value(metric, f);
        perBoundary << (v && std::isfinite(*v) ? v : std::nullopt);
        if (perBoundary.last())
            values << *perBoundary.last();
    }
    const auto idOf = [&](int i) -> qint64 {
        const int index = aggregation.boundaries.at(i).index;
        return index >= 0 && index < boundaryIds.size() ? boundaryIds.at(index) : 0;
    };
    const bool reversed = metric == DensityMetric::InhabitantsPerCamera;
    const QString noDataLabel = reversed ? QCoreApplication::translate("ChoroplethStyle", "No cameras")
                                         : QCoreApplication::translate("ChoroplethStyle", "No data");
    bool anyMissing = false;

    const auto [minIt, maxIt] = std::minmax_element(values.cbegin(), values.cend());
    if (values.isEmpty() || *minIt == *maxIt) {
        // Nothing to classify: one class (or none) for every municipality that has a value.
        analysis::ColorRamp ramp(analysis::ColorRamp::Scheme::YlOrRd);
        const QColor c = ramp.colors(3).first();
        for (int i = 0; i < perBoundary.size(); ++i) {
            if (perBoundary.at(i))
                style.colors.insert(idOf(i), c);
            else
                anyMissing = true;
        }
        if (!values.isEmpty()) {
            const int decimals = DensityMetrics::decimals(metric);
            const QString label = legendNumber(values.first(), *minIt == 0 ? 0 : decimals);
            style.legend.entries << maps::LegendEntry{
                c, QCoreApplication::translate("ChoroplethStyle", "%1 (all)").arg(label)};
        }
    } else {
        classes = std::clamp(classes, 2, 9);
        style.classifier = analysis::Classifier::create(method, values, classes);
        const int n = style.classifier.classCount();
        QVector<QColor> colors = analysis::ColorRamp(analysis::ColorRamp::Scheme::YlOrRd).colors(n);
        if (reversed)
            std::reverse(colors.begin(), colors.end());
        for (int i = 0; i < perBoundary.size(); ++i) {
            if (!perBoundary.at(i)) {
                anyMissing = true;
                continue;
            }
            const int c = style.classifier.classIndex(*perBoundary.at(i));
            if (c >= 0 && c < colors.size())
                style.colors.insert(idOf(i), colors.at(c));
        }
        const QVector<analysis::LegendItem> items = analysis::Legend::build(style.classifier, colors);
        const int d = analysis::Legend::autoDecimals(style.classifier.breaks());
        for (const analysis::LegendItem &item : items)
            style.legend.entries << maps::LegendEntry{
                item.color, legendNumber(item.lower, d) + QStringLiteral(" \u2013 ") + legendNumber(item.upper, d)};
    }
    if (anyMissing)
        style.legend.entries << maps::LegendEntry{noDataColor(), noDataLabel};
    for (int i = 0; i < perBoundary.size(); ++i)
        if (!perBoundary.at(i))
            style.colors.insert(idOf(i), noDataColor());
    return style;
}

} // namespace nadzor::ui
