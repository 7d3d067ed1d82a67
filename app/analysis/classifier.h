#pragma once
// Classes for a choropleth: quantile, equal interval, natural breaks (Jenks) and manual breaks.
#include "domain/result.h"

#include <QString>
#include <QVector>

namespace nadzor::analysis {

enum class ClassificationMethod { Quantile, EqualInterval, NaturalBreaks, Manual };

class Classifier {
public:
    Classifier() = default;

    // Breaks at the k-quantiles, interpolated linearly between order statistics (as numpy's
    // percentile and R's type 7): [min, q(1/k), ..., max].
    static Classifier quantile(const QVector<double> &values, int classes);
    // k classes of equal width between the minimum and the maximum.
    static Classifier equalInterval(const QVector<double> &values, int classes);
    // Jenks natural breaks: the partition of the sorted values into k contiguous classes with the
    // least sum of squared deviations from the class means, found exactly by Fisher's dynamic
    // programming (Fisher 1958; Jenks 1977). Above 4,000 values an evenly spaced sample of the
    // sorted values (always keeping the minimum and the maximum) is classified instead.
    static Classifier naturalBreaks(const QVector<double> &values, int classes);
    // Manual breaks: at least two values, strictly increasing.
    static domain::Result<Classifier> manual(const QVector<double> &breaks);
    static Classifier create(ClassificationMethod method, const QVector<double> &values, int classes);

    ClassificationMethod method() const { return m_method; }
    // classCount() + 1 values: the lower bound of the first class, then each class's upper bound.
    // Class i holds (breaks[i], breaks[i+1]]; the first class also holds breaks[0].
    const QVector<double> &breaks() const { return m_breaks; }
    int classCount() const { return m_breaks.size() < 2 ? 0 : int(m_breaks.size()) - 1; }
    bool isValid() const { return classCount() > 0; }
    // The class of a value: values below the first break go to the first class, above the last
    // to the last; -1 for NaN or when there are no classes.
    int classIndex(double value) const;

    // The sum of squared deviations from the class means for the given values (Jenks' SDCM).
    double squaredDeviations(const QVector<double> &values) const;

    static QString methodKey(ClassificationMethod method);

private:
    static QVector<double> sortedFinite(const QVector<double> &values);
    static Classifier fromBreaks(ClassificationMethod method, QVector<double> breaks);

    ClassificationMethod m_method = ClassificationMethod::Quantile;
    QVector<double> m_breaks;
};

} // namespace nadzor::analysis
