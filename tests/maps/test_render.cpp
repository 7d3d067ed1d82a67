// The renderer: a fixed scene (two polygons, three cameras, one with a field-of-view cone)
// compared with a committed reference image within a tolerance, exact colours at known points,
// DPI scaling, clustering, hit-testing, and the same path into SVG and PDF.
#include "maps/boundarylayer.h"
#include "maps/cameralayer.h"
#include "maps/choroplethlayer.h"
#include "maps/heatmaplayer.h"
#include "maps/maprenderer.h"

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
