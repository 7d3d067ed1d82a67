// The join of the Serbian sources (geoBoundaries ADM2, RZS population, RZS/SORS codes) and the
// bundled layer compiled into the build. Expected values were checked by hand against the CSVs.
#include "boundaries/geodesicarea.h"
#include "boundaries/serbianlayer.h"
#include "boundaries/serbiansources.h"

#include <QtTest>

using namespace nadzor;
using namespace nadzor::boundaries;

namespace {

const SerbianMunicipality *findBySource(const SerbianJoin &join, const QString &sourceName)
{
    for (const SerbianMunicipality &m : join.municipalities) {
        if (m.sourceName == sourceName)
            return &m;
    }
    return nullptr;
}

const domain::Boundary *findByName(const domain::BoundaryLayer &layer, const QString &name)
{
    for (const domain::Boundary &b : layer.boundaries) {
        if (b.name == name)
            return &b;
    }
    return nullptr;
}

} // namespace

class TestSerbianLayer : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void joinReportCounts();
    void municipalities_data();
    void municipalities();
    void areasAgainstOfficialFigures();
    void reportText();
    void bundledLayer();
    void bundledLayerMatchesSources();
    void bundledGeoJsonErrors();

private:
    std::optional<SerbianJoin> m_join;
};

void TestSerbianLayer::initTestCase()
{
    auto join = joinSerbianSources(QStringLiteral(NADZOR_SOURCE_DIR "/resources/geodata/sources"));
    QVERIFY2(join.ok(), qPrintable(join.errorString()));
    m_join = join.take();
}

void TestSerbianLayer::joinReportCounts()
{
    const JoinReport &r = m_join->report;
    QCOMPARE(r.boundaryCount, 145);
    QCOMPARE(r.populationYear, 2020);  // the latest year in all_data_lat.csv (2011-2020)
    // Every one of the 145 polygons finds its RZS row (each checked by hand).
    QCOMPARE(r.matchedCount(), 145);
    QVERIFY2(r.unmatchedBoundaries.isEmpty(), qPrintable(r.unmatchedBoundaries.join(", ")));
    QVERIFY2(r.ambiguous.isEmpty(), qPrintable(r.ambiguous.join(", ")));
    QVERIFY2(r.unmatchedPopulationRows.isEmpty(), qPrintable(r.unmatchedPopulationRows.join(", ")));
    // 175 RZS units = 145 matched + 30 city municipalities of Beograd (17), Niš (5), Novi Sad,
    // Požarevac, Užice and Vranje (2 each), which the boundary file does not split.
    QCOMPARE(r.cityMunicipalityRows.size(), 30);
    QVERIFY(r.cityMunicipalityRows.contains(QStringLiteral("Beograd-Zemun")));
    QVERIFY(r.cityMunicipalityRows.contains(QStringLiteral("Novi Sad-Petrovaradin")));
    // Codes: all 145 from the SORS roster; its Kosovo rows and the city municipalities are unused.
    QCOMPARE(r.codesMatched.size(), 145);
    QVERIFY2(r.boundariesWithoutCode.isEmpty(), qPrintable(r.boundariesWithoutCode.join(", ")));
    QVERIFY(r.ambiguousCodes.isEmpty());
    int kosovo = 0;
    for (const QString &line : r.unusedCodeRows) {
        QVERIFY2(!line.endsWith(QStringLiteral("no boundary matched")), qPrintable(line));
        kosovo += line.contains(QStringLiteral("Kosovo")) ? 1 : 0;
    }
    QCOMPARE(kosovo, 29);
    // 198 roster rows: 139 used as municipality codes, 6 city codes taken from the "city" column
    // (Beograd, Niš, Novi Sad, Požarevac, Užice, Vranje), 29 Kosovo rows and 30 city
    // municipalities left: 198 - 139 = 59.
    QCOMPARE(r.unusedCodeRows.size(), 59);
}

