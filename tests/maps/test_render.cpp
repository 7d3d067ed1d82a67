// The renderer: a fixed scene (two polygons, three cameras, one with a field-of-view cone)
// compared with a committed reference image within a tolerance, exact colours at known points,
// DPI scaling, clustering, hit-testing, and the same path into SVG and PDF.
#include "maps/attribution.h"
#include "maps/boundarylayer.h"
#include "maps/cameralayer.h"
#include "maps/choroplethlayer.h"
#include "maps/heatmaplayer.h"
#include "maps/maprenderer.h"
#include "maps/rastertilecache.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QSvgGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace nadzor::maps;
using nadzor::domain::Boundary;
using DomainBoundaries = nadzor::domain::BoundaryLayer;

namespace {

const Viewport kView(20.46, 44.815, 16.0, QSize(400, 300));

nadzor::domain::Ring ringFromPixels(const QRectF &r)
{
    nadzor::domain::Ring ring;
    for (const QPointF &p : {r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()}) {
        const auto ll = kView.screenToLonLat(p);
        ring.append(QPointF(ll.lon, ll.lat));
    }
    return ring;
}

DomainBoundaries sceneBoundaries()
{
    DomainBoundaries layer;
    layer.attribution = QStringLiteral("© Test boundaries");
    Boundary a;
    a.id = 1;
    a.name = QStringLiteral("Alpha");
    a.geometry = {nadzor::domain::Polygon{{ringFromPixels(QRectF(40, 40, 150, 220))}}};
    Boundary b;
    b.id = 2;
    b.name = QStringLiteral("Beta");
    // A square with a hole.
    b.geometry = {nadzor::domain::Polygon{{ringFromPixels(QRectF(210, 40, 150, 220)), ringFromPixels(QRectF(320, 220, 30, 30))}}};
    layer.boundaries = {a, b};
    return layer;
}

CameraSymbol cameraAtPixel(qint64 id, const QPointF &px, CameraKind kind, int status, int face = 0,
                           float direction = std::nanf(""), float angle = std::nanf(""))
{
    const auto ll = kView.screenToLonLat(px);
    CameraSymbol s;
    s.lon = ll.lon;
    s.lat = ll.lat;
    s.id = id;
    s.kind = quint8(kind);
    s.status = quint8(status);
    s.face = quint8(face);
    s.direction = direction;
    s.angle = angle;
    return s;
}

QVector<CameraSymbol> sceneCameras()
{
    return {cameraAtPixel(1, QPointF(100, 200), CameraKind::Camera, 1, 0, 90.0f, 60.0f),
            cameraAtPixel(2, QPointF(280, 100), CameraKind::Dome, 0, 0, 200.0f),
            cameraAtPixel(3, QPointF(300, 180), CameraKind::Alpr, 2, 3)};
}

struct Scene {
    LayerStack stack;
    std::shared_ptr<nadzor::maps::BoundaryLayer> boundaries = std::make_shared<nadzor::maps::BoundaryLayer>();
    std::shared_ptr<CameraLayer> cameras = std::make_shared<CameraLayer>();
    Scene()
    {
        boundaries->setBoundaries(sceneBoundaries());
        cameras->setCameras(sceneCameras());
        cameras->setZOrder(10);
        stack.addLayer(boundaries);
        stack.addLayer(cameras);
    }
};

bool near(const QColor &a, const QColor &b, int tol = 6)
{
    return std::abs(a.red() - b.red()) <= tol && std::abs(a.green() - b.green()) <= tol
        && std::abs(a.blue() - b.blue()) <= tol;
}

QString describe(const QColor &c)
{
    return QStringLiteral("(%1,%2,%3,%4)").arg(c.red()).arg(c.green()).arg(c.blue()).arg(c.alpha());
}

// A patchwork of 48 named, jittered quadrilaterals sharing their corners (like municipalities)
// around Belgrade, a few degrees wide.
DomainBoundaries patchwork()
{
    DomainBoundaries layer;
    layer.attribution = QStringLiteral("© Test patchwork");
    QRandomGenerator rng(11);
    const int cols = 8, rows = 6;
    QVector<QPointF> corners;
    for (int y = 0; y <= rows; ++y)
        for (int x = 0; x <= cols; ++x) {
            const bool edge = x == 0 || y == 0 || x == cols || y == rows;
            const double jx = edge ? 0.0 : (rng.generateDouble() - 0.5) * 0.25;
            const double jy = edge ? 0.0 : (rng.generateDouble() - 0.5) * 0.2;
            corners.append(QPointF(19.0 + x * 0.5 + jx, 45.5 - y * 0.4 + jy));
        }
    auto at = [&](int x, int y) { return corners[y * (cols + 1) + x]; };
    qint64 id = 1;
    for (int y = 0; y < rows; ++y)
        for (int x = 0; x < cols; ++x) {
            Boundary b;
            b.id = id;
            b.name = QStringLiteral("Opština %1").arg(id);
            ++id;
            b.geometry = {nadzor::domain::Polygon{{{at(x, y), at(x + 1, y), at(x + 1, y + 1), at(x, y + 1)}}}};
            layer.boundaries.append(b);
        }
    return layer;
}

QImage blankImage(QSize size)
{
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.setDotsPerMeterX(3780);
    img.setDotsPerMeterY(3780);
    img.fill(Qt::transparent);
    return img;
}

// Paints a layer as the canvas's worker does (cached) or as an export does (vectors).
QImage paintLayer(const Layer &layer, const Viewport &viewport, bool cached)
{
    QImage img = blankImage(viewport.size());
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    RenderContext context;
    context.rasterCache = cached;
    layer.snapshot()->render(p, viewport, context);
    return img;
}

// Share of pixels whose premultiplied channels differ by more than `tolerance`.
double differingShare(const QImage &a, const QImage &b, int tolerance)
{
    qint64 differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *pa = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *pb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x)
            if (std::abs(qRed(pa[x]) - qRed(pb[x])) > tolerance || std::abs(qGreen(pa[x]) - qGreen(pb[x])) > tolerance
                || std::abs(qBlue(pa[x]) - qBlue(pb[x])) > tolerance || std::abs(qAlpha(pa[x]) - qAlpha(pb[x])) > tolerance)
                ++differing;
    }
    return double(differing) / (a.width() * a.height());
}

} // namespace

