// Heatmap: mass conservation, kernel shape, fixed maximum, clipping, weights.
#include "analysis/heatmap.h"
#include "testlayers.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace nadzor;
using analysis::Heatmap;
using analysis::HeatmapGrid;
using analysis::Kernel;

Q_DECLARE_METATYPE(analysis::Kernel)

namespace {

// Great-circle distance on the Web-Mercator sphere, metres.
double groundDistance(const domain::GeoPoint &a, const domain::GeoPoint &b)
{
    const double r = Heatmap::EarthRadius, d = M_PI / 180.0;
    const double dlat = (b.lat - a.lat) * d, dlon = (b.lon - a.lon) * d;
    const double h = std::sin(dlat / 2) * std::sin(dlat / 2)
        + std::cos(a.lat * d) * std::cos(b.lat * d) * std::sin(dlon / 2) * std::sin(dlon / 2);
    return 2 * r * std::asin(std::sqrt(h));
}

Heatmap valjevoArea(Kernel kernel, double radius)
{
    Heatmap h;
    h.setBounds(19.80, 44.20, 20.00, 44.35);
    h.setWidth(400);
    h.setKernel(kernel);
    h.setRadius(radius);
    return h;
}

} // namespace

class TestHeatmap : public QObject {
    Q_OBJECT
private slots:
    void massConservation_data();
    void massConservation();
    void kernelShape_data();
    void kernelShape();
    void georeference();
    void fixedMaximum();
    void clipping();
    void pointsOutsideReachIn();
};

void TestHeatmap::massConservation_data()
{
    QTest::addColumn<Kernel>("kernel");
    QTest::addColumn<double>("radius");
    QTest::addColumn<bool>("weighted");
    QTest::newRow("quartic 300 m") << Kernel::Quartic << 300.0 << false;
    QTest::newRow("quartic 1 km weighted") << Kernel::Quartic << 1000.0 << true;
    QTest::newRow("gaussian 500 m") << Kernel::Gaussian << 500.0 << false;
    QTest::newRow("gaussian 1.5 km weighted") << Kernel::Gaussian << 1500.0 << true;
    QTest::newRow("radius below a pixel") << Kernel::Quartic << 5.0 << false;
}

void TestHeatmap::massConservation()
{
    QFETCH(Kernel, kernel);
    QFETCH(double, radius);
    QFETCH(bool, weighted);
    QRandomGenerator rng(1);
    QVector<domain::GeoPoint> pts;
    QVector<double> weights;
    double total = 0;
    for (int i = 0; i < 2000; ++i) {  // well inside: kernels do not reach the edges
        pts << domain::GeoPoint{19.85 + rng.generateDouble() * 0.10, 44.24 + rng.generateDouble() * 0.07};
        const double w = weighted ? 0.5 + rng.generateDouble() * 2 : 1.0;
        weights << w;
        total += w;
    }
    const HeatmapGrid g = valjevoArea(kernel, radius).compute(pts, weighted ? weights : QVector<double>{});
    QVERIFY(!g.isEmpty());
    QVERIFY2(std::fabs(g.integral() - total) < 0.01 * total,
             qPrintable(QStringLiteral("integral %1, weights %2").arg(g.integral()).arg(total)));
}

void TestHeatmap::kernelShape_data()
{
    QTest::addColumn<Kernel>("kernel");
    QTest::newRow("quartic") << Kernel::Quartic;
    QTest::newRow("gaussian") << Kernel::Gaussian;
}

void TestHeatmap::kernelShape()
{
    QFETCH(Kernel, kernel);
    const double radius = 1000.0;
    Heatmap h = valjevoArea(kernel, radius);
    const HeatmapGrid empty = h.compute({});
    const int cx = 200, cy = empty.height / 2;
    const domain::GeoPoint centre = empty.cellCentre(cx, cy);
    const HeatmapGrid g = h.compute({centre});
    // The peak is at the point's cell.
    QCOMPARE(g.dataMaximum, g.at(cx, cy));
    QVERIFY(g.at(cx, cy) > 0);
    QCOMPARE(g.maxValue, g.dataMaximum);
    // Zero beyond the radius on the ground, positive well inside, decreasing outwards.
    int inside = 0;
    for (int y = 0; y < g.height; ++y)
        for (int x = 0; x < g.width; ++x) {
            const double d = groundDistance(centre, g.cellCentre(x, y));
            if (d > radius * 1.02)
                QCOMPARE(g.at(x, y), 0.0f);
            else if (d < radius * 0.9) {
                QVERIFY(g.at(x, y) > 0);
                ++inside;
            }
        }
    QVERIFY(inside > 50);
    for (int dx = 1; dx < 8; ++dx) {
        QVERIFY(g.at(cx + dx, cy) <= g.at(cx + dx - 1, cy));
        QCOMPARE(g.at(cx + dx, cy), g.at(cx - dx, cy));  // symmetric east-west
    }
    // The density at the peak: one camera over the kernel's footprint. For the quartic kernel
    // K(0) = 3 / (π r²) per unit mass: 3 / (π · 1 km²) ≈ 0.955 per km² (within discretisation).
    if (kernel == Kernel::Quartic)
        QVERIFY2(std::fabs(g.at(cx, cy) - 3.0 / M_PI) < 0.03, qPrintable(QString::number(g.at(cx, cy))));
    else  // Gaussian σ = r/3: 1 / (2π σ²) = 9 / (2π) ≈ 1.432 per km², truncation lifts it ~1 %
        QVERIFY2(std::fabs(g.at(cx, cy) - 9.0 / (2 * M_PI)) < 0.05, qPrintable(QString::number(g.at(cx, cy))));
}

