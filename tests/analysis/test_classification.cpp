// Classifier (quantile, equal interval, Jenks natural breaks, manual), colour ramps, legends.
#include "analysis/classifier.h"
#include "analysis/colorramp.h"
#include "analysis/legend.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace nadzor::analysis;

class TestClassification : public QObject {
    Q_OBJECT
private slots:
    void jenksPublishedExample();
    void jenksIsOptimal();
    void jenksFewValues();
    void quantile();
    void equalInterval();
    void manual();
    void classIndex_data();
    void classIndex();
    void ramps();
    void legend();
    void legendNumbers_data();
    void legendNumbers();
};

void TestClassification::jenksPublishedExample()
{
    // The reference data set of jenkspy's test suite (github.com/mthh/jenkspy,
    // tests/test_jenks.py, "data2"), whose expected breaks for 4 classes are
    // (1.0, 416.0, 767.0, 1083.0, 1424.0).
    const QVector<double> data{132, 915, 312, 1424, 1240, 1370, 113, 1028, 1078, 416, 963, 359, 1422,
                               658, 73, 1326, 245, 848, 683, 255, 1223, 253, 654, 736, 1079, 39, 583,
                               1367, 1237, 327, 1083, 328, 951, 678, 927, 301, 96, 297, 179, 230, 767,
                               1248, 1, 37, 1352, 1009, 663, 1283, 679, 230};
    const Classifier c = Classifier::naturalBreaks(data, 4);
    QCOMPARE(c.breaks(), (QVector<double>{1, 416, 767, 1083, 1424}));
    QCOMPARE(c.classCount(), 4);
    QCOMPARE(c.method(), ClassificationMethod::NaturalBreaks);
    // The same data set's class memberships from jenkspy (res6): 20, 9, 10 and 11 values.
    QVector<int> counts(4, 0);
    for (double v : data)
        ++counts[c.classIndex(v)];
    QCOMPARE(counts, (QVector<int>{20, 9, 10, 11}));
}

void TestClassification::jenksIsOptimal()
{
    // Against exhaustive search: no other partition into k contiguous classes has a smaller
    // sum of squared deviations from the class means.
    QRandomGenerator rng(5);
    for (int round = 0; round < 30; ++round) {
        QVector<double> v;
        const int n = 6 + rng.bounded(9);
        for (int i = 0; i < n; ++i)
            v << std::round(rng.generateDouble() * 1000.0) / 10.0;
        std::sort(v.begin(), v.end());
        const int k = 2 + rng.bounded(3);
        const Classifier c = Classifier::naturalBreaks(v, k);
        const double got = c.squaredDeviations(v);
        // All ways to cut the n sorted values into k non-empty runs (never between equal
        // values, which no set of breaks could express), scored directly.
        auto ssd = [&](int from, int to) {  // values[from..to]
            double sum = 0, sumSq = 0;
            for (int i = from; i <= to; ++i)
                sum += v[i], sumSq += v[i] * v[i];
            return sumSq - sum * sum / (to - from + 1);
        };
        double best = std::numeric_limits<double>::infinity();
        std::function<void(int, int, double)> rec = [&](int start, int left, double acc) {
            if (left == 1) {
                best = std::min(best, acc + ssd(start, n - 1));
                return;
            }
            for (int end = start; end <= n - left; ++end)
                if (v[end] < v[end + 1])
                    rec(end + 1, left - 1, acc + ssd(start, end));
        };
        rec(0, k, 0.0);
        QStringList values;
        for (double x : v)
            values << QString::number(x);
        QVERIFY2(std::fabs(got - best) < 1e-6, qPrintable(QStringLiteral("k=%1 of %2: SDCM %3, optimum %4")
                                                     .arg(k).arg(values.join(QLatin1Char(' ')))
                                                     .arg(got).arg(best)));
    }
}

void TestClassification::jenksFewValues()
{
    const Classifier c = Classifier::naturalBreaks({5, 5, 5}, 4);
    QCOMPARE(c.classCount(), 1);
    QCOMPARE(c.classIndex(5), 0);
    QCOMPARE(Classifier::naturalBreaks({}, 3).classCount(), 0);
    QCOMPARE(Classifier::naturalBreaks({1, 2, 9, 10, 11}, 2).breaks(), (QVector<double>{1, 2, 11}));
}

