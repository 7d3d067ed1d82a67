// The pieces behind the main window's panels: the density table's sorting and filtering, the
// choropleth's classes and legend, and the heatmap grid handed to the map.
#include "analysis/colorramp.h"
#include "analysis/heatmap.h"
#include "ui/choroplethstyle.h"
#include "ui/densityproxymodel.h"
#include "ui/densitytablemodel.h"
#include "ui/heatmapbuilder.h"

#include <QTest>
#include <cmath>

using namespace nadzor;

namespace {

analysis::BoundaryFigures figures(int index, const QString &name, qint64 cameras, std::optional<qint64> population)
{
    analysis::BoundaryFigures f;
    f.index = index;
    f.name = name;
    f.cameras = cameras;
    f.sites = cameras;
    f.population = population;
    f.areaKm2 = 100.0;
    f.camerasPerKm2 = cameras / 100.0;
    if (population && *population > 0) {
        f.camerasPer1000 = cameras * 1000.0 / double(*population);
        if (cameras > 0)
            f.inhabitantsPerCamera = double(*population) / double(cameras);
    }
    return f;
}

// Per 1,000: A 1.0, B 2.0, C 3.0, D 10.0, E 20.0, F unknown (no population).
analysis::Aggregation sample()
{
    analysis::Aggregation a;
    a.boundaries << figures(0, QStringLiteral("A"), 10, 10000) << figures(1, QStringLiteral("B"), 20, 10000)
                 << figures(2, QStringLiteral("C"), 30, 10000) << figures(3, QStringLiteral("D"), 100, 10000)
                 << figures(4, QStringLiteral("E"), 200, 10000) << figures(5, QStringLiteral("F"), 5, std::nullopt);
    for (const auto &f : a.boundaries)
        a.cameras += f.cameras;
    a.sites = a.cameras;
    return a;
}

const QVector<qint64> kIds = {101, 102, 103, 104, 105, 106};

} // namespace

class TestPanels : public QObject {
    Q_OBJECT

private slots:
    void densitySortNumericUnknownLast_data();
    void densitySortNumericUnknownLast();
    void densityTableFormats();
    void choroplethClassesAndLegend();
    void choroplethReversedForInhabitantsPerCamera();
    void choroplethAllEqual();
    void heatmapRowsRegularInLatitude();
    void heatmapComputesOverView();
};

void TestPanels::densitySortNumericUnknownLast_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("ascending") << int(Qt::AscendingOrder) << QStringList{"A", "B", "C", "D", "E", "F"};
    QTest::newRow("descending") << int(Qt::DescendingOrder) << QStringList{"E", "D", "C", "B", "A", "F"};
}

void TestPanels::densitySortNumericUnknownLast()
{
    QFETCH(int, order);
    QFETCH(QStringList, expected);
    ui::DensityTableModel model;
    model.setAggregation(sample(), kIds);
    ui::DensityProxyModel proxy;
    proxy.setSourceModel(&model);
    // "10.000" and "20.000" sort before "2.000" as text; as numbers they come after.
    proxy.sort(ui::DensityTableModel::Per1000, Qt::SortOrder(order));
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names << proxy.index(row, ui::DensityTableModel::Name).data().toString();
    QCOMPARE(names, expected);
    QCOMPARE(proxy.index(5, ui::DensityTableModel::Per1000).data().toString(), QStringLiteral("–"));
    QCOMPARE(proxy.index(0, 0).data(ui::DensityTableModel::BoundaryIdRole).toLongLong(),
             order == Qt::AscendingOrder ? qint64(101) : qint64(105));
}

void TestPanels::densityTableFormats()
{
    ui::DensityTableModel model;
    analysis::Aggregation a = sample();
    a.boundaries[4].population = 1694480;
    a.boundaries[4].areaKm2 = 3243.04;
    model.setAggregation(a, kIds);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(ui::DensityTableModel::ColumnCount));
    QCOMPARE(model.index(4, ui::DensityTableModel::Population).data().toString(), QStringLiteral("1,694,480"));
    QCOMPARE(model.index(4, ui::DensityTableModel::Area).data().toString(), QStringLiteral("3,243.0"));
    QCOMPARE(model.index(4, ui::DensityTableModel::Population).data(ui::DensityTableModel::SortRole).toDouble(), 1694480.0);
    QCOMPARE(model.index(0, ui::DensityTableModel::Per1000).data().toString(), QStringLiteral("1.000"));
    QCOMPARE(model.index(0, ui::DensityTableModel::InhabitantsPerCamera).data().toString(), QStringLiteral("1,000"));
    QVERIFY(!model.index(5, ui::DensityTableModel::InhabitantsPerCamera).data(ui::DensityTableModel::SortRole).isValid());
}

void TestPanels::choroplethClassesAndLegend()
{
    const ui::ChoroplethStyle style = ui::ChoroplethStyle::build(
        sample(), kIds, ui::DensityMetric::CamerasPer1000, analysis::ClassificationMethod::EqualInterval, 3);
    // Equal intervals over [1, 20]: (1, 7.33], (7.33, 13.67], (13.67, 20].
    QCOMPARE(style.classifier.classCount(), 3);
    const QVector<QColor> ramp = analysis::ColorRamp(analysis::ColorRamp::Scheme::YlOrRd).colors(3);
    QCOMPARE(style.colors.size(), 6);
    QCOMPARE(style.colors.value(101), ramp.at(0));
    QCOMPARE(style.colors.value(102), ramp.at(0));
    QCOMPARE(style.colors.value(103), ramp.at(0));
    QCOMPARE(style.colors.value(104), ramp.at(1));
    QCOMPARE(style.colors.value(105), ramp.at(2));
    QCOMPARE(style.colors.value(106), ui::ChoroplethStyle::noDataColor());
    QCOMPARE(style.legend.title, QStringLiteral("Cameras per 1,000 inhabitants"));
    QCOMPARE(style.legend.entries.size(), 4);
    QCOMPARE(style.legend.entries.last().label, QStringLiteral("No data"));
    QCOMPARE(style.legend.entries.first().color, ramp.at(0));
}

