#include "analysis/legend.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace nadzor::analysis {

QString Legend::formatNumber(double value, int decimals)
{
    decimals = std::clamp(decimals, 0, 15);
    const double scale = std::pow(10.0, decimals);
    if (!std::isfinite(value))
        return QLocale().toString(value);
    if (std::round(std::fabs(value) * scale) == 0.0)
        value = 0.0;  // no "-0.00"
    return QLocale().toString(value, 'f', decimals);
}

int Legend::autoDecimals(const QVector<double> &breaks)
{
    // Breaks that are exact at 0, 1 or 2 decimals are shown that way ("416", "1.25"), unless
    // they run into the thousands, where decimals only clutter.
    double largestBreak = 0.0;
    for (double b : breaks)
        if (std::isfinite(b))
            largestBreak = std::max(largestBreak, std::fabs(b));
    for (int d = 0; d <= (largestBreak < 1000.0 ? 2 : 0); ++d) {
        const double scale = std::pow(10.0, d);
        bool exact = true;
        for (double b : breaks)
            exact = exact && std::fabs(std::round(b * scale) / scale - b) <= 1e-9 * std::max(1.0, std::fabs(b));
        if (exact)
            return d;
    }
    // Otherwise: the narrowest class to one significant digit, one decimal below 100.
    double narrowest = std::numeric_limits<double>::infinity();
    double largest = 0.0;
    for (int i = 0; i < breaks.size(); ++i) {
        if (std::isfinite(breaks[i]))
            largest = std::max(largest, std::fabs(breaks[i]));
        if (i > 0 && breaks[i] > breaks[i - 1])
            narrowest = std::min(narrowest, breaks[i] - breaks[i - 1]);
    }
    int d = std::isfinite(narrowest) ? std::max(0, -int(std::floor(std::log10(narrowest)))) : 0;
    if (largest < 100.0)
        d = std::max(d, 1);
    // More while two different breaks would print alike.
    for (d = std::min(d, 10); d < 10; ++d) {
        QSet<QString> seen;
        bool distinct = true;
        for (int i = 0; i < breaks.size(); ++i) {
            const QString s = formatNumber(breaks[i], d);
            if (seen.contains(s) && !(i > 0 && breaks[i] == breaks[i - 1]))
                distinct = false;
            seen.insert(s);
        }
        if (distinct)
            break;
    }
    return d;
}

QVector<LegendItem> Legend::build(const Classifier &classifier, const QVector<QColor> &colors,
                                  int decimals)
{
    QVector<LegendItem> items;
    const QVector<double> &b = classifier.breaks();
    const int d = decimals >= 0 ? decimals : autoDecimals(b);
    for (int i = 0; i < classifier.classCount(); ++i) {
        LegendItem item;
        item.lower = b[i];
        item.upper = b[i + 1];
        item.color = colors.isEmpty() ? QColor() : colors.value(i, colors.last());
        item.label = formatNumber(item.lower, d) + QStringLiteral(" \u2013 ")
            + formatNumber(item.upper, d);
        items << item;
    }
    return items;
}

} // namespace nadzor::analysis