void TestClassification::quantile()
{
    // numpy.percentile(range(1, 10), [25, 50, 75]) == [3, 5, 7]
    QCOMPARE(Classifier::quantile({9, 1, 8, 2, 7, 3, 6, 4, 5}, 4).breaks(),
             (QVector<double>{1, 3, 5, 7, 9}));
    // numpy.percentile([1, 2, 3, 4], [50]) == 2.5 (linear interpolation)
    QCOMPARE(Classifier::quantile({1, 2, 3, 4}, 2).breaks(), (QVector<double>{1, 2.5, 4}));
    // Ties collapse classes instead of leaving empty ones.
    QCOMPARE(Classifier::quantile({0, 0, 0, 0, 0, 0, 1, 2}, 4).breaks(), (QVector<double>{0, 0, 0.25, 2}));
    // NaN is ignored.
    QCOMPARE(Classifier::quantile({qQNaN(), 1, 3}, 2).breaks(), (QVector<double>{1, 2, 3}));
}

void TestClassification::equalInterval()
{
    QCOMPARE(Classifier::equalInterval({0, 10, 3}, 5).breaks(), (QVector<double>{0, 2, 4, 6, 8, 10}));
}

void TestClassification::manual()
{
    QVERIFY(Classifier::manual({0, 1, 5}).ok());
    QVERIFY(!Classifier::manual({1}).ok());
    QVERIFY(!Classifier::manual({0, 2, 2}).ok());
    QVERIFY(Classifier::manual({0, 2, 1}).errorString().contains("increase"));
    QVERIFY(!Classifier::manual({0, qQNaN()}).ok());
}

void TestClassification::classIndex_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("index");
    // Breaks 0, 1, 5, 10: classes [0, 1], (1, 5], (5, 10].
    QTest::newRow("below") << -3.0 << 0;
    QTest::newRow("minimum") << 0.0 << 0;
    QTest::newRow("first upper bound") << 1.0 << 0;
    QTest::newRow("just above") << 1.000001 << 1;
    QTest::newRow("middle") << 5.0 << 1;
    QTest::newRow("last") << 7.5 << 2;
    QTest::newRow("maximum") << 10.0 << 2;
    QTest::newRow("above") << 99.0 << 2;
    QTest::newRow("nan") << qQNaN() << -1;
}

void TestClassification::classIndex()
{
    QFETCH(double, value);
    QFETCH(int, index);
    QCOMPARE(Classifier::manual({0, 1, 5, 10}).value().classIndex(value), index);
}

void TestClassification::ramps()
{
    // ColorBrewer YlOrRd and Blues, 5 classes.
    const QVector<QColor> ylOrRd = ColorRamp(ColorRamp::Scheme::YlOrRd).colors(5);
    QStringList names;
    for (const QColor &c : ylOrRd)
        names << c.name();
    QCOMPARE(names, (QStringList{"#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"}));
    const QVector<QColor> blues = ColorRamp::fromName("blues")->colors(9);
    QCOMPARE(blues.first().name(), QStringLiteral("#f7fbff"));
    QCOMPARE(blues.last().name(), QStringLiteral("#08306b"));
    QCOMPARE(ColorRamp(ColorRamp::Scheme::Blues).colors(3).at(1).name(), QStringLiteral("#9ecae1"));
    const ColorRamp viridis = *ColorRamp::fromName("Viridis");
    QCOMPARE(viridis.colorAt(0.0).name(), QStringLiteral("#440154"));
    QCOMPARE(viridis.colorAt(1.0).name(), QStringLiteral("#fde725"));
    QCOMPARE(viridis.colorAt(128 / 255.0).name(), QStringLiteral("#21918c"));
    QCOMPARE(viridis.colors(7).size(), 7);
    QCOMPARE(ColorRamp().colors(12).size(), 12);
    QCOMPARE(ColorRamp().colors(12).first().name(), QStringLiteral("#ffffcc"));
    QCOMPARE(ColorRamp().colors(12).last().name(), QStringLiteral("#800026"));
    QCOMPARE(ColorRamp().colors(2).size(), 2);
    QVERIFY(!ColorRamp::fromName("rainbow"));
}