void TestPanels::choroplethReversedForInhabitantsPerCamera()
{
    const ui::ChoroplethStyle style = ui::ChoroplethStyle::build(
        sample(), kIds, ui::DensityMetric::InhabitantsPerCamera, analysis::ClassificationMethod::Quantile, 5);
    const QVector<QColor> ramp = analysis::ColorRamp(analysis::ColorRamp::Scheme::YlOrRd).colors(5);
    // Darker means more surveillance: E (50 inhabitants per camera) is darkest, A (1,000 per
    // camera) lightest; F has no population and so no figure.
    QCOMPARE(style.colors.value(105), ramp.last());
    QCOMPARE(style.colors.value(101), ramp.first());
    QCOMPARE(style.legend.entries.last().label, QStringLiteral("No cameras"));
}

void TestPanels::choroplethAllEqual()
{
    analysis::Aggregation a;
    for (int i = 0; i < 4; ++i)
        a.boundaries << figures(i, QStringLiteral("M%1").arg(i), 0, 5000);
    const ui::ChoroplethStyle style = ui::ChoroplethStyle::build(
        a, {1, 2, 3, 4}, ui::DensityMetric::CamerasPer1000, analysis::ClassificationMethod::NaturalBreaks, 5);
    QCOMPARE(style.colors.size(), 4);
    QCOMPARE(style.legend.entries.size(), 1);
    QCOMPARE(style.legend.entries.first().label, QStringLiteral("0 (all)"));
}

void TestPanels::heatmapRowsRegularInLatitude()
{
    // A source grid whose value is its own row index: after resampling, each row's value is the
    // (fractional) source row at that row's latitude, which maps back to the same latitude.
    analysis::HeatmapGrid grid;
    grid.width = 2;
    grid.height = 60;
    grid.west = 10.0;
    grid.east = 20.0;
    grid.north = 60.0;
    grid.south = 0.0;
    grid.values.resize(grid.width * grid.height);
    for (int r = 0; r < grid.height; ++r)
        for (int c = 0; c < grid.width; ++c)
            grid.values[r * grid.width + c] = float(r);

    const maps::HeatmapGrid out = ui::HeatmapBuilder::toMapGrid(grid);
    QVERIFY(out.isValid());
    QCOMPARE(out.columns, 2);
    QCOMPARE(out.rows, 60);
    QCOMPARE(out.bounds.north, 60.0);
    QCOMPARE(out.bounds.south, 0.0);
    const double yN = analysis::Heatmap::mercatorY(60.0);
    const double yS = analysis::Heatmap::mercatorY(0.0);
    int checked = 0;
    for (int r = 0; r < out.rows; ++r) {
        const double v = out.values.at(r * 2);
        QCOMPARE(out.values.at(r * 2 + 1), float(v));
        if (v <= 0.0 || v >= grid.height - 1)
            continue;  // clamped at the edges
        const double lat = analysis::Heatmap::latitudeOfMercatorY(yN - (v + 0.5) / grid.height * (yN - yS));
        const double expected = 60.0 - (r + 0.5);
        QVERIFY2(std::abs(lat - expected) < 1e-3, qPrintable(QStringLiteral("row %1: %2 vs %3").arg(r).arg(lat).arg(expected)));
        ++checked;
    }
    QVERIFY(checked > 50);
    // Mercator stretches the north: latitude 29.5° (the middle row in latitude) lies south of
    // the Mercator middle (about 35.2°), so it samples a source row past 30.
    QVERIFY(out.values.at(2 * 30) > 30.0f);
}

void TestPanels::heatmapComputesOverView()
{
    ui::HeatmapRequest request;
    domain::Site site;
    site.position = {20.46, 44.81};
    site.cameras << domain::Camera() << domain::Camera();
    domain::Site removed;
    removed.position = {20.0, 44.5};
    domain::Camera gone;
    gone.status = domain::VerificationStatus::Removed;
    removed.cameras << gone;
    request.sites << site << removed;
    request.bounds = maps::GeoBounds::fromCorners(19.5, 44.0, 21.5, 45.5);
    request.width = 200;
    request.radiusMetres = 5000;
    const ui::HeatmapResult result = ui::HeatmapBuilder::compute(request);
    QVERIFY(result.grid.isValid());
    QCOMPARE(result.grid.columns, 200);
    QVERIFY(result.maxValue > 0.0f);
    // The grid covers the view grown by the radius.
    QVERIFY(result.grid.bounds.west < 19.5 && result.grid.bounds.east > 21.5);
    // The hot spot is at the site with two cameras, none at the removed camera.
    const auto valueAt = [&](double lon, double lat) {
        const int c = int((lon - result.grid.bounds.west) / result.grid.bounds.width() * result.grid.columns);
        const int r = int((result.grid.bounds.north - lat) / result.grid.bounds.height() * result.grid.rows);
        return result.grid.values.at(r * result.grid.columns + c);
    };
    QVERIFY(valueAt(20.46, 44.81) > 0.5f * result.maxValue);
    QCOMPARE(valueAt(20.0, 44.5), 0.0f);
}

QTEST_MAIN(TestPanels)
#include "test_panels.moc"