class TestRender : public QObject {
    Q_OBJECT
private slots:
    void referenceImage()
    {
        Scene scene;
        const QImage img = MapRenderer().renderImage(kView, scene.stack, 96.0).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(img.size(), QSize(400, 300));
        img.save(QDir::temp().filePath(QStringLiteral("nadzor-test-render.png")));
        const QString refPath = QStringLiteral(NADZOR_FIXTURES "/render-scene.png");
        if (qEnvironmentVariableIsSet("NADZOR_UPDATE_FIXTURES")) {
            QVERIFY(img.save(refPath));
            qWarning("reference image written to %s", qPrintable(refPath));
        }
        QImage ref(refPath);
        QVERIFY2(!ref.isNull(), "tests/maps/fixtures/render-scene.png is missing (NADZOR_UPDATE_FIXTURES=1 writes it)");
        ref = ref.convertToFormat(QImage::Format_RGB32);
        QCOMPARE(ref.size(), img.size());
        // Fonts and antialiasing vary between machines: a per-channel tolerance and a small
        // share of pixels allowed to differ beyond it.
        const int tolerance = 40;
        qint64 differing = 0;
        for (int y = 0; y < img.height(); ++y) {
            const auto *a = reinterpret_cast<const QRgb *>(img.constScanLine(y));
            const auto *b = reinterpret_cast<const QRgb *>(ref.constScanLine(y));
            for (int x = 0; x < img.width(); ++x)
                if (std::abs(qRed(a[x]) - qRed(b[x])) > tolerance || std::abs(qGreen(a[x]) - qGreen(b[x])) > tolerance
                    || std::abs(qBlue(a[x]) - qBlue(b[x])) > tolerance)
                    ++differing;
        }
        const double share = double(differing) / (img.width() * img.height());
        QVERIFY2(share < 0.02, qPrintable(QStringLiteral("%1% of pixels differ").arg(share * 100, 0, 'f', 2)));
    }

