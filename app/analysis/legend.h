#pragma once
// The legend of a classified map: one colour and one label per class.
#include "analysis/classifier.h"

#include <QColor>
#include <QString>
#include <QVector>

namespace nadzor::analysis {

struct LegendItem {
    QColor color;
    QString label;  // "1.25 – 2.50"
    double lower = 0.0;
    double upper = 0.0;
};

class Legend {
public:
    // One item per class of the classifier, coloured in order. decimals < 0 picks them with
    // autoDecimals(). Numbers are written by the default QLocale (decimal point or comma,
    // digit grouping: "1,234.5" in English, "1.234,5" in Serbian).
    static QVector<LegendItem> build(const Classifier &classifier, const QVector<QColor> &colors,
                                     int decimals = -1);
    // `value` with `decimals` decimals in the default QLocale; never "-0".
    static QString formatNumber(double value, int decimals);
    // Decimals for a set of class breaks: 0, 1 or 2 when every break is exact at that many
    // (below 1,000);
    // otherwise enough to show the narrowest class to one significant digit (0.00059 ->
    // "0.0006"), at least one below 100 (12.345 -> "12.3"), none for large numbers
    // (1234.5 -> "1,235"), and more (up to 10) while two breaks would still print alike.
    static int autoDecimals(const QVector<double> &breaks);
};

} // namespace nadzor::analysis
