// Aggregator: counts per boundary with the border rule, densities, filter, breakdowns, and
// Osečina's cameras per 1,000 inhabitants on the real municipal boundaries.
#include "analysis/aggregator.h"
#include "boundaries/serbianlayer.h"
#include "testlayers.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace nadzor;
using analysis::Aggregation;
using analysis::Aggregator;
using testlayers::square;

namespace {

domain::Camera camera(const QString &manufacturer = {}, const QString &op = {},
                      domain::FaceRecognition face = domain::FaceRecognition::Unknown)
{
    domain::Camera c;
    c.manufacturer = manufacturer;
    c.operatorName = op;
    c.faceRecognition = face;
    return c;
}

domain::Site site(qint64 id, double lon, double lat, const QList<domain::Camera> &cameras)
{
    domain::Site s;
    s.id = id;
    s.position = {lon, lat};
    s.cameras = cameras;
    return s;
}

// Two 1°×1° squares sharing the meridian 21°E: "West" then "East".
domain::BoundaryLayer twoSquares()
{
    domain::BoundaryLayer layer;
    domain::Boundary west = testlayers::boundary(QStringLiteral("West"), square(20, 44, 21, 45));
    west.code = QStringLiteral("70001");
    west.population = 20000;
    west.areaKm2 = 8000.0;
    domain::Boundary east = testlayers::boundary(QStringLiteral("East"), square(21, 44, 22, 45));
    east.code = QStringLiteral("70002");  // population and area unknown
    layer.boundaries << west << east;
    return layer;
}

} // namespace

class TestAggregator : public QObject {
    Q_OBJECT
private slots:
    void sharedBorderCountedOnce();
    void densities();
    void areaCallback();
    void filterAndBreakdowns();
    void streamingEqualsBatch();
    void osecinaPerThousand();
    void osecinaBundledLayer();
};

void TestAggregator::sharedBorderCountedOnce()
{
    Aggregator agg(twoSquares());
    const QList<domain::Site> sites{
        site(1, 20.5, 44.5, {camera()}),
        site(2, 21.0, 44.5, {camera(), camera()}),  // on the shared border: East (to its east)
        site(3, 21.0, 45.0, {camera()}),            // on the border's north end: outside
        site(4, 21.0, 44.0, {camera()}),            // on the border's south end: East
        site(5, 30.0, 10.0, {camera()}),            // far away: outside
        site(6, 21.5, 44.5, {}),                    // no cameras: not a counted site
    };
    const Aggregation r = agg.aggregate(sites);
    QCOMPARE(r.boundaries.size(), 2);
    QCOMPARE(r.boundaries[0].cameras, qint64(1));
    QCOMPARE(r.boundaries[0].sites, qint64(1));
    QCOMPARE(r.boundaries[1].cameras, qint64(3));
    QCOMPARE(r.boundaries[1].sites, qint64(2));
    QCOMPARE(r.outsideCameras, qint64(2));
    QCOMPARE(r.outsideSites, qint64(2));
    QCOMPARE(r.outsideSiteIds, (QVector<qint64>{3, 5}));
    QCOMPARE(r.cameras, qint64(6));
    QCOMPARE(r.sites, qint64(5));
    QCOMPARE(r.boundaries[0].cameras + r.boundaries[1].cameras + r.outsideCameras, r.cameras);
    QVERIFY(Aggregator::borderRule().contains(QStringLiteral("east")));
}

void TestAggregator::densities()
{
    Aggregator agg(twoSquares());
    QList<domain::Site> sites;
    for (int i = 0; i < 40; ++i)
        sites << site(i + 1, 20.1 + i * 0.01, 44.5, {camera()});
    const Aggregation r = agg.aggregate(sites);
    const analysis::BoundaryFigures &w = r.boundaries[0];
    QCOMPARE(w.name, QStringLiteral("West"));
    QCOMPARE(w.code, QStringLiteral("70001"));
    QCOMPARE(w.cameras, qint64(40));
    QCOMPARE(*w.areaKm2, 8000.0);
    QCOMPARE(*w.camerasPerKm2, 40.0 / 8000.0);
    QCOMPARE(*w.camerasPer1000, 2.0);
    QCOMPARE(*w.inhabitantsPerCamera, 500.0);
    const analysis::BoundaryFigures &e = r.boundaries[1];
    QCOMPARE(e.cameras, qint64(0));
    QVERIFY(!e.population && !e.areaKm2);
    QVERIFY(!e.camerasPerKm2 && !e.camerasPer1000 && !e.inhabitantsPerCamera);
    // Population known but no cameras: 0 per 1,000, no "inhabitants per camera".
    domain::BoundaryLayer layer = twoSquares();
    layer.boundaries[1].population = 5000;
    const Aggregation r2 = Aggregator(layer).aggregate({});
    QCOMPARE(*r2.boundaries[1].camerasPer1000, 0.0);
    QVERIFY(!r2.boundaries[1].inhabitantsPerCamera);
}

