// Web-Mercator and tile maths, the viewport, label points: checked against known values
// computed independently (Python, the OSM wiki's slippy-map formulas).
#include "maps/geobounds.h"
#include "maps/labelplacer.h"
#include "maps/mercator.h"
#include "maps/polylabel.h"
#include "maps/scalebar.h"
#include "maps/tilemath.h"
#include "maps/viewport.h"

#include <QLocale>
#include <QtTest>
#include <cmath>

using namespace nadzor::maps;

class TestMercator : public QObject {
    Q_OBJECT
private slots:
    void lonLatToMetres_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::newRow("origin") << 0.0 << 0.0 << 0.0 << 0.0;
        QTest::newRow("antimeridian") << 180.0 << 0.0 << 20037508.342789244 << 0.0;
        QTest::newRow("max lat") << 0.0 << 85.05112877980659 << 0.0 << 20037508.342789244;
        // pyproj / the formula x = R·λ, y = R·ln(tan(π/4 + φ/2)).
        QTest::newRow("belgrade") << 20.4573 << 44.8125 << 2277296.2190052355 << 5592051.5898264265;
        QTest::newRow("south-west") << -74.0 << -33.5 << -8237642.318702244 << -3961860.217445748;
    }
    void lonLatToMetres()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(double, x);
        QFETCH(double, y);
        const QPointF m = mercator::lonLatToMetres(lon, lat);
        QVERIFY2(std::abs(m.x() - x) < 1e-3, qPrintable(QString::number(m.x(), 'f', 6)));
        QVERIFY2(std::abs(m.y() - y) < 1e-3, qPrintable(QString::number(m.y(), 'f', 6)));
        const QPointF back = mercator::metresToLonLat(m.x(), m.y());
        QVERIFY(std::abs(back.x() - lon) < 1e-9);
        QVERIFY(std::abs(back.y() - lat) < 1e-9);
        const QPointF w = mercator::metresToWorld(m.x(), m.y());
        const QPointF w2 = mercator::lonLatToWorld(lon, lat);
        QVERIFY(std::abs(w.x() - w2.x()) < 1e-12 && std::abs(w.y() - w2.y()) < 1e-12);
    }

    void latitudeClamped()
    {
        QCOMPARE(mercator::clampLatitude(89.0), mercator::kMaxLatitude);
        QCOMPARE(mercator::clampLatitude(-90.0), -mercator::kMaxLatitude);
        QVERIFY(std::abs(mercator::lonLatToWorld(0, 90).y()) < 1e-12);
        QVERIFY(std::abs(mercator::lonLatToWorld(0, -90).y() - 1.0) < 1e-12);
        QCOMPARE(mercator::wrapLongitude(190.0), -170.0);
        QCOMPARE(mercator::wrapLongitude(-190.0), 170.0);
    }

    void tileForLonLat_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<int>("z");
        QTest::addColumn<int>("x");
        QTest::addColumn<int>("y");
        QTest::newRow("z0") << 20.0 << 44.0 << 0 << 0 << 0;
        // x = floor((lon+180)/360·2^z) = floor(2280.759); y = floor(1476.446) (Python check).
        QTest::newRow("belgrade z12") << 20.4573 << 44.8125 << 12 << 2280 << 1476;
        QTest::newRow("belgrade z15") << 20.46 << 44.815 << 15 << 18246 << 11811;
        QTest::newRow("london z10") << -0.1276 << 51.5072 << 10 << 511 << 340;
        QTest::newRow("north-west corner") << -180.0 << 85.0511 << 3 << 0 << 0;
        QTest::newRow("south-east corner") << 180.0 << -85.0511 << 3 << 7 << 7;
    }
    void tileForLonLat()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(int, z);
        QFETCH(int, x);
        QFETCH(int, y);
        const TileId t = tilemath::tileForLonLat(lon, lat, z);
        QCOMPARE(t.z, z);
        QCOMPARE(t.x, x);
        QCOMPARE(t.y, y);
        const QRectF b = tilemath::tileBoundsLonLat(t);
        QVERIFY(lon >= b.left() - 1e-9 && lon <= b.right() + 1e-9);
        QVERIFY(lat <= b.top() + 1e-9 && lat >= b.bottom() - 1e-9);  // top is north
    }

    void tmsRowFlip()
    {
        QCOMPARE(tilemath::tmsRow(0, 0), 0);
        QCOMPARE(tilemath::tmsRow(1, 0), 1);
        QCOMPARE(tilemath::tmsRow(12, 1476), 2619);
        QCOMPARE(tilemath::tmsRow(12, tilemath::tmsRow(12, 1476)), 1476);
        QCOMPARE(TileId({12, 2280, 1476}).parent(), TileId({11, 1140, 738}));
    }

    void scale_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("mpp");
        QTest::newRow("z0 equator") << 0.0 << 0.0 << 156543.03392804097;
        QTest::newRow("z1 equator") << 1.0 << 0.0 << 78271.51696402048;
        QTest::newRow("z12 lat60") << 12.0 << 60.0 << 19.109257071294063;
        QTest::newRow("z15 belgrade") << 15.0 << 44.815 << 3.38896100296561;
    }
    void scale()
    {
        QFETCH(double, zoom);
        QFETCH(double, lat);
        QFETCH(double, mpp);
        QVERIFY2(std::abs(mercator::metresPerPixel(zoom, lat) - mpp) < 1e-6 * mpp,
                 qPrintable(QString::number(mercator::metresPerPixel(zoom, lat), 'f', 10)));
        QVERIFY(std::abs(mercator::zoomForMetresPerPixel(mpp, lat) - zoom) < 1e-6);
        // 1:N at 96 dpi: metres per pixel / metres per screen pixel (0.0254 / 96).
        const double denom = mercator::scaleDenominator(zoom, lat, 96.0);
        QVERIFY(std::abs(denom - mpp * 96.0 / 0.0254) < 1e-6 * denom);
        QVERIFY(std::abs(mercator::zoomForScaleDenominator(denom, lat, 96.0) - zoom) < 1e-9);
    }

    void zoom0ScaleDenominator()
    {
        // The well-known 1:559,082,264 at zoom 0 on a 0.28 mm pixel (90.714 dpi) screen.
        QVERIFY(std::abs(mercator::scaleDenominator(0, 0, 0.0254 / 0.00028) - 559082264.0287178) < 1.0);
    }

    void tilesCovering()
    {
        // A 512x512 view at zoom 2 whose top-left is global pixel (256, 256): tiles 1..2.
        const tilemath::TileRange r = tilemath::tilesCovering(QRectF(256, 256, 512, 512), 2.0, 2);
        QCOMPARE(r.minX, 1);
        QCOMPARE(r.maxX, 2);
        QCOMPARE(r.minY, 1);
        QCOMPARE(r.maxY, 2);
        QCOMPARE(r.count(), 4);
        // At fractional view zoom 2.5 and tile zoom 2, a tile spans 362 px.
        const tilemath::TileRange f = tilemath::tilesCovering(QRectF(0, 0, 400, 100), 2.5, 2);
        QCOMPARE(f.minX, 0);
        QCOMPARE(f.maxX, 1);
        QCOMPARE(f.maxY, 0);
        // Clamped to the world.
        const tilemath::TileRange c = tilemath::tilesCovering(QRectF(-1000, -1000, 5000, 5000), 1.0, 1);
        QCOMPARE(c.count(), 4);
        const auto order = tilemath::TileRange{3, 0, 2, 0, 2}.tilesCentreFirst();
        QCOMPARE(order.size(), 9);
        QCOMPARE(order.first(), TileId({3, 1, 1}));
        QCOMPARE(tilemath::tileZoomFor(7.3, 0, 19), 7);
        QCOMPARE(tilemath::tileZoomFor(7.6, 0, 19), 8);
        QCOMPARE(tilemath::tileZoomFor(21.0, 0, 19), 19);
    }

    void viewportConversions()
    {
        Viewport v(20.46, 44.815, 15.0, QSize(800, 600));
        const QPointF c = v.lonLatToScreen(20.46, 44.815);
        QVERIFY(std::abs(c.x() - 400) < 1e-6 && std::abs(c.y() - 300) < 1e-6);
        const auto ll = v.screenToLonLat(QPointF(123.5, 456.25));
        const QPointF back = v.lonLatToScreen(ll);
        QVERIFY(std::abs(back.x() - 123.5) < 1e-6 && std::abs(back.y() - 456.25) < 1e-6);
        // 100 px east at zoom 15 is 100 · 360 / (256 · 2^15) degrees.
        const auto east = v.screenToLonLat(QPointF(500, 300));
        QVERIFY(std::abs(east.lon - (20.46 + 100 * 360.0 / (256.0 * 32768.0))) < 1e-12);
        const GeoBounds b = v.visibleBounds();
        QVERIFY(b.contains(20.46, 44.815));
        QVERIFY(b.west < 20.46 && b.east > 20.46 && b.south < 44.815 && b.north > 44.815);
        QVERIFY(std::abs(b.width() - 800 * 360.0 / (256.0 * 32768.0)) < 1e-12);
        QVERIFY(std::abs(v.metresPerPixel() - 3.38896100296561) < 1e-6);
    }

    void zoomAtKeepsAnchor_data()
    {
        QTest::addColumn<QPointF>("anchor");
        QTest::addColumn<double>("delta");
        QTest::newRow("in at corner") << QPointF(10, 20) << 1.0;
        QTest::newRow("out at centre") << QPointF(400, 300) << -2.5;
        QTest::newRow("fractional") << QPointF(777, 11) << 0.37;
    }
    void zoomAtKeepsAnchor()
    {
        QFETCH(QPointF, anchor);
        QFETCH(double, delta);
        Viewport v(20.9, 44.2, 8.0, QSize(800, 600));
        const auto before = v.screenToLonLat(anchor);
        v.zoomAt(anchor, delta);
        QCOMPARE(v.zoom(), 8.0 + delta);
        const QPointF after = v.lonLatToScreen(before);
        QVERIFY2(QLineF(after, anchor).length() < 1e-6, qPrintable(QStringLiteral("%1,%2").arg(after.x()).arg(after.y())));
    }

    void panAndFit()
    {
        Viewport v(20.0, 44.0, 10.0, QSize(800, 600));
        v.panBy(QPointF(100, 0));  // content right: centre west
        QVERIFY(std::abs(v.centre().lon - (20.0 - 100 * 360.0 / (256.0 * 1024.0))) < 1e-12);
        QVERIFY(std::abs(v.centre().lat - 44.0) < 1e-12);
        v.panBy(QPointF(0, -50));  // content up: centre south
        QVERIFY(v.centre().lat < 44.0);

        const GeoBounds serbia = GeoBounds::fromCorners(18.81, 42.23, 23.01, 46.19);
        v.fitBounds(serbia, 20);
        const QPointF nw = v.lonLatToScreen(serbia.west, serbia.north);
        const QPointF se = v.lonLatToScreen(serbia.east, serbia.south);
        QVERIFY(nw.x() >= 19.99 && nw.y() >= 19.99 && se.x() <= 780.01 && se.y() <= 580.01);
        // Tight in one direction.
        QVERIFY(std::abs(nw.y() - 20) < 1e-6 || std::abs(nw.x() - 20) < 1e-6);
        QVERIFY(v.zoom() > 6.5 && v.zoom() < 7.5);

        const Viewport big = v.scaledTo(QSize(1600, 1200));
        QCOMPARE(big.zoom(), v.zoom() + 1.0);
        QVERIFY(std::abs(big.visibleBounds().west - v.visibleBounds().west) < 1e-9);
    }

    void scaleBar()
    {
        // Numbers follow the default locale (the installed language's); C here.
        QLocale::setDefault(QLocale::c());
        Viewport v(0, 0, 0, QSize(800, 600));
        const ScaleBar::Spec s = ScaleBar::compute(v, 100);
        // 100 px at zoom 0 = 15654 km: the bar is 10000 km (63.9 px).
        QCOMPARE(s.metres, 10000000.0);
        QCOMPARE(s.label, QStringLiteral("10000 km"));
        QVERIFY(std::abs(s.pixels - 10000000.0 / 156543.03392804097) < 1e-9);
        Viewport street(20.46, 44.815, 17, QSize(800, 600));
        const ScaleBar::Spec t = ScaleBar::compute(street, 100);
        QCOMPARE(t.label, QStringLiteral("50 m"));
        QCOMPARE(ScaleBar::formatDistance(2500), QStringLiteral("2.5 km"));
        // Serbian numbers: a decimal comma and a dot between thousands (the unit's
        // translation is tested with the reports in tests/i18n).
        QLocale::setDefault(QLocale(QLocale::Serbian, QLocale::CyrillicScript, QLocale::Serbia));
        QCOMPARE(ScaleBar::formatDistance(2500), QStringLiteral("2,5 km"));
        QCOMPARE(ScaleBar::formatDistance(10000000), QStringLiteral("10.000 km"));
        QLocale::setDefault(QLocale::c());
    }

    void poleOfInaccessibility()
    {
        // An L shape: the pole is in the thick corner, inside the polygon, unlike the bbox centre.
        const QVector<QPointF> l = {{0, 0}, {10, 0}, {10, 2}, {2, 2}, {2, 10}, {0, 10}};
        double d = 0;
        const QPointF p = nadzor::maps::poleOfInaccessibility({l}, 0.01, &d);
        QVERIFY(signedDistanceToPolygon(p, {l}) > 0);
        QVERIFY2(d > 1.1 && d < 1.2, qPrintable(QString::number(d)));  // (t, t) with t = sqrt(2)(2 - t)
        QVERIFY(signedDistanceToPolygon(QPointF(5, 5), {l}) < 0);  // the bbox centre is outside
        // A square: its centre.
        const QPointF c = nadzor::maps::poleOfInaccessibility({{{0, 0}, {4, 0}, {4, 4}, {0, 4}}}, 0.001);
        QVERIFY(QLineF(c, QPointF(2, 2)).length() < 0.01);
    }

    void labelCollisions()
    {
        LabelPlacer placer(50);
        QVERIFY(placer.tryPlace(QRectF(0, 0, 100, 20)));
        QVERIFY(!placer.tryPlace(QRectF(90, 10, 100, 20)));
        QVERIFY(placer.tryPlace(QRectF(0, 30, 100, 20)));
        QVERIFY(!placer.tryPlace(QRectF(0, 52, 100, 20), 3.0));  // margin
        QCOMPARE(placer.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestMercator)
#include "test_mercator.moc"
