#include "analysis/classifier.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <QCoreApplication>

namespace nadzor::analysis {

QVector<double> Classifier::sortedFinite(const QVector<double> &values)
{
    QVector<double> s;
    s.reserve(values.size());
    for (double v : values) {
        if (std::isfinite(v))
            s << v;
    }
    std::sort(s.begin(), s.end());
    return s;
}

Classifier Classifier::fromBreaks(ClassificationMethod method, QVector<double> breaks)
{
    // Repeated upper bounds (many equal values) would give empty classes: drop them. The first
    // class may end at the minimum itself ([min, min] holds every value equal to the minimum).
    if (breaks.size() >= 2)
        breaks.erase(std::unique(breaks.begin() + 1, breaks.end()), breaks.end());
    Classifier c;
    c.m_method = method;
    c.m_breaks = breaks.size() >= 2 ? breaks : QVector<double>{};
    return c;
}

Classifier Classifier::quantile(const QVector<double> &values, int classes)
{
    const QVector<double> s = sortedFinite(values);
    if (s.isEmpty() || classes < 1)
        return fromBreaks(ClassificationMethod::Quantile, {});
    QVector<double> breaks{s.first()};
    for (int i = 1; i < classes; ++i) {
        const double pos = double(i) / classes * (s.size() - 1);
        const qsizetype lo = qsizetype(std::floor(pos));
        const double frac = pos - double(lo);
        const double v = lo + 1 < s.size() ? s[lo] + (s[lo + 1] - s[lo]) * frac : s[lo];
        breaks << v;
    }
    breaks << s.last();
    return fromBreaks(ClassificationMethod::Quantile, breaks);
}

Classifier Classifier::equalInterval(const QVector<double> &values, int classes)
{
    const QVector<double> s = sortedFinite(values);
    if (s.isEmpty() || classes < 1)
        return fromBreaks(ClassificationMethod::EqualInterval, {});
    const double lo = s.first(), hi = s.last();
    QVector<double> breaks{lo};
    for (int i = 1; i < classes; ++i)
        breaks << lo + (hi - lo) * i / classes;
    breaks << hi;
    return fromBreaks(ClassificationMethod::EqualInterval, breaks);
}

Classifier Classifier::naturalBreaks(const QVector<double> &values, int classes)
{
    QVector<double> s = sortedFinite(values);
    if (s.isEmpty() || classes < 1)
        return fromBreaks(ClassificationMethod::NaturalBreaks, {});
    constexpr int maxValues = 4000;
    if (s.size() > maxValues) {
        QVector<double> sample;
        sample.reserve(maxValues);
        for (int i = 0; i < maxValues; ++i)
            sample << s[qsizetype(double(i) * (s.size() - 1) / (maxValues - 1))];
        s = sample;
    }
    const int n = int(s.size());
    // Classes never split equal values, so there are at most as many classes as distinct values.
    int distinct = n > 0 ? 1 : 0;
    for (int i = 1; i < n; ++i)
        distinct += s[i] > s[i - 1];
    const int k = std::min(classes, distinct);
    // Fisher's dynamic programming over the sorted values (1-based as in the literature):
    // cost[l][j] = least SDCM of the first l values in j classes, lower[l][j] = the first value
    // of the last class in that optimum.
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> cost(size_t(n + 1) * (k + 1), inf);
    std::vector<int> lower(size_t(n + 1) * (k + 1), 1);
    auto C = [&](int l, int j) -> double & { return cost[size_t(l) * (k + 1) + j]; };
    auto L = [&](int l, int j) -> int & { return lower[size_t(l) * (k + 1) + j]; };
    for (int j = 1; j <= k; ++j)
        C(1, j) = 0.0;
    for (int l = 2; l <= n; ++l) {
        double sum = 0.0, sumSq = 0.0;
        for (int m = 1; m <= l; ++m) {
            const int first = l - m + 1;  // the last class is values first..l
            const double v = s[first - 1];
            sum += v;
            sumSq += v * v;
            const double ssd = std::max(0.0, sumSq - sum * sum / m);
            if (first > 1 && s[first - 2] < s[first - 1]) {
                for (int j = 2; j <= k; ++j) {
                    const double c = ssd + C(first - 1, j - 1);
                    if (c <= C(l, j)) {
                        C(l, j) = c;
                        L(l, j) = first;
                    }
                }
            }
            if (m == l)
                C(l, 1) = ssd;
        }
        L(l, 1) = 1;
    }
    QVector<double> breaks(k + 1);
    breaks[0] = s.first();
    breaks[k] = s.last();
    int l = n;
    for (int j = k; j >= 2; --j) {
        const int first = L(l, j);
        breaks[j - 1] = s[first - 2];  // the last value of the previous class
        l = first - 1;
    }
    return fromBreaks(ClassificationMethod::NaturalBreaks, breaks);
}

domain::Result<Classifier> Classifier::manual(const QVector<double> &breaks)
{
    if (breaks.size() < 2)
        return domain::makeError(QCoreApplication::translate("nadzor::analysis", "manual classification needs at least two breaks"));
    for (qsizetype i = 0; i < breaks.size(); ++i) {
        if (!std::isfinite(breaks[i]))
            return domain::makeError(QCoreApplication::translate("nadzor::analysis", "manual break %1 is not a number").arg(i + 1));
        if (i > 0 && !(breaks[i] > breaks[i - 1]))
            return domain::makeError(
                QCoreApplication::translate("nadzor::analysis", "manual breaks must increase: %1 follows %2")
                    .arg(breaks[i]).arg(breaks[i - 1]));
    }
    Classifier c;
    c.m_method = ClassificationMethod::Manual;
    c.m_breaks = breaks;
    return c;
}

Classifier Classifier::create(ClassificationMethod method, const QVector<double> &values, int classes)
{
    switch (method) {
    case ClassificationMethod::EqualInterval: return equalInterval(values, classes);
    case ClassificationMethod::NaturalBreaks: return naturalBreaks(values, classes);
    case ClassificationMethod::Quantile:
    case ClassificationMethod::Manual: break;
    }
    return quantile(values, classes);
}

int Classifier::classIndex(double value) const
{
    const int k = classCount();
    if (k == 0 || std::isnan(value))
        return -1;
    // First upper bound >= value.
    const auto it = std::lower_bound(m_breaks.begin() + 1, m_breaks.end(), value);
    if (it == m_breaks.end())
        return k - 1;
    return int(it - (m_breaks.begin() + 1));
}

double Classifier::squaredDeviations(const QVector<double> &values) const
{
    const int k = classCount();
    QVector<double> sum(k, 0.0), sumSq(k, 0.0);
    QVector<int> count(k, 0);
    for (double v : values) {
        const int c = classIndex(v);
        if (c < 0)
            continue;
        sum[c] += v;
        sumSq[c] += v * v;
        ++count[c];
    }
    double total = 0.0;
    for (int c = 0; c < k; ++c) {
        if (count[c] > 0)
            total += sumSq[c] - sum[c] * sum[c] / count[c];
    }
    return total;
}

QString Classifier::methodKey(ClassificationMethod method)
{
    switch (method) {
    case ClassificationMethod::EqualInterval: return QStringLiteral("equal-interval");
    case ClassificationMethod::NaturalBreaks: return QStringLiteral("natural-breaks");
    case ClassificationMethod::Manual: return QStringLiteral("manual");
    case ClassificationMethod::Quantile: break;
    }
    return QStringLiteral("quantile");
}

} // namespace nadzor::analysis
