// The canvas under simulated input: drag, wheel, keys, clicks, hover, and its worker frames.
#include "maps/boundarylayer.h"
#include "maps/cameralayer.h"
#include "maps/mapcanvas.h"

#include <QApplication>
#include <QNativeGestureEvent>
#include <QPointingDevice>
#include <QSignalSpy>
#include <QWheelEvent>
#include <QtTest>

using namespace nadzor::maps;

namespace {

double degreesPerPixel(double zoom)
{
    return 360.0 / (256.0 * std::exp2(zoom));
}

} // namespace

class TestCanvas : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<MapCanvas> makeCanvas()
    {
        auto c = std::make_unique<MapCanvas>();
        c->setAnimationDuration(0);
        c->resize(800, 600);
        c->show();
        c->setViewport(Viewport(20.46, 44.815, 12.0, QSize(800, 600)));
        return c;
    }

private slots:
    void initTestCase() { qRegisterMetaType<nadzor::maps::Viewport>(); }

    void dragPans()
    {
        auto c = makeCanvas();
        QCOMPARE(c->viewport().size(), QSize(800, 600));
        QSignalSpy spy(c.get(), &MapCanvas::viewportChanged);
        const auto before = c->viewport().centre();
        QTest::mousePress(c.get(), Qt::LeftButton, {}, QPoint(200, 200));
        QTest::mouseMove(c.get(), QPoint(240, 200));
        QTest::mouseMove(c.get(), QPoint(300, 200));
        QTest::mouseRelease(c.get(), Qt::LeftButton, {}, QPoint(300, 200));
        QVERIFY(spy.count() >= 1);
        const auto after = c->viewport().centre();
        // Dragging the map 100 px to the right shows what was 100 px to the left.
        QVERIFY2(std::abs((before.lon - after.lon) - 100 * degreesPerPixel(12)) < 1e-9,
                 qPrintable(QString::number(before.lon - after.lon, 'g', 12)));
        QVERIFY(std::abs(after.lat - before.lat) < 1e-12);
        const Viewport last = spy.last().first().value<Viewport>();
        QCOMPARE(last, c->viewport());
    }

    void wheelKeepsPointUnderCursor()
    {
        auto c = makeCanvas();
        QSignalSpy spy(c.get(), &MapCanvas::viewportChanged);
        const QPointF cursor(620, 150);
        const auto under = c->viewport().screenToLonLat(cursor);
        QWheelEvent wheel(cursor, c->mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(c.get(), &wheel);
        QVERIFY(!c->isAnimating());
        QCOMPARE(c->viewport().zoom(), 12.5);
        QVERIFY(spy.count() >= 1);
        const QPointF p = c->viewport().lonLatToScreen(under);
        QVERIFY2(QLineF(p, cursor).length() < 1e-6, qPrintable(QStringLiteral("%1,%2").arg(p.x()).arg(p.y())));

        QWheelEvent out(cursor, c->mapToGlobal(cursor), QPoint(), QPoint(0, -240), Qt::NoButton, Qt::NoModifier,
                        Qt::NoScrollPhase, false);
        QApplication::sendEvent(c.get(), &out);
        QCOMPARE(c->viewport().zoom(), 11.5);
        QVERIFY(QLineF(c->viewport().lonLatToScreen(under), cursor).length() < 1e-6);
    }

    void animatedZoomEndsAnchored()
    {
        auto c = makeCanvas();
        c->setAnimationDuration(60);
        const QPointF cursor(100, 500);
        const auto under = c->viewport().screenToLonLat(cursor);
        c->zoomAt(cursor, 1.0);
        c->zoomAt(cursor, 1.0);  // a second notch during the animation adds up
        QVERIFY(c->isAnimating());
        QTRY_VERIFY(!c->isAnimating());
        QCOMPARE(c->viewport().zoom(), 14.0);
        QVERIFY(QLineF(c->viewport().lonLatToScreen(under), cursor).length() < 1e-6);
    }

    void keys()
    {
        auto c = makeCanvas();
        c->setFocus();
        QTest::keyClick(c.get(), Qt::Key_Plus);
        QCOMPARE(c->viewport().zoom(), 13.0);
        QTest::keyClick(c.get(), Qt::Key_Minus);
        QTest::keyClick(c.get(), Qt::Key_Minus);
        QCOMPARE(c->viewport().zoom(), 11.0);
        const auto before = c->viewport().centre();
        QTest::keyClick(c.get(), Qt::Key_Right);
        QVERIFY(std::abs(c->viewport().centre().lon - before.lon - c->keyPanStep() * degreesPerPixel(11)) < 1e-9);
        QTest::keyClick(c.get(), Qt::Key_Left);
        QVERIFY(std::abs(c->viewport().centre().lon - before.lon) < 1e-9);
        QTest::keyClick(c.get(), Qt::Key_Up);
        QVERIFY(c->viewport().centre().lat > before.lat);
        QTest::keyClick(c.get(), Qt::Key_Down);
        QVERIFY(std::abs(c->viewport().centre().lat - before.lat) < 1e-9);
    }

    void doubleClickZoomsIn()
    {
        auto c = makeCanvas();
        const QPoint at(150, 450);
        const auto under = c->viewport().screenToLonLat(at);
        QTest::mouseDClick(c.get(), Qt::LeftButton, {}, at);
        QCOMPARE(c->viewport().zoom(), 13.0);
        QVERIFY(QLineF(c->viewport().lonLatToScreen(under), at).length() < 1e-6);
    }

    void clicksAndHover()
    {
        auto c = makeCanvas();
        c->setViewport(Viewport(20.46, 44.815, 17.0, QSize(800, 600)));
        auto cameras = std::make_shared<CameraLayer>();
        const auto ll = c->viewport().screenToLonLat(QPointF(500, 250));
        CameraSymbol s;
        s.lon = ll.lon;
        s.lat = ll.lat;
        s.id = 42;
        cameras->setCameras({s});
        c->layers()->addLayer(cameras);

        QSignalSpy cameraSpy(c.get(), &MapCanvas::cameraClicked);
        QSignalSpy mapSpy(c.get(), &MapCanvas::mapClicked);
        QSignalSpy hoverSpy(c.get(), &MapCanvas::hoveredCameraChanged);
        QSignalSpy cursorSpy(c.get(), &MapCanvas::cursorPositionChanged);

        QCOMPARE(c->cameraAt(QPoint(501, 251)).value_or(0), qint64(42));
        QTest::mouseClick(c.get(), Qt::LeftButton, {}, QPoint(501, 251));
        QCOMPARE(cameraSpy.count(), 1);
        QCOMPARE(cameraSpy.first().first().toLongLong(), qint64(42));
        QCOMPARE(mapSpy.count(), 0);

        QTest::mouseClick(c.get(), Qt::LeftButton, {}, QPoint(100, 100));
        QCOMPARE(mapSpy.count(), 1);
        const auto where = c->viewport().screenToLonLat(QPointF(100, 100));
        QVERIFY(std::abs(mapSpy.first().at(0).toDouble() - where.lon) < 1e-9);
        QVERIFY(std::abs(mapSpy.first().at(1).toDouble() - where.lat) < 1e-9);

        QTest::mouseMove(c.get(), QPoint(500, 250));
        QCOMPARE(hoverSpy.count(), 1);
        QCOMPARE(hoverSpy.last().first().toLongLong(), qint64(42));
        QCOMPARE(c->hoveredCamera().value_or(0), qint64(42));
        QTest::mouseMove(c.get(), QPoint(300, 300));
        QCOMPARE(hoverSpy.count(), 2);
        QCOMPARE(hoverSpy.last().first().toLongLong(), qint64(0));
        QVERIFY(cursorSpy.count() >= 2);
        const auto cur = c->viewport().screenToLonLat(QPointF(300, 300));
        QVERIFY(std::abs(cursorSpy.last().at(0).toDouble() - cur.lon) < 1e-9);

        c->setSelectedCameras({42});
        QCOMPARE(c->selectedCameras(), QSet<qint64>({42}));
        c->setViewport(Viewport(20.0, 44.0, 8.0, QSize(800, 600)));
        c->fitToSelection();
        QVERIFY(c->viewport().zoom() >= 17.0);
        QVERIFY(std::abs(c->viewport().centre().lon - ll.lon) < 1e-9);
    }

    void pinchZoomAnchoredAtGestureCentre_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QPointF>("centre");
        QTest::newRow("spread, off centre") << 0.5 << QPointF(150, 420);
        QTest::newRow("pinch in, corner") << -0.3 << QPointF(700, 80);
    }
    void pinchZoomAnchoredAtGestureCentre()
    {
        QFETCH(double, value);
        QFETCH(QPointF, centre);
        auto c = makeCanvas();
        const double zoom = c->viewport().zoom();
        const auto under = c->viewport().screenToLonLat(centre);
        // A trackpad pinch (macOS, Wayland, libinput): Begin, Zoom steps, End.
        const QPointingDevice *device = QPointingDevice::primaryPointingDevice();
        for (auto [type, v] : {std::pair{Qt::BeginNativeGesture, 0.0}, std::pair{Qt::ZoomNativeGesture, value / 2},
                               std::pair{Qt::ZoomNativeGesture, value / 2}, std::pair{Qt::EndNativeGesture, 0.0}}) {
            QNativeGestureEvent e(type, device, 2, centre, centre, c->mapToGlobal(centre), v, QPointF());
            QApplication::sendEvent(c.get(), &e);
        }
        const double expected = zoom + 2 * std::log2(1.0 + value / 2);
        QVERIFY2(std::abs(c->viewport().zoom() - expected) < 1e-9, qPrintable(QString::number(c->viewport().zoom())));
        // The place under the fingers stays under them.
        const QPointF after = c->viewport().lonLatToScreen(under);
        QVERIFY2(QLineF(after, centre).length() < 1e-6, qPrintable(QStringLiteral("%1,%2").arg(after.x()).arg(after.y())));
    }

    void tilesCachedAtRestNotDuringPinch()
    {
        auto c = makeCanvas();
        nadzor::domain::BoundaryLayer data;
        nadzor::domain::Boundary b;
        b.id = 1;
        b.name = QStringLiteral("Square");
        b.geometry = {nadzor::domain::Polygon{{{QPointF(20.3, 44.7), QPointF(20.6, 44.7), QPointF(20.6, 44.9), QPointF(20.3, 44.9)}}}};
        data.boundaries = {b};
        auto layer = std::make_shared<BoundaryLayer>();
        layer->setBoundaries(data);
        c->layers()->addLayer(layer);
        QTRY_VERIFY(c->frameGeneration() > 0 && !c->isRenderPending());
        const int atRest = layer->tileCache().tileCount();
        QVERIFY(atRest >= 6);  // 800x600: at least 4x3 tiles of 256, from the worker
        // During a pinch the frames are drawn as vectors: no tiles for passing zooms.
        const QPointingDevice *device = QPointingDevice::primaryPointingDevice();
        const QPointF centre(400, 300);
        QNativeGestureEvent begin(Qt::BeginNativeGesture, device, 2, centre, centre, c->mapToGlobal(centre), 0, QPointF());
        QApplication::sendEvent(c.get(), &begin);
        QNativeGestureEvent zoom(Qt::ZoomNativeGesture, device, 2, centre, centre, c->mapToGlobal(centre), 0.2, QPointF());
        QApplication::sendEvent(c.get(), &zoom);
        QTRY_VERIFY(c->lastFrameViewport() == c->viewport() && !c->isRenderPending());
        QCOMPARE(layer->tileCache().tileCount(), atRest);
        // Once the fingers lift, the frame at the final zoom caches its tiles.
        const quint64 g = c->frameGeneration();
        QNativeGestureEvent end(Qt::EndNativeGesture, device, 2, centre, centre, c->mapToGlobal(centre), 0, QPointF());
        QApplication::sendEvent(c.get(), &end);
        QTRY_VERIFY(c->frameGeneration() > g && !c->isRenderPending());
        QVERIFY(layer->tileCache().tileCount() > atRest);
    }

    void workerFramesAndFit()
    {
        auto c = makeCanvas();
        nadzor::domain::BoundaryLayer data;
        nadzor::domain::Boundary b;
        b.id = 1;
        b.name = QStringLiteral("Square");
        b.geometry = {nadzor::domain::Polygon{{{QPointF(20.0, 44.0), QPointF(21.0, 44.0), QPointF(21.0, 45.0), QPointF(20.0, 45.0)}}}};
        data.boundaries = {b};
        auto layer = std::make_shared<BoundaryLayer>();
        layer->setBoundaries(data);
        c->layers()->addLayer(layer);
        c->fitToLayer(layer.get());
        QVERIFY(c->viewport().visibleBounds().contains(20.0, 44.0));
        QVERIFY(c->viewport().visibleBounds().contains(21.0, 45.0));
        QTRY_VERIFY(c->frameGeneration() > 0 && !c->isRenderPending());
        QCOMPARE(c->lastFrameViewport(), c->viewport());
        // The frame holds the polygon's fill at the square's centre.
        const QPointF mid = c->viewport().lonLatToScreen(20.2, 44.2);
        const QImage frame = c->lastFrame();
        QCOMPARE(frame.pixelColor(mid.toPoint() * frame.devicePixelRatio()), BoundaryStyle().fillColor);
        // A newer viewport renders a newer generation; the canvas grab shows it.
        const quint64 g = c->frameGeneration();
        c->panBy(QPointF(10, 0));
        QTRY_VERIFY(c->frameGeneration() > g && !c->isRenderPending());
        const QImage grab = c->grab().toImage();
        QCOMPARE(grab.size(), QSize(800, 600) * c->devicePixelRatioF());
        const QImage exported = c->renderToImage();
        QCOMPARE(exported.size(), QSize(800, 600));
    }
};

QTEST_MAIN(TestCanvas)
#include "test_canvas.moc"