void TestAggregator::areaCallback()
{
    int calls = 0;
    Aggregator agg(twoSquares(), [&](const domain::MultiPolygon &) -> std::optional<double> {
        ++calls;
        return 7900.0;
    });
    QCOMPARE(calls, 1);  // only East lacks an area; West keeps its own
    const Aggregation r = agg.aggregate({site(1, 21.5, 44.5, {camera()})});
    QCOMPARE(*r.boundaries[0].areaKm2, 8000.0);
    QCOMPARE(*r.boundaries[1].areaKm2, 7900.0);
    QCOMPARE(*r.boundaries[1].camerasPerKm2, 1.0 / 7900.0);
}

void TestAggregator::filterAndBreakdowns()
{
    Aggregator agg(twoSquares());
    const auto filter = domain::CameraFilter::parse({QStringLiteral("manufacturer=Dahua,Hikvision")});
    QVERIFY(filter.ok());
    agg.setFilter(filter.value());
    domain::Camera removed = camera(QStringLiteral("Dahua"));
    removed.status = domain::VerificationStatus::Removed;
    const QList<domain::Site> sites{
        site(1, 20.5, 44.5, {camera(QStringLiteral("Dahua"), QStringLiteral("MUP")), camera(QStringLiteral("Bosch"))}),
        site(2, 20.6, 44.5, {camera(QStringLiteral("Bosch"))}),  // no camera passes: not counted
        site(3, 21.5, 44.5, {camera(QStringLiteral("Hikvision")), camera(QStringLiteral("dahua"), QStringLiteral("Grad"))}),
        site(4, 21.6, 44.5, {removed}),  // removed cameras are excluded by default
    };
    const Aggregation r = agg.aggregate(sites);
    QCOMPARE(r.boundaries[0].cameras, qint64(1));
    QCOMPARE(r.boundaries[0].sites, qint64(1));
    QCOMPARE(r.boundaries[1].cameras, qint64(2));
    QCOMPARE(r.boundaries[1].sites, qint64(1));
    QCOMPARE(r.boundaries[0].byManufacturer, (analysis::Breakdown{{"Dahua", 1}}));
    QCOMPARE(r.boundaries[0].byOperator, (analysis::Breakdown{{"MUP", 1}}));
    QCOMPARE(r.boundaries[1].byManufacturer, (analysis::Breakdown{{"Hikvision", 1}, {"dahua", 1}}));
    QCOMPARE(r.boundaries[1].byOperator, (analysis::Breakdown{{"unknown", 1}, {"Grad", 1}}));
    QCOMPARE(r.byOperator, (analysis::Breakdown{{"unknown", 1}, {"Grad", 1}, {"MUP", 1}}));
    QCOMPARE(r.cameras, qint64(3));
    QCOMPARE(r.filterDescription, QStringLiteral("manufacturer = Dahua, Hikvision"));
}

void TestAggregator::streamingEqualsBatch()
{
    const domain::BoundaryLayer layer = testlayers::serbianMunicipalities();
    QRandomGenerator rng(9);
    QList<domain::Site> sites;
    for (int i = 0; i < 70000; ++i)
        sites << site(i + 1, 18.8 + rng.generateDouble() * 4.3, 42.2 + rng.generateDouble() * 4.1,
                      {camera(i % 3 ? QStringLiteral("Dahua") : QString())});
    Aggregator batch(layer);
    const Aggregation a = batch.aggregate(sites);
    Aggregator stream(layer);
    for (const domain::Site &s : sites)
        stream.addSite(s);
    const Aggregation b = stream.result();
    qint64 sum = a.outsideCameras;
    for (int i = 0; i < a.boundaries.size(); ++i) {
        QCOMPARE(a.boundaries[i].cameras, b.boundaries[i].cameras);
        QCOMPARE(a.boundaries[i].byManufacturer, b.boundaries[i].byManufacturer);
        sum += a.boundaries[i].cameras;
    }
    QCOMPARE(a.outsideCameras, b.outsideCameras);
    QCOMPARE(sum, qint64(70000));
    QCOMPARE(a.byManufacturer.value(QStringLiteral("unknown")), qint64(23334));
}

