// PointLocator: the border rule on hand-made polygons (shared edges, shared vertices, holes,
// multipolygons, overlaps) and identity with the unindexed reference test on real boundaries.
#include "analysis/pointlocator.h"
#include "testlayers.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace nadzor;
using analysis::PointLocator;
using testlayers::square;

namespace {

// Lowest-index boundary whose reference test claims the point, or Outside.
int referenceOwner(const QList<domain::MultiPolygon> &polys, double x, double y, int *claims = nullptr)
{
    int owner = PointLocator::Outside, n = 0;
    for (int i = 0; i < polys.size(); ++i) {
        if (PointLocator::containsReference(polys.at(i), x, y)) {
            if (owner == PointLocator::Outside)
                owner = i;
            ++n;
        }
    }
    if (claims)
        *claims = n;
    return owner;
}

// Four unit squares meeting at (1, 1): 0 south-west, 1 south-east, 2 north-west, 3 north-east.
QList<domain::MultiPolygon> fourSquares()
{
    return {square(0, 0, 1, 1), square(1, 0, 2, 1), square(0, 1, 1, 2), square(1, 1, 2, 2)};
}

} // namespace

class TestPointLocator : public QObject {
    Q_OBJECT
private slots:
    void fourSquares_data();
    void fourSquares();
    void holesAndMultipolygons_data();
    void holesAndMultipolygons();
    void overlapLowestIndexWins();
    void orientationExact();
    void jitteredTessellationCountsOnce();
    void serbianLayerMatchesReference();
    void serbianVerticesClaimedOnce();
    void countAll();
};

void TestPointLocator::fourSquares_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    QTest::addColumn<int>("owner");
    QTest::newRow("inside south-west") << 0.5 << 0.5 << 0;
    QTest::newRow("inside north-east") << 1.5 << 1.5 << 3;
    // On the vertical edge between 0 and 1: the polygon to the east.
    QTest::newRow("shared vertical edge") << 1.0 << 0.5 << 1;
    // On the horizontal edge between 0 and 2: the polygon to the north.
    QTest::newRow("shared horizontal edge") << 0.5 << 1.0 << 2;
    // On the vertex shared by all four: the north-east one.
    QTest::newRow("vertex of four") << 1.0 << 1.0 << 3;
    QTest::newRow("vertex on west border") << 0.0 << 1.0 << 2;
    QTest::newRow("west outer edge") << 0.0 << 0.5 << 0;
    QTest::newRow("east outer edge") << 2.0 << 0.5 << PointLocator::Outside;
    QTest::newRow("south outer edge") << 0.5 << 0.0 << 0;
    QTest::newRow("north outer edge") << 0.5 << 2.0 << PointLocator::Outside;
    QTest::newRow("outside") << 3.0 << 3.0 << PointLocator::Outside;
    QTest::newRow("south-west corner") << 0.0 << 0.0 << 0;
    QTest::newRow("north-east corner") << 2.0 << 2.0 << PointLocator::Outside;
}

void TestPointLocator::fourSquares()
{
    QFETCH(double, x);
    QFETCH(double, y);
    QFETCH(int, owner);
    const QList<domain::MultiPolygon> polys = ::fourSquares();
    for (int grid : {1, 4, 64}) {
        const PointLocator locator(polys, grid);
        QCOMPARE(locator.locate(x, y), owner);
    }
    int claims = 0;
    QCOMPARE(referenceOwner(polys, x, y, &claims), owner);
    QCOMPARE(claims, owner == PointLocator::Outside ? 0 : 1);  // counted exactly once
}

void TestPointLocator::holesAndMultipolygons_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    QTest::addColumn<bool>("inside");
    QTest::newRow("in the ring") << 2.0 << 2.0 << true;
    QTest::newRow("in the hole") << 5.0 << 5.0 << false;
    QTest::newRow("on the hole's west edge (hole to the east)") << 4.0 << 5.0 << false;
    QTest::newRow("on the hole's east edge (ring to the east)") << 6.0 << 5.0 << true;
    QTest::newRow("on the hole's south edge (hole to the north)") << 5.0 << 4.0 << false;
    QTest::newRow("on the hole's north edge (ring to the north)") << 5.0 << 6.0 << true;
    QTest::newRow("second part") << 21.0 << 1.0 << true;
    QTest::newRow("between the parts") << 15.0 << 1.0 << false;
    QTest::newRow("island in the hole") << 5.0 << 5.5 << false;
    QTest::newRow("island in the hole, centre") << 4.75 << 4.75 << true;
}