void TestHeatmap::georeference()
{
    const HeatmapGrid g = valjevoArea(Kernel::Quartic, 500).compute({});
    QCOMPARE(g.width, 400);
    // Square pixels in Web Mercator: height = width × Mercator height / width.
    const double mx = Heatmap::EarthRadius * 0.20 * M_PI / 180.0;
    const double my = Heatmap::mercatorY(44.35) - Heatmap::mercatorY(44.20);
    QCOMPARE(g.height, int(std::ceil(400 * my / mx - 1e-9)));
    QCOMPARE(g.west, 19.80);
    QCOMPARE(g.north, 44.35);
    QVERIFY(g.south <= 44.20 && g.south > 44.199);
    QVERIFY(std::fabs(Heatmap::latitudeOfMercatorY(Heatmap::mercatorY(44.123)) - 44.123) < 1e-12);
}

void TestHeatmap::fixedMaximum()
{
    Heatmap h = valjevoArea(Kernel::Quartic, 800);
    const QVector<domain::GeoPoint> pts{{19.9, 44.27}, {19.9, 44.27}, {19.91, 44.28}};
    const HeatmapGrid free = h.compute(pts);
    h.setFixedMaximum(0.5);
    const HeatmapGrid fixed = h.compute(pts);
    QVERIFY(fixed.fixedMaximum);
    QCOMPARE(fixed.maxValue, 0.5f);
    QCOMPARE(fixed.dataMaximum, free.dataMaximum);
    QVERIFY(free.dataMaximum > 0.5f);
    QCOMPARE(fixed.values, free.values);
    // Normalised values saturate at the fixed maximum.
    int x = 0, y = 0;
    for (int i = 0; i < fixed.values.size(); ++i)
        if (fixed.values[i] == fixed.dataMaximum) {
            x = i % fixed.width, y = i / fixed.width;
            break;
        }
    QCOMPARE(fixed.normalized(x, y), 1.0f);
    QCOMPARE(free.normalized(x, y), 1.0f);
}

void TestHeatmap::clipping()
{
    Heatmap h = valjevoArea(Kernel::Gaussian, 1500);
    QRandomGenerator rng(2);
    QVector<domain::GeoPoint> pts;
    for (int i = 0; i < 300; ++i)
        pts << domain::GeoPoint{19.82 + rng.generateDouble() * 0.16, 44.22 + rng.generateDouble() * 0.11};
    const HeatmapGrid full = h.compute(pts);
    h.setClip(testlayers::square(19.80, 44.20, 19.90, 44.30));
    const HeatmapGrid clipped = h.compute(pts);
    int kept = 0, cleared = 0;
    for (int y = 0; y < full.height; ++y)
        for (int x = 0; x < full.width; ++x) {
            const domain::GeoPoint c = full.cellCentre(x, y);
            const bool in = c.lon >= 19.80 && c.lon < 19.90 && c.lat >= 44.20 && c.lat < 44.30;
            if (in) {
                QCOMPARE(clipped.at(x, y), full.at(x, y));
                ++kept;
            } else {
                QCOMPARE(clipped.at(x, y), 0.0f);
                cleared += full.at(x, y) > 0;
            }
        }
    QVERIFY(kept > 1000);
    QVERIFY(cleared > 1000);
    QVERIFY(clipped.dataMaximum <= full.dataMaximum);
}

void TestHeatmap::pointsOutsideReachIn()
{
    // A camera just west of the grid still warms the grid's western edge.
    Heatmap h = valjevoArea(Kernel::Quartic, 1000);
    const HeatmapGrid g = h.compute({{19.7995, 44.27}});
    QVERIFY(g.dataMaximum > 0);
    const HeatmapGrid far = h.compute({{19.70, 44.27}});
    QCOMPARE(far.dataMaximum, 0.0f);
}

QTEST_GUILESS_MAIN(TestHeatmap)
#include "test_heatmap.moc"