    void knownPixels()
    {
        Scene scene;
        const QImage img = MapRenderer().renderImage(kView, scene.stack, 96.0);
        const BoundaryStyle bs;
        const CameraStyle cs;
        // Inside polygon Alpha, away from its label and camera: the land fill.
        QVERIFY2(near(img.pixelColor(60, 70), bs.fillColor), qPrintable(describe(img.pixelColor(60, 70))));
        // Inside Beta's hole and between the polygons: the background.
        QVERIFY2(near(img.pixelColor(335, 235), RenderOptions().background), qPrintable(describe(img.pixelColor(335, 235))));
        QVERIFY(near(img.pixelColor(200, 20), RenderOptions().background));
        // Camera symbols in their status colours at their positions.
        QVERIFY2(near(img.pixelColor(100, 200), cs.statusColor(1), 12), qPrintable(describe(img.pixelColor(100, 200))));
        QVERIFY2(near(img.pixelColor(300, 180), cs.statusColor(2), 12), qPrintable(describe(img.pixelColor(300, 180))));
        // The cone of camera 1 points east: tinted red east of it, plain land west of it.
        const QColor east = img.pixelColor(114, 200);
        QVERIFY2(east.red() > east.green() + 20, qPrintable(describe(east)));
        QVERIFY2(near(img.pixelColor(86, 200), bs.fillColor, 8), qPrintable(describe(img.pixelColor(86, 200))));
    }

    void dpiScalesSymbols()
    {
        Scene scene;
        const CameraStyle cs;
        const QImage screen = MapRenderer().renderImage(kView, scene.stack, 96.0);
        const QImage print = MapRenderer().renderImage(kView, scene.stack, 192.0);
        QCOMPARE(print.size(), QSize(800, 600));
        // Same place on the map, twice the pixels: camera 1 at (200, 400), and its symbol twice as big.
        QVERIFY(near(print.pixelColor(200, 400), cs.statusColor(1), 12));
        QVERIFY2(near(print.pixelColor(200, 407), cs.statusColor(1), 16), qPrintable(describe(print.pixelColor(200, 407))));
        QVERIFY(!near(screen.pixelColor(100, 207), cs.statusColor(1), 16));
    }

    void clustering()
    {
        QRandomGenerator rng(7);
        QVector<CameraSymbol> cams;
        for (int i = 0; i < 5000; ++i) {
            CameraSymbol s;
            s.lon = 20.3 + rng.generateDouble() * 0.3;
            s.lat = 44.7 + rng.generateDouble() * 0.2;
            s.id = i + 1;
            cams.append(s);
        }
        const auto index = CameraIndex::build(cams);
        QCOMPARE(index->size(), 5000);
        QCOMPARE(index->symbol(index->indexOf(4321)).id, qint64(4321));
        QCOMPARE(index->indexOf(99999), -1);
        const GeoBounds e = index->extent();
        QVERIFY(e.west >= 20.3 && e.east <= 20.6 && e.south >= 44.7 && e.north <= 44.9);

        const CameraStyle style;
        const Viewport wide(20.45, 44.8, 9.0, QSize(800, 600));
        const auto items = index->frame(wide, CameraLayer::frameOptions(style, wide, 96.0));
        int total = 0;
        for (const auto &it : items)
            total += it.count;
        QCOMPARE(total, 5000);           // every camera is counted once
        QVERIFY(items.size() < 40);      // and drawn as a few badges
        // Badges do not overlap after merging.
        for (int i = 0; i < items.size(); ++i)
            for (int j = i + 1; j < items.size(); ++j)
                if (items[i].isCluster() && items[j].isCluster())
                    QVERIFY(QLineF(items[i].position, items[j].position).length()
                            >= CameraStyle::clusterRadiusPt(std::max(items[i].count, items[j].count)) * 96.0 / 72.0 - 1e-6);

        const Viewport street(20.45, 44.8, 17.0, QSize(800, 600));
        const auto singles = index->frame(street, CameraLayer::frameOptions(style, street, 96.0));
        for (const auto &it : singles)
            QCOMPARE(it.count, 1);
        // Only cameras in (or just around) the view.
        const GeoBounds vb = street.visibleBounds();
        for (const auto &it : singles) {
            const auto &s = index->symbol(it.index);
            QVERIFY(s.lon > vb.west - 0.01 && s.lon < vb.east + 0.01);
        }
    }