void TestAggregator::osecinaPerThousand()
{
    // Osečina: 10,717 inhabitants (RZS mid-year estimate 2020, resources/geodata/sources/
    // population-rzs-opstine/all_data_lat.csv, "07. Broj stanovnika"). With 107 cameras inside
    // it, that is 107 × 1000 / 10717 ≈ 9.98 cameras per 1,000 inhabitants: one per ~100.
    domain::BoundaryLayer layer = testlayers::serbianMunicipalities();
    const int osecina = testlayers::indexOf(layer, QStringLiteral("Osecina Municipality"));
    QVERIFY(osecina >= 0);
    layer.boundaries[osecina].population = 10717;
    layer.boundaries[osecina].areaKm2 = 319.0;  // RZS "01. Povrsina"
    const analysis::PointLocator locator(layer);
    // Synthetic cameras spread over Osečina (rejection sampling in its bounding box).
    double minX = 1e9, minY = 1e9, maxX = -1e9, maxY = -1e9;
    for (const domain::Polygon &p : layer.boundaries[osecina].geometry)
        for (const QPointF &v : p.rings.first()) {
            minX = std::min(minX, v.x()), maxX = std::max(maxX, v.x());
            minY = std::min(minY, v.y()), maxY = std::max(maxY, v.y());
        }
    QRandomGenerator rng(1);
    QList<domain::Site> sites;
    const int n = 107;
    while (sites.size() < n) {
        const double x = minX + rng.generateDouble() * (maxX - minX);
        const double y = minY + rng.generateDouble() * (maxY - minY);
        if (analysis::PointLocator::containsReference(layer.boundaries[osecina].geometry, x, y))
            sites << site(sites.size() + 1, x, y, {camera(QStringLiteral("Dahua"))});
    }
    Aggregator agg(layer);
    const Aggregation r = agg.aggregate(sites);
    const analysis::BoundaryFigures &f = r.boundaries[osecina];
    QCOMPARE(f.name, QStringLiteral("Osecina Municipality"));
    QCOMPARE(f.cameras, qint64(n));
    QCOMPARE(f.sites, qint64(n));
    QCOMPARE(r.outsideCameras, qint64(0));
    QCOMPARE(*f.camerasPer1000, n * 1000.0 / 10717.0);
    QCOMPARE(*f.inhabitantsPerCamera, 10717.0 / n);
    QVERIFY(std::fabs(*f.inhabitantsPerCamera - 100.0) < 0.2);
    QCOMPARE(*f.camerasPerKm2, n / 319.0);
    for (int i = 0; i < r.boundaries.size(); ++i)
        if (i != osecina)
            QCOMPARE(r.boundaries[i].cameras, qint64(0));
}

void TestAggregator::osecinaBundledLayer()
{
    // The bundled layer carries Osečina's code (70882), population and geodesic area.
    const auto bundled = boundaries::bundledSerbianLayer();
    QVERIFY2(bundled.ok(), qPrintable(bundled.errorString()));
    const domain::BoundaryLayer &layer = bundled.value();
    int osecina = -1;
    for (int i = 0; i < layer.boundaries.size(); ++i)
        if (layer.boundaries[i].code == QLatin1String("70882"))
            osecina = i;
    QVERIFY(osecina >= 0);
    const domain::Boundary &b = layer.boundaries[osecina];
    QVERIFY(b.population && *b.population > 0);
    QVERIFY(b.areaKm2 && *b.areaKm2 > 300 && *b.areaKm2 < 340);
    double minX = 1e9, minY = 1e9, maxX = -1e9, maxY = -1e9;
    for (const domain::Polygon &p : b.geometry)
        for (const QPointF &v : p.rings.first()) {
            minX = std::min(minX, v.x()), maxX = std::max(maxX, v.x());
            minY = std::min(minY, v.y()), maxY = std::max(maxY, v.y());
        }
    QRandomGenerator rng(4);
    QList<domain::Site> sites;
    const int n = 50;
    while (sites.size() < n) {
        const double x = minX + rng.generateDouble() * (maxX - minX);
        const double y = minY + rng.generateDouble() * (maxY - minY);
        if (analysis::PointLocator::containsReference(b.geometry, x, y))
            sites << site(sites.size() + 1, x, y, {camera(), camera()});  // two cameras per site
    }
    const Aggregation r = Aggregator(layer).aggregate(sites);
    const analysis::BoundaryFigures &f = r.boundaries[osecina];
    QCOMPARE(f.cameras, qint64(2 * n));
    QCOMPARE(f.sites, qint64(n));
    QCOMPARE(*f.camerasPer1000, 2 * n * 1000.0 / double(*b.population));
    QCOMPARE(*f.camerasPerKm2, 2 * n / *b.areaKm2);
    QCOMPARE(r.outsideCameras, qint64(0));
}

QTEST_GUILESS_MAIN(TestAggregator)
#include "test_aggregator.moc"
