#include "analysis/legend.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace nadzor::analysis {

QString Legend::formatNumber(double value, int decimals)
{
    const QString s = QString::number(value, 'f', decimals);  // always '.', never grouped
    if (s.toDouble() == 0.0)
        return QString::number(0.0, 'f', decimals);  // no "-0.00"
    return s;
}

int Legend::autoDecimals(const QVector<double> &breaks)
{
    // Breaks that are exact at 0, 1 or 2 decimals are shown that way ("416", "1.25");
    // others with 2 decimals, or more when 2 would show two breaks as the same number.
    for (int d = 0; d <= 2; ++d) {
        const double scale = std::pow(10.0, d);
        bool exact = true;
        for (double b : breaks)
            exact = exact && std::fabs(std::round(b * scale) / scale - b) <= 1e-9 * std::max(1.0, std::fabs(b));
        if (exact)
            return d;
    }
    for (int d = 2; d <= 6; ++d) {
        QSet<QString> seen;
        bool distinct = true;
        for (double b : breaks) {
            const QString s = formatNumber(b, d);
            distinct = distinct && !seen.contains(s);
            seen.insert(s);
        }
        if (distinct)
            return d;
    }
    return 6;
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