    void hitTesting()
    {
        Scene scene;
        QCOMPARE(scene.cameras->cameraAt(QPointF(101, 201), kView).value_or(-1), qint64(1));
        QCOMPARE(scene.cameras->cameraAt(QPointF(281, 99), kView).value_or(-1), qint64(2));
        QVERIFY(!scene.cameras->cameraAt(QPointF(20, 20), kView));
        QCOMPARE(scene.boundaries->boundaryAt(QPointF(60, 70), kView).value_or(-1), qint64(1));
        QCOMPARE(scene.boundaries->boundaryAt(QPointF(250, 70), kView).value_or(-1), qint64(2));
        QVERIFY(!scene.boundaries->boundaryAt(QPointF(335, 235), kView));  // in the hole
        const GeoBounds sel = scene.cameras->extentOf({1, 3});
        QVERIFY(sel.contains(scene.cameras->index()->symbol(scene.cameras->index()->indexOf(3)).lon,
                             scene.cameras->index()->symbol(scene.cameras->index()->indexOf(3)).lat));
    }

    void selectionHighlight()
    {
        Scene scene;
        scene.cameras->setSelection({2});
        const QImage img = MapRenderer().renderImage(kView, scene.stack, 96.0);
        // A blue ring around camera 2 (radius ~9 px).
        bool blue = false;
        for (int dx = 7; dx <= 12; ++dx) {
            const QColor c = img.pixelColor(280 + dx, 100);
            blue |= c.blue() > c.red() + 40;
        }
        QVERIFY(blue);
    }

    void symbolFromCamera()
    {
        nadzor::domain::Camera c;
        c.id = 9;
        c.surveillanceType = QStringLiteral("ALPR");
        c.direction = QStringLiteral("90-180");
        c.status = nadzor::domain::VerificationStatus::Verified;
        c.faceRecognition = nadzor::domain::FaceRecognition::Confirmed;
        const CameraSymbol s = CameraSymbol::fromCamera(c, {20.0, 44.0});
        QCOMPARE(s.kind, quint8(CameraKind::Alpr));
        QCOMPARE(s.direction, 135.0f);
        QCOMPARE(s.angle, 90.0f);
        QCOMPARE(s.status, quint8(1));
        QCOMPARE(s.face, quint8(3));
        nadzor::domain::Camera d;
        d.cameraType = QStringLiteral("dome");
        d.direction = QStringLiteral("NE");
        const CameraSymbol t = CameraSymbol::fromCamera(d, {20.0, 44.0});
        QCOMPARE(t.kind, quint8(CameraKind::Dome));
        QCOMPARE(t.direction, 45.0f);
        QVERIFY(std::isnan(t.angle));
        QCOMPARE(t.coneAngle(), 60.0f);  // the default field of view
        QVERIFY(sizeof(CameraSymbol) <= 40);
    }