void TestPointLocator::holesAndMultipolygons()
{
    QFETCH(double, x);
    QFETCH(double, y);
    QFETCH(bool, inside);
    domain::Polygon withHole;
    withHole.rings << testlayers::rect(0, 0, 10, 10) << testlayers::rect(4, 4, 6, 6);
    domain::Polygon second;
    second.rings << testlayers::rect(20, 0, 22, 2);
    domain::Polygon island;  // a separate part inside the hole
    island.rings << testlayers::rect(4.5, 4.5, 5.0, 5.0);
    const domain::MultiPolygon mp{withHole, second, island};
    QCOMPARE(PointLocator::containsReference(mp, x, y), inside);
    const PointLocator locator(QList<domain::MultiPolygon>{mp}, 32);
    QCOMPARE(locator.locate(x, y), inside ? 0 : PointLocator::Outside);
}

void TestPointLocator::overlapLowestIndexWins()
{
    const QList<domain::MultiPolygon> polys{square(0, 0, 2, 2), square(1, 1, 3, 3)};
    const PointLocator locator(polys, 16);
    QCOMPARE(locator.locate(1.5, 1.5), 0);
    QCOMPARE(locator.locate(2.5, 2.5), 1);
    const PointLocator reversed(QList<domain::MultiPolygon>{polys[1], polys[0]}, 16);
    QCOMPARE(reversed.locate(1.5, 1.5), 0);
}

void TestPointLocator::orientationExact()
{
    // 0.1, 0.2, 0.3 are not exact in binary; the point is on the line through the edge only if
    // the arithmetic is exact, and it is not, so the sign must be decided exactly either way.
    QCOMPARE(PointLocator::orientation(0, 0, 1, 1, 0.5, 0.5), 0);
    QCOMPARE(PointLocator::orientation(0, 0, 1, 1, 0.25, 0.75), 1);
    QCOMPARE(PointLocator::orientation(0, 0, 1, 1, 0.75, 0.25), -1);
    // Nearly collinear: x + tiny offsets that double arithmetic loses in a naive formula.
    const double a = 19.8093528, b = 45.9267203, c = 19.8100073, d = 45.9765274;
    const double t = 0.5;
    const double px = a + (c - a) * t, py = b + (d - b) * t;
    const int s = PointLocator::orientation(a, b, c, d, px, py);
    QCOMPARE(PointLocator::orientation(a, b, c, d, std::nextafter(px, 0.0), py) >= s, true);
    QCOMPARE(PointLocator::orientation(a, b, c, d, std::nextafter(px, 100.0), py) <= s, true);
}

void TestPointLocator::jitteredTessellationCountsOnce()
{
    // A 12×12 tessellation of quadrilaterals with jittered shared vertices (awkward decimal
    // coordinates); query points on random vertices, on edges and anywhere: every point
    // inside the hull is claimed by exactly one polygon, and the index agrees.
    QRandomGenerator rng(7);
    const int n = 12;
    QVector<QPointF> v((n + 1) * (n + 1));
    for (int j = 0; j <= n; ++j)
        for (int i = 0; i <= n; ++i) {
            const bool border = i == 0 || j == 0 || i == n || j == n;
            const double jx = border ? 0 : (rng.generateDouble() - 0.5) * 0.6;
            const double jy = border ? 0 : (rng.generateDouble() - 0.5) * 0.6;
            v[j * (n + 1) + i] = QPointF(19.1 + (i + jx) * 0.1, 43.3 + (j + jy) * 0.1);
        }
    QList<domain::MultiPolygon> polys;
    for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i) {
            domain::Polygon p;
            p.rings << domain::Ring{v[j * (n + 1) + i], v[j * (n + 1) + i + 1],
                                    v[(j + 1) * (n + 1) + i + 1], v[(j + 1) * (n + 1) + i]};
            polys << domain::MultiPolygon{p};
        }
    const PointLocator locator(polys, 40);
    int tested = 0;
    for (int k = 0; k < 20000; ++k) {
        double x, y;
        const int kind = k % 3;
        if (kind == 0) {  // a vertex
            const QPointF p = v[rng.bounded(int(v.size()))];
            x = p.x(), y = p.y();
        } else if (kind == 1) {  // on an edge (as close as doubles allow)
            const int i = rng.bounded(n), j = rng.bounded(n + 1);
            const QPointF a = v[j * (n + 1) + i], b = v[j * (n + 1) + i + 1];
            const double t = rng.generateDouble();
            x = a.x() + (b.x() - a.x()) * t, y = a.y() + (b.y() - a.y()) * t;
        } else {
            x = 19.05 + rng.generateDouble() * 1.3, y = 43.25 + rng.generateDouble() * 1.3;
        }
        int claims = 0;
        const int owner = referenceOwner(polys, x, y, &claims);
        QVERIFY2(claims <= 1, qPrintable(QStringLiteral("%1 %2 claimed %3 times").arg(x, 0, 'g', 17).arg(y, 0, 'g', 17).arg(claims)));
        const bool inHull = x >= v[0].x() && x < v[n].x() && y >= v[0].y() && y < v[n * (n + 1)].y();
        if (inHull)
            QCOMPARE(claims, 1);
        QCOMPARE(locator.locate(x, y), owner);
        ++tested;
    }
    QCOMPARE(tested, 20000);
}