void TestClassification::legend()
{
    const Classifier c = Classifier::manual({0, 1.25, 2.5, 10}).value();
    const QVector<QColor> colors = ColorRamp().colors(3);
    const QVector<LegendItem> items = Legend::build(c, colors);
    QCOMPARE(items.size(), 3);
    QCOMPARE(items[0].label, QString::fromUtf8("0.00 – 1.25"));
    QCOMPARE(items[1].label, QString::fromUtf8("1.25 – 2.50"));
    QCOMPARE(items[2].label, QString::fromUtf8("2.50 – 10.00"));
    QCOMPARE(items[2].color, colors[2]);
    QCOMPARE(items[1].lower, 1.25);
    const QVector<LegendItem> ints = Legend::build(Classifier::manual({1, 416, 767}).value(), colors);
    QCOMPARE(ints[1].label, QString::fromUtf8("416 – 767"));
    QCOMPARE(Legend::build(c, colors, 1)[0].label, QString::fromUtf8("0.0 – 1.3"));
    QCOMPARE(Legend::formatNumber(-0.0001, 2), QStringLiteral("0.00"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(Legend::formatNumber(1234567.5, 1), QStringLiteral("1,234,567.5"));
    QCOMPARE(Legend::formatNumber(-0.0001, 2), QStringLiteral("0.00"));
    QLocale::setDefault(QLocale(QLocale::Serbian, QLocale::CyrillicScript, QLocale::Serbia));
    QCOMPARE(Legend::formatNumber(1234567.5, 1), QStringLiteral("1.234.567,5"));
    QLocale::setDefault(QLocale::c());
}

void TestClassification::legendNumbers_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QVector<double>>("breaks");
    QTest::addColumn<QStringList>("labels");
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale sr(QLocale::Serbian, QLocale::LatinScript, QLocale::Serbia);
    const QString dash = QStringLiteral(" \u2013 ");
    auto labels = [&dash](const QStringList &numbers) {
        QStringList out;
        for (int i = 0; i + 1 < numbers.size(); ++i)
            out << numbers[i] + dash + numbers[i + 1];
        return out;
    };
    // Cameras per 1,000 inhabitants in a sparse area: the narrowest class to one digit.
    QTest::newRow("tiny densities") << en << QVector<double>{0, 0.00059, 0.00121, 0.0031}
                                    << labels({"0.0000", "0.0006", "0.0012", "0.0031"});
    QTest::newRow("tiny densities, Serbian") << sr << QVector<double>{0, 0.00059, 0.00121, 0.0031}
                                             << labels({"0,0000", "0,0006", "0,0012", "0,0031"});
    // Below 100: one decimal.
    QTest::newRow("tens") << en << QVector<double>{0.4, 12.345, 25.07, 40.71}
                          << labels({"0.4", "12.3", "25.1", "40.7"});
    QTest::newRow("tens, Serbian") << sr << QVector<double>{0.4, 12.345, 25.07, 40.71}
                                   << labels({"0,4", "12,3", "25,1", "40,7"});
    // Large numbers: no decimals, grouped by the locale.
    QTest::newRow("thousands") << en << QVector<double>{12.5, 1234.4, 5678.9, 120000.25}
                               << labels({"13", "1,234", "5,679", "120,000"});
    QTest::newRow("thousands, Serbian") << sr << QVector<double>{12.5, 1234.4, 5678.9, 120000.25}
                                        << labels({"13", "1.234", "5.679", "120.000"});
    // Whole numbers stay whole.
    QTest::newRow("integers") << en << QVector<double>{0, 416, 1767} << labels({"0", "416", "1,767"});
    // Close breaks get the digits that tell them apart.
    QTest::newRow("close breaks") << en << QVector<double>{1.0004, 1.0011, 1.0019}
                                  << labels({"1.0004", "1.0011", "1.0019"});
}

void TestClassification::legendNumbers()
{
    QFETCH(QLocale, locale);
    QFETCH(QVector<double>, breaks);
    QFETCH(QStringList, labels);
    const QLocale before;
    QLocale::setDefault(locale);
    const auto c = Classifier::manual(breaks);
    QVERIFY(c.ok());
    const QVector<LegendItem> items = Legend::build(c.value(), ColorRamp().colors(int(breaks.size()) - 1));
    QStringList got;
    for (const LegendItem &item : items)
        got << item.label;
    QLocale::setDefault(before);
    QCOMPARE(got, labels);
}

QTEST_GUILESS_MAIN(TestClassification)
#include "test_classification.moc"