void TestSerbianLayer::municipalities_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("cyrillic");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("population");
    QTest::addColumn<QString>("row");
    // Populations: "07. Broj stanovnika" of 2020 in all_data_lat.csv.
    QTest::newRow("Osečina") << "Osecina Municipality" << "Osečina" << "Осечина" << "70882" << qint64(10717) << "Osečina";
    QTest::newRow("Bečej") << "Becej Municipality" << "Bečej" << "Бечеј" << "80110" << qint64(34675) << "Bečej";
    QTest::newRow("Belgrade") << "Belgrade" << "Beograd" << "Београд" << "79014" << qint64(1694480) << "Beograd - grad";
    QTest::newRow("Niš") << "Nis City" << "Niš" << "Ниш" << "79022" << qint64(254723) << "Niš - grad";
    QTest::newRow("Novi Sad") << "Novi Sad City" << "Novi Sad" << "Нови Сад" << "89010" << qint64(362675) << "Novi Sad - grad";
    QTest::newRow("Aranđelovac") << "Arandjelovac Municipality" << "Aranđelovac" << "Аранђеловац" << "70033" << qint64(42766) << "Aranđelovac";
    QTest::newRow("Smederevska Palanka") << "Smederevska Palanka Municipal*" << "Smederevska Palanka"
                                         << "Смедеревска Паланка" << "71102" << qint64(0) << "Smederevska Palanka";
    QTest::newRow("Petrovac na Mlavi") << "Petrovac-na-Mlavi Municipality" << "Petrovac na Mlavi"
                                       << "Петровац на Млави" << "70912" << qint64(0) << "Petrovac na Mlavi";
    QTest::newRow("Pančevo") << "Pancevo City" << "Pančevo" << "Панчево" << "80314" << qint64(0) << "Pančevo";
    QTest::newRow("Kragujevac") << "Kragujevac City" << "Kragujevac" << "Крагујевац" << "70645" << qint64(175716) << "Kragujevac - grad";
}

void TestSerbianLayer::municipalities()
{
    QFETCH(QString, source);
    QFETCH(QString, name);
    QFETCH(QString, cyrillic);
    QFETCH(QString, code);
    QFETCH(qint64, population);
    QFETCH(QString, row);
    const SerbianMunicipality *m = findBySource(*m_join, source);
    QVERIFY(m);
    QCOMPARE(m->boundary.name, name);
    QCOMPARE(m->nameCyrillic, cyrillic);
    QCOMPARE(m->boundary.code, code);
    QCOMPARE(m->populationRow, row);
    QVERIFY(m->boundary.population.has_value());
    if (population > 0)
        QCOMPARE(*m->boundary.population, population);
    QVERIFY(m->boundary.areaKm2.has_value());
}

void TestSerbianLayer::areasAgainstOfficialFigures()
{
    const JoinReport &r = m_join->report;
    // RZS's "01. Povrsina" (2020) of the 145 units sums to 77,589 km² (Serbia without Kosovo and
    // Metohija); the geodesic area of the OSM-derived polygons (77,605.6 km²) agrees within 0.1 %
    // (single municipalities differ by up to 7 %: OSM's lines are not the cadastre's).
    QCOMPARE(r.officialTotalKm2, 77589.0);
    QVERIFY2(qAbs(r.geodesicTotalKm2 - r.officialTotalKm2) / r.officialTotalKm2 < 0.001,
             qPrintable(QString::number(r.geodesicTotalKm2, 'f', 1)));
    // Osečina: RZS 319 km².
    const SerbianMunicipality *osecina = findBySource(*m_join, QStringLiteral("Osecina Municipality"));
    QVERIFY(osecina && osecina->officialAreaKm2);
    QCOMPARE(*osecina->officialAreaKm2, 319.0);
    QVERIFY2(qAbs(*osecina->boundary.areaKm2 - 319.0) / 319.0 < 0.02, qPrintable(QString::number(*osecina->boundary.areaKm2)));
}

void TestSerbianLayer::reportText()
{
    const QString text = m_join->report.toText();
    QVERIFY(text.startsWith(QStringLiteral("Join report: 145 boundaries; population year 2020")));
    QVERIFY(text.contains(QStringLiteral("Population matched: 145 of 145")));
    QVERIFY(text.contains(QStringLiteral("Belgrade -> Beograd - grad")));
    QVERIFY(text.contains(QStringLiteral("Osecina Municipality -> 70882 (Осечина)")));
}