    void choroplethAndLegend()
    {
        Scene scene;
        scene.boundaries->setStyle([] {
            BoundaryStyle s;
            s.fill = false;
            s.labels = false;
            return s;
        }());
        auto choropleth = std::make_shared<ChoroplethLayer>();
        choropleth->setGeometry(scene.boundaries->geometry());
        choropleth->setColors({{1, QColor(30, 90, 200)}});
        choropleth->setLegend({QStringLiteral("Cameras per km²"), {{QColor(30, 90, 200), QStringLiteral("> 10")}}});
        choropleth->setZOrder(-1);
        scene.stack.addLayer(choropleth);
        const QImage img = MapRenderer().renderImage(kView, scene.stack, 96.0);
        QVERIFY2(near(img.pixelColor(120, 240), QColor(30, 90, 200)), qPrintable(describe(img.pixelColor(120, 240))));
        QVERIFY(near(img.pixelColor(250, 240), RenderOptions().background));  // no colour for Beta
        // The legend sits in the top-left corner on white.
        QVERIFY(img.pixelColor(12, 12).lightness() > 230);
    }

    void heatmap()
    {
        HeatmapGrid grid;
        grid.columns = 2;
        grid.rows = 2;
        grid.values = {0.0f, 1.0f, 2.0f, 3.0f};
        const auto nw = kView.screenToLonLat(QPointF(0, 0));
        const auto se = kView.screenToLonLat(QPointF(400, 300));
        grid.bounds = GeoBounds::fromCorners(nw.lon, nw.lat, se.lon, se.lat);
        HeatmapLayer layer;
        layer.setGrid(grid, HeatmapLayer::defaultRamp());
        QCOMPARE(layer.image().size(), QSize(2, 2));
        QCOMPARE(qAlpha(layer.image().pixel(0, 0)), 0);  // the minimum is transparent
        QVERIFY(qAlpha(layer.image().pixel(1, 1)) > 200);
        QImage img(400, 300, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::transparent);
        {
            QPainter p(&img);
            layer.paint(p, kView);
        }
        QCOMPARE(img.pixelColor(2, 2).alpha(), 0);
        QVERIFY(img.pixelColor(397, 297).alpha() > 200);
        // Smoothly scaled: the middle lies between the corner values.
        const int mid = img.pixelColor(200, 150).alpha();
        QVERIFY(mid > 0 && mid < 255);
    }

