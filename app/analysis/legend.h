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
    // autoDecimals(). Numbers use a '.' decimal point and no grouping.
    static QVector<LegendItem> build(const Classifier &classifier, const QVector<QColor> &colors,
                                     int decimals = -1);
    static QString formatNumber(double value, int decimals);
    // 0, 1 or 2 when every break is exact at that many decimals; otherwise 2, or up to 6 when
    // 2 would print two breaks alike.
    static int autoDecimals(const QVector<double> &breaks);
};

} // namespace nadzor::analysis