void TestSerbianLayer::bundledLayer()
{
    const auto result = bundledSerbianLayer();
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    const domain::BoundaryLayer &layer = result.value();
    QCOMPARE(layer.name, QStringLiteral("Serbian municipalities"));
    QCOMPARE(layer.boundaries.size(), 145);
    // Recognised as the bundle (for showing its name and credits in the interface language);
    // without a translator its texts stay as stored; a layer of the user's own is left alone.
    QVERIFY(isBundledSerbianLayer(layer));
    const domain::BoundaryLayer shown = localisedSerbianLayer(layer);
    QCOMPARE(shown.name, layer.name);
    QCOMPARE(shown.source, layer.source);
    QCOMPARE(shown.attribution, layer.attribution);
    domain::BoundaryLayer own = layer;
    own.name = QStringLiteral("Opštine (moj sloj)");
    QVERIFY(!isBundledSerbianLayer(own));
    QCOMPARE(localisedSerbianLayer(own).name, own.name);
    own = layer;
    own.attribution = QStringLiteral("my own survey");
    QVERIFY(!isBundledSerbianLayer(own));
    for (const QString &part : {QStringLiteral("© OpenStreetMap contributors"), QStringLiteral("ODbL 1.0"),
                                QStringLiteral("geoBoundaries"), QStringLiteral("Runfola et al. 2020"),
                                QStringLiteral("population 2020"), QStringLiteral("RZS"), QStringLiteral("SORS")})
        QVERIFY2(layer.attribution.contains(part), qPrintable(part));
    for (const domain::Boundary &b : layer.boundaries) {
        QVERIFY(!b.name.isEmpty());
        QVERIFY2(!b.code.isEmpty(), qPrintable(b.name));
        QVERIFY2(b.population.has_value() && *b.population > 0, qPrintable(b.name));
        QVERIFY2(b.areaKm2.has_value() && *b.areaKm2 > 0, qPrintable(b.name));
        QVERIFY(!b.geometry.isEmpty());
        // The stored area is the geodesic area; coordinates were rounded to 6 decimals (~0.1 m).
        QVERIFY2(qAbs(geodesicAreaKm2(b.geometry) - *b.areaKm2) < 0.01 + *b.areaKm2 * 1e-5, qPrintable(b.name));
    }
    const domain::Boundary *osecina = findByName(layer, QStringLiteral("Osečina"));
    QVERIFY(osecina);
    QCOMPARE(osecina->code, QStringLiteral("70882"));
    QCOMPARE(osecina->population, std::optional<qint64>(10717));
    const domain::Boundary *beograd = findByName(layer, QStringLiteral("Beograd"));
    QVERIFY(beograd);
    QCOMPARE(beograd->code, QStringLiteral("79014"));
    QCOMPARE(beograd->population, std::optional<qint64>(1694480));
    // Rings are stored without their closing vertex.
    const domain::Ring &ring = osecina->geometry.first().rings.first();
    QVERIFY(ring.first() != ring.last());
}

void TestSerbianLayer::bundledLayerMatchesSources()
{
    // The committed GeoJSON is what the sources give today.
    const auto result = bundledSerbianLayer();
    QVERIFY(result.ok());
    const domain::BoundaryLayer &layer = result.value();
    QCOMPARE(layer.boundaries.size(), m_join->municipalities.size());
    for (int i = 0; i < layer.boundaries.size(); ++i) {
        const domain::Boundary &bundled = layer.boundaries.at(i);
        const domain::Boundary &joined = m_join->municipalities.at(i).boundary;
        QCOMPARE(bundled.name, joined.name);
        QCOMPARE(bundled.code, joined.code);
        QCOMPARE(bundled.population, joined.population);
        QVERIFY(qAbs(*bundled.areaKm2 - *joined.areaKm2) < 0.001);
    }
}

void TestSerbianLayer::bundledGeoJsonErrors()
{
    auto r = readBundledGeoJson("{\"type\":\"FeatureCollection\",", QStringLiteral("broken.geojson"));
    QVERIFY(!r.ok());
    QVERIFY(r.errorString().startsWith(QStringLiteral("broken.geojson: not valid JSON")));
    r = readBundledGeoJson(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Tačka"},)"
                           R"("geometry":{"type":"Point","coordinates":[20,44]}}]})",
                           QStringLiteral("point.geojson"));
    QVERIFY(!r.ok());
    QVERIFY2(r.errorString().contains(QStringLiteral("feature 1 'Tačka' is a Point")), qPrintable(r.errorString()));
    r = readBundledGeoJson(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"A","code":"1",)"
                           R"("population":5,"population_year":2020,"area_km2":1.5},)"
                           R"("geometry":{"type":"Polygon","coordinates":[[[20,44],[21,44],[21,45],[20,44]]]}}]})",
                           QStringLiteral("one.geojson"));
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(r.value().boundaries.first().geometry.first().rings.first().size(), 3);
    QVERIFY(r.value().attribution.contains(QStringLiteral("population 2020")));
}

QTEST_GUILESS_MAIN(TestSerbianLayer)
#include "test_serbianlayer.moc"