void TestPointLocator::serbianLayerMatchesReference()
{
    const domain::BoundaryLayer layer = testlayers::serbianMunicipalities();
    QCOMPARE(layer.boundaries.size(), 145);
    QList<domain::MultiPolygon> polys;
    for (const domain::Boundary &b : layer.boundaries)
        polys << b.geometry;
    const PointLocator locator(layer);
    QRandomGenerator rng(11);
    for (int k = 0; k < 4000; ++k) {
        const double x = 18.8 + rng.generateDouble() * 4.3, y = 42.2 + rng.generateDouble() * 4.1;
        QCOMPARE(locator.locate(x, y), referenceOwner(polys, x, y));
    }
}

void TestPointLocator::serbianVerticesClaimedOnce()
{
    // Every vertex of every municipality lies on a border. By the rule it belongs to at most
    // one municipality (none on the national border's east side), and the index agrees.
    const domain::BoundaryLayer layer = testlayers::serbianMunicipalities();
    QList<domain::MultiPolygon> polys;
    for (const domain::Boundary &b : layer.boundaries)
        polys << b.geometry;
    const PointLocator locator(layer);
    int vertices = 0, owned = 0;
    for (int i = 0; i < polys.size(); i += 4) {  // every 4th municipality keeps the test quick
        for (const domain::Polygon &p : polys.at(i))
            for (const domain::Ring &r : p.rings)
                for (const QPointF &v : r) {
                    int claims = 0;
                    const int owner = referenceOwner(polys, v.x(), v.y(), &claims);
                    QVERIFY(claims <= 1);
                    QCOMPARE(locator.locate(v.x(), v.y()), owner);
                    ++vertices;
                    owned += owner >= 0;
                }
    }
    QVERIFY(vertices > 1000);
    QVERIFY(owned > vertices / 2);
}

void TestPointLocator::countAll()
{
    const PointLocator locator(::fourSquares(), 8);
    QVector<domain::GeoPoint> pts{{0.5, 0.5}, {1.0, 0.5}, {1.0, 1.0}, {1.5, 1.5}, {5, 5}};
    qint64 outside = -1;
    const QVector<qint64> counts = locator.countAll(pts, &outside);
    QCOMPARE(counts, (QVector<qint64>{1, 1, 0, 2}));
    QCOMPARE(outside, qint64(1));
    // Many points on two threads give the same counts as one thread.
    QVector<domain::GeoPoint> many;
    QRandomGenerator rng(3);
    for (int i = 0; i < 120000; ++i)
        many << domain::GeoPoint{rng.generateDouble() * 2.2 - 0.1, rng.generateDouble() * 2.2 - 0.1};
    qint64 o1 = 0, o2 = 0;
    QCOMPARE(locator.countAll(many, &o1, 1), locator.countAll(many, &o2, 2));
    QCOMPARE(o1, o2);
}

QTEST_GUILESS_MAIN(TestPointLocator)
#include "test_pointlocator.moc"