    void cachedBasemapMatchesVectors_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("zoom");
        QTest::newRow("whole set, integer zoom") << 20.9 << 44.3 << 8.0;
        QTest::newRow("fractional zoom, odd centre") << 20.713 << 44.871 << 8.37;
        QTest::newRow("close in, across tile seams") << 20.4437 << 44.8123 << 10.61;
    }
    void cachedBasemapMatchesVectors()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(double, zoom);
        RasterTileCache::clearAll();
        nadzor::maps::BoundaryLayer layer;
        layer.setBoundaries(patchwork());
        const Viewport view(lon, lat, zoom, QSize(700, 500));
        const QImage vector = paintLayer(layer, view, false);
        QCOMPARE(layer.tileCache().tileCount(), 0);  // vectors only: no tiles
        const QImage cold = paintLayer(layer, view, true);
        const int tiles = layer.tileCache().tileCount();
        QVERIFY(tiles >= 6);  // 700x500 spans at least 3x2 tiles of 256
        const QImage warm = paintLayer(layer, view, true);
        QCOMPARE(layer.tileCache().tileCount(), tiles);  // nothing rendered again
        QCOMPARE(warm, cold);
        cold.save(QDir::temp().filePath(QStringLiteral("nadzor-test-cached-%1.png").arg(QString::fromLatin1(QTest::currentDataTag()).left(5))));
        // Tiles sit on whole device pixels (the view's origin rounds by up to half a pixel):
        // only antialiased edges may differ, labels are drawn on top in both.
        const double share = differingShare(vector, warm, 48);
        QVERIFY2(share < 0.02, qPrintable(QStringLiteral("%1% of pixels differ").arg(share * 100, 0, 'f', 2)));
        // Well inside a polygon the colours are the same.
        const QPointF inside = view.lonLatToScreen(20.9, 44.3);
        if (QRectF(vector.rect()).contains(inside))
            QVERIFY(near(vector.pixelColor(inside.toPoint()), warm.pixelColor(inside.toPoint()), 2));

        // Panning by whole tiles and back reuses the tiles already made.
        Viewport panned = view;
        panned.panBy(QPointF(-256, 0));
        paintLayer(layer, panned, true);
        const int afterPan = layer.tileCache().tileCount();
        QVERIFY(afterPan > tiles);
        paintLayer(layer, view, true);
        QCOMPARE(layer.tileCache().tileCount(), afterPan);
    }

    void tilesInvalidatedOnDataAndStyle()
    {
        RasterTileCache::clearAll();
        nadzor::maps::BoundaryLayer layer;
        layer.setBoundaries(patchwork());
        const Viewport view(20.9, 44.3, 8.5, QSize(600, 400));
        const QPointF inside = view.lonLatToScreen(20.9, 44.3);
        QImage img = paintLayer(layer, view, true);
        QVERIFY(layer.tileCache().tileCount() > 0);
        QVERIFY(near(img.pixelColor(inside.toPoint()), BoundaryStyle().fillColor, 2));
        const quint64 g = layer.tileCache().generation();

        // A new style: the old tiles go and the next frame shows the new fill.
        BoundaryStyle red;
        red.fillColor = QColor(220, 40, 40);
        layer.setStyle(red);
        QVERIFY(layer.tileCache().generation() > g);
        QCOMPARE(layer.tileCache().tileCount(), 0);
        img = paintLayer(layer, view, true);
        QVERIFY2(near(img.pixelColor(inside.toPoint()), red.fillColor, 2), qPrintable(describe(img.pixelColor(inside.toPoint()))));

        // New boundary data: a layer without the polygon under `inside`.
        DomainBoundaries fewer = patchwork();
        fewer.boundaries.erase(std::remove_if(fewer.boundaries.begin(), fewer.boundaries.end(),
                                              [](const Boundary &b) {
                                                  return b.geometry.first().rings.first().first().x() > 20.0;
                                              }),
                               fewer.boundaries.end());
        const auto snapshotBefore = layer.snapshot();  // an old snapshot keeps its own tiles apart
        layer.setBoundaries(fewer);
        QCOMPARE(layer.tileCache().tileCount(), 0);
        img = paintLayer(layer, view, true);
        QCOMPARE(img.pixelColor(inside.toPoint()).alpha(), 0);

        // The choropleth: new colours or a new fade, new tiles.
        ChoroplethLayer choropleth;
        choropleth.setGeometry(nadzor::maps::BoundaryGeometry::build(patchwork()));
        QHash<qint64, QColor> colors;
        for (qint64 id = 1; id <= 48; ++id)
            colors.insert(id, QColor(30, 90, 200));
        choropleth.setColors(colors);
        img = paintLayer(choropleth, view, true);
        QVERIFY(near(img.pixelColor(inside.toPoint()), QColor(30, 90, 200), 2));
        QVERIFY(choropleth.tileCache().tileCount() > 0);
        for (qint64 id = 1; id <= 48; ++id)
            colors.insert(id, QColor(200, 90, 30));
        choropleth.setColors(colors);
        QCOMPARE(choropleth.tileCache().tileCount(), 0);
        img = paintLayer(choropleth, view, true);
        QVERIFY(near(img.pixelColor(inside.toPoint()), QColor(200, 90, 30), 2));
    }

    void choroplethFadesAtStreetZoom_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::addColumn<double>("dpi");
        QTest::addColumn<double>("factor");
        QTest::newRow("country") << 7.3 << 96.0 << 1.0;
        QTest::newRow("zoom 11") << 11.0 << 96.0 << 1.0;
        QTest::newRow("zoom 12.5, halfway") << 12.5 << 96.0 << 0.5;
        QTest::newRow("zoom 14") << 14.0 << 96.0 << 0.0;
        QTest::newRow("street") << 16.0 << 96.0 << 0.0;
        // A 192-dpi export of zoom 12.5 has zoom 13.5 in device pixels: same map scale.
        QTest::newRow("192 dpi export") << 13.5 << 192.0 << 0.5;
    }
    void choroplethFadesAtStreetZoom()
    {
        QFETCH(double, zoom);
        QFETCH(double, dpi);
        QFETCH(double, factor);
        ChoroplethLayer layer;
        QCOMPARE(layer.fillFactor(zoom, dpi), 1.0);  // off unless asked for
        layer.setFillFade(11.0, 14.0);
        QVERIFY2(std::abs(layer.fillFactor(zoom, dpi) - factor) < 1e-9, qPrintable(QString::number(layer.fillFactor(zoom, dpi))));
    }
    void choroplethFadeKeepsOutlines()
    {
        Scene scene;
        scene.boundaries->setVisible(false);
        scene.cameras->setVisible(false);
        auto choropleth = std::make_shared<ChoroplethLayer>();
        choropleth->setGeometry(scene.boundaries->geometry());
        choropleth->setColors({{1, QColor(30, 90, 200)}, {2, QColor(30, 90, 200)}});
        choropleth->setOutline(QColor(200, 0, 0), 2.0);
        choropleth->setFillFade(11.0, 14.0);
        scene.stack.addLayer(choropleth);
        RenderOptions o;
        o.legend = o.attribution = o.scaleBar = false;
        const QImage img = MapRenderer(o).renderImage(kView, scene.stack, 96.0);  // zoom 16
        QVERIFY2(near(img.pixelColor(120, 240), RenderOptions().background), qPrintable(describe(img.pixelColor(120, 240))));
        QVERIFY2(near(img.pixelColor(40, 150), QColor(200, 0, 0), 40), qPrintable(describe(img.pixelColor(40, 150))));
        const Viewport wide(kView.centre().lon, kView.centre().lat, 16.0, kView.size());
        choropleth->setFillFade(17.0, 19.0);  // not yet fading at zoom 16
        const QImage full = MapRenderer(o).renderImage(wide, scene.stack, 96.0);
        QVERIFY(near(full.pixelColor(120, 240), QColor(30, 90, 200)));
    }

    void vectorOutputForSvgAndPdf()
    {
        Scene scene;
        QImage img = blankImage(QSize(100, 100));
        {
            QPainter p(&img);
            QVERIFY(!RenderContext::isVectorOutput(p));
            QVERIFY(RenderContext::forPainter(p, true).rasterCache);
            QVERIFY(!RenderContext::forPainter(p, false).rasterCache);
            p.rotate(10);
            QVERIFY(RenderContext::isVectorOutput(p));
        }
        // Even with the raster cache allowed, the SVG holds the polygons as paths, no image.
        RenderOptions o;
        o.rasterCache = true;
        QByteArray svg;
        QBuffer buffer(&svg);
        QSvgGenerator gen;
        gen.setOutputDevice(&buffer);
        gen.setSize(QSize(400, 300));
        gen.setViewBox(QRect(0, 0, 400, 300));
        {
            QPainter p(&gen);
            QVERIFY(RenderContext::isVectorOutput(p));
            QVERIFY(!RenderContext::forPainter(p, true).rasterCache);
        }
        svg.clear();
        buffer.close();
        QSvgGenerator gen2;
        gen2.setOutputDevice(&buffer);
        gen2.setSize(QSize(400, 300));
        gen2.setViewBox(QRect(0, 0, 400, 300));
        scene.cameras->setVisible(false);  // camera symbols are sprites by design
        MapRenderer(o).render(&gen2, kView, scene.stack);
        QVERIFY(svg.contains("<path"));
        QVERIFY2(!svg.contains("<image"), svg.left(2000).constData());
        QCOMPARE(scene.boundaries->tileCache().tileCount(), 0);
        // The same options on an image do use the tiles.
        MapRenderer(o).renderImage(kView, scene.stack, 96.0);
        QVERIFY(scene.boundaries->tileCache().tileCount() > 0);
    }

    void attributionBottomRight_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<bool>("complete");
        const QString boundaries = QStringLiteral("Boundaries © OpenStreetMap contributors, ODbL, via geoBoundaries");
        const QString tiles = QStringLiteral("Map data © OpenStreetMap contributors");
        const QString other = QStringLiteral("Camera survey by Hiljade Kamera volunteers, CC BY-SA 4.0");
        QTest::newRow("wide, one") << 800 << QStringList{boundaries} << true;
        QTest::newRow("wide, three") << 1200 << QStringList{other, boundaries, tiles} << true;
        QTest::newRow("narrow, three") << 320 << QStringList{other, boundaries, tiles} << false;
        QTest::newRow("very narrow") << 140 << QStringList{other, boundaries} << false;
    }
    void attributionBottomRight()
    {
        QFETCH(int, width);
        QFETCH(QStringList, texts);
        QFETCH(bool, complete);
        QImage img = blankImage(QSize(width, 200));
        img.fill(Qt::black);
        QRectF box;
        {
            QPainter p(&img);
            box = Attribution::paint(p, QRectF(img.rect()), texts);
        }
        // Inside the image, flush with its bottom-right corner.
        QVERIFY(!box.isEmpty());
        QVERIFY2(QRectF(img.rect()).contains(box), qPrintable(QStringLiteral("%1,%2 %3x%4").arg(box.x()).arg(box.y()).arg(box.width()).arg(box.height())));
        QCOMPARE(box.right(), double(width));
        QCOMPARE(box.bottom(), 200.0);
        // Pixels right of the box's left edge are painted, left of it untouched.
        QVERIFY(box.left() < 2 || img.pixelColor(int(box.left()) - 2, 198).lightness() < 10);
        QVERIFY(img.pixelColor(width - 2, 198).lightness() > 150);
        QFont font;
        font.setPointSizeF(7.0);
        const QFontMetricsF fm(font, &img);
        const QString shown = Attribution::fitted(texts, fm, width - 2 * 2.5 * 96 / 72.0);
        if (complete) {
            QCOMPARE(shown, Attribution::text(texts));
        } else {
            QVERIFY(shown != Attribution::text(texts));
            QVERIFY(shown.isEmpty() || shown.startsWith(QStringLiteral("© OpenStreetMap contributors"))
                    || shown.startsWith(texts.contains(QStringLiteral("Map data © OpenStreetMap contributors"))
                                            ? QStringLiteral("Boundaries © OpenStreetMap contributors")
                                            : QStringLiteral("Boundaries")));
        }
        // Whatever the width, the OpenStreetMap credit is never cut.
        if (!shown.isEmpty())
            QVERIFY2(shown.contains(QStringLiteral("© OpenStreetMap contributors")), qPrintable(shown));
    }

    void svgAndPdf()
    {
        Scene scene;
        QByteArray svg;
        QBuffer buffer(&svg);
        QSvgGenerator gen;
        gen.setOutputDevice(&buffer);
        gen.setSize(QSize(400, 300));
        gen.setViewBox(QRect(0, 0, 400, 300));
        MapRenderer().render(&gen, kView, scene.stack);
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.size() > 2000);

        QTemporaryDir dir;
        const QString pdfPath = dir.filePath(QStringLiteral("map.pdf"));
        {
            QPdfWriter pdf(pdfPath);
            pdf.setResolution(300);
            MapRenderer().render(&pdf, kView, scene.stack);
        }
        QFile f(pdfPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(f.size() > 2000);
    }
};

QTEST_MAIN(TestRender)
#include "test_render.moc"
