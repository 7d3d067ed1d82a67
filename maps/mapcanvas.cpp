#include "maps/mapcanvas.h"

#include "maps/maptool.h"
#include "maps/mercator.h"
#include "maps/renderscale.h"

#include <QApplication>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QVariantAnimation>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>

namespace nadzor::maps {

namespace {
constexpr double kDragThreshold = 3.0;
}

MapCanvas::MapCanvas(QWidget *parent)
    : QWidget(parent), m_layers(new LayerStack(this)), m_viewport(20.9, 44.2, 7.0, QSize(640, 480)),
      m_animation(new QVariantAnimation(this))
{
    qRegisterMetaType<nadzor::maps::Viewport>("nadzor::maps::Viewport");
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_AcceptTouchEvents);
    grabGesture(Qt::PinchGesture);
    setMinimumSize(64, 64);
    m_viewport.setSize(size());

    RenderOptions o;
    o.statusNotices = true;
    m_renderer.setOptions(o);

    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(15);
    connect(&m_renderTimer, &QTimer::timeout, this, &MapCanvas::startRender);
    connect(&m_watcher, &QFutureWatcher<Frame>::finished, this, &MapCanvas::renderFinished);

    m_animation->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_animation, &QVariantAnimation::finished, this, &MapCanvas::scheduleRender);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
        m_viewport.setZoomAt(m_animationAnchor, v.toDouble());
        viewportUpdated();
    });

    connect(m_layers, &LayerStack::layerChanged, this, [this](Layer *layer) {
        if (layer->needsWorkerThread())
            scheduleRender();
        update();
    });
    connect(m_layers, &LayerStack::changed, this, [this]() {
        scheduleRender();
        update();
    });
}

MapCanvas::~MapCanvas()
{
    m_renderTimer.stop();
    m_animation->stop();
    m_watcher.waitForFinished();
}

void MapCanvas::setViewport(const Viewport &viewport)
{
    m_animation->stop();
    m_viewport.setCentre(viewport.centre().lon, viewport.centre().lat);
    m_viewport.setZoom(viewport.zoom());
    viewportUpdated();
}

void MapCanvas::setCentre(double lon, double lat)
{
    m_viewport.setCentre(lon, lat);
    viewportUpdated();
}

void MapCanvas::setZoom(double zoom)
{
    m_animation->stop();
    m_viewport.setZoom(zoom);
    viewportUpdated();
}

bool MapCanvas::isAnimating() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

void MapCanvas::zoomAt(const QPointF &anchor, double delta)
{
    double target = (isAnimating() ? m_animationTarget : m_viewport.zoom()) + delta;
    target = std::clamp(target, mercator::kMinZoom, mercator::kMaxZoom);
    m_animation->stop();
    m_animationAnchor = anchor;
    m_animationTarget = target;
    if (m_animationMs <= 0) {
        m_viewport.setZoomAt(anchor, target);
        viewportUpdated();
        return;
    }
    m_animation->setDuration(m_animationMs);
    m_animation->setStartValue(m_viewport.zoom());
    m_animation->setEndValue(target);
    m_animation->start();
}

void MapCanvas::zoomIn()
{
    zoomAt(QPointF(width() / 2.0, height() / 2.0), 1.0);
}

void MapCanvas::zoomOut()
{
    zoomAt(QPointF(width() / 2.0, height() / 2.0), -1.0);
}

void MapCanvas::panBy(const QPointF &pixels)
{
    m_viewport.panBy(pixels);
    viewportUpdated();
}

void MapCanvas::fitBounds(const GeoBounds &bounds, int padding)
{
    if (bounds.isEmpty())
        return;
    m_animation->stop();
    m_viewport.fitBounds(bounds, padding);
    viewportUpdated();
}

void MapCanvas::fitToLayer(const Layer *layer)
{
    if (layer)
        fitBounds(layer->extent());
}

void MapCanvas::fitToSelection()
{
    GeoBounds b;
    for (CameraLayer *l : cameraLayers())
        b.extend(l->extentOf(l->selection()));
    if (b.isEmpty())
        return;
    // A single camera: a street-level view around it.
    if (b.width() < 1e-9 && b.height() < 1e-9) {
        m_animation->stop();
        m_viewport.setCentre(b.west, b.south);
        m_viewport.setZoom(std::max(m_viewport.zoom(), 17.0));
        viewportUpdated();
        return;
    }
    fitBounds(b, 64);
}

std::vector<CameraLayer *> MapCanvas::cameraLayers() const
{
    std::vector<CameraLayer *> out;
    for (const auto &l : m_layers->layers())
        if (auto *c = qobject_cast<CameraLayer *>(l.get()); c && c->isVisible())
            out.push_back(c);
    return out;
}

std::optional<qint64> MapCanvas::cameraAt(const QPoint &pos) const
{
    const double dpi = RenderScale::forDevice(this).dpi;
    const auto layers = cameraLayers();
    for (auto it = layers.rbegin(); it != layers.rend(); ++it)
        if (auto id = (*it)->cameraAt(QPointF(pos), m_viewport, dpi))
            return id;
    return std::nullopt;
}

void MapCanvas::setSelectedCameras(const QSet<qint64> &ids)
{
    for (CameraLayer *l : cameraLayers())
        l->setSelection(ids);
    update();
}

QSet<qint64> MapCanvas::selectedCameras() const
{
    QSet<qint64> ids;
    for (CameraLayer *l : cameraLayers())
        ids.unite(l->selection());
    return ids;
}

void MapCanvas::setMapTool(MapTool *tool)
{
    if (tool == m_tool)
        return;
    if (m_tool)
        m_tool->deactivated(this);
    m_tool = tool;
    m_pressed = false;
    m_dragging = false;
    if (m_tool)
        m_tool->activated(this);
    restoreCursor();
    update();
}

void MapCanvas::restoreCursor()
{
    if (m_tool)
        if (const std::optional<QCursor> c = m_tool->cursor()) {
            setCursor(*c);
            return;
        }
    unsetCursor();
}

bool MapCanvas::isRenderPending() const
{
    return m_renderTimer.isActive() || m_watcher.isRunning() || m_renderAgain;
}

QImage MapCanvas::renderToImage(double dpi) const
{
    return m_renderer.renderImage(m_viewport, *m_layers, dpi);
}

void MapCanvas::viewportUpdated()
{
    m_viewport.setSize(size());
    m_viewport.setDevicePixelRatio(devicePixelRatioF());
    emit viewportChanged(m_viewport);
    scheduleRender();
    update();
}

void MapCanvas::scheduleRender()
{
    m_renderTimer.start();
}

void MapCanvas::startRender()
{
    if (m_watcher.isRunning()) {
        m_renderAgain = true;  // one job at a time; the newest viewport goes next
        return;
    }
    std::vector<std::shared_ptr<const LayerSnapshot>> snapshots;
    for (const auto &l : m_layers->layers())
        if (l->isVisible() && l->needsWorkerThread())
            if (auto s = l->snapshot())
                snapshots.push_back(std::move(s));
    const quint64 generation = ++m_generation;
    const Viewport viewport = m_viewport;
    // While the zoom is in motion every frame has a new zoom: cached tiles would only be made
    // to be thrown away (and evict the useful ones), so those frames draw vectors; the frame
    // after the motion fills the cache for panning at the final zoom.
    const bool useTiles = !isAnimating() && !m_gestureZooming;
    const qreal dpr = devicePixelRatioF();
    const int dpm = int(std::lround(logicalDpiY() / 0.0254));
    m_watcher.setFuture(QtConcurrent::run([snapshots, viewport, dpr, dpm, generation, useTiles]() {
        Frame f;
        f.viewport = viewport;
        f.generation = generation;
        f.image = QImage((QSizeF(viewport.size()) * dpr).toSize().expandedTo(QSize(1, 1)),
                         QImage::Format_ARGB32_Premultiplied);
        f.image.setDevicePixelRatio(dpr);
        f.image.setDotsPerMeterX(dpm);
        f.image.setDotsPerMeterY(dpm);
        f.image.fill(Qt::transparent);
        QPainter p(&f.image);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setRenderHint(QPainter::TextAntialiasing, true);
        RenderContext context;
        context.rasterCache = useTiles;  // the basemap and choropleth composite from cached tiles
        for (const auto &s : snapshots)
            s->render(p, viewport, context);
        return f;
    }));
}

void MapCanvas::renderFinished()
{
    const Frame f = m_watcher.result();
    // Results older than the frame on screen are stale: drop them.
    if (f.generation > m_frameGeneration) {
        m_frame = f.image;
        m_frameViewport = f.viewport;
        m_frameGeneration = f.generation;
        update();
        emit frameRendered();
    }
    if (m_renderAgain || f.viewport != m_viewport) {
        m_renderAgain = false;
        if (!m_renderTimer.isActive())
            startRender();
    }
}

void MapCanvas::drawFrame(QPainter &painter) const
{
    if (m_frame.isNull())
        return;
    const Viewport &f = m_frameViewport;
    const double scale = std::exp2(m_viewport.zoom() - f.zoom());
    const QPointF origin = f.topLeftPixel() * scale - m_viewport.topLeftPixel();
    const QRectF target(origin, QSizeF(f.size()) * scale);
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, std::abs(scale - 1.0) > 1e-9);
    painter.drawImage(target, m_frame);
    painter.restore();
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(rect(), m_renderer.options().background);
    bool frameDrawn = false;
    const auto layers = m_layers->layers();
    for (const auto &l : layers) {
        if (!l->isVisible())
            continue;
        if (l->needsWorkerThread()) {
            if (!frameDrawn)
                drawFrame(painter);
            frameDrawn = true;
            continue;
        }
        painter.save();
        painter.setOpacity(l->opacity());
        l->paint(painter, m_viewport);
        painter.restore();
    }
    for (CameraLayer *c : cameraLayers())
        c->paintHighlights(painter, m_viewport);
    if (m_tool) {
        painter.save();
        m_tool->paint(painter, m_viewport);
        painter.restore();
    }
    m_renderer.paintDecorations(painter, m_viewport, *m_layers);
}

void MapCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    viewportUpdated();
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    if (m_tool && m_tool->mousePress(this, event)) {
        m_pressed = false;
        event->accept();
        return;
    }
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPos = m_lastPos = event->position();
    event->accept();
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    const domain::GeoPoint ll = m_viewport.screenToLonLat(pos);
    emit cursorPositionChanged(ll.lon, ll.lat);
    if (m_tool && m_tool->mouseMove(this, event)) {
        event->accept();
        return;
    }
    if (m_pressed) {
        if (!m_dragging && QLineF(pos, m_pressPos).length() > kDragThreshold) {
            m_dragging = true;
            m_animation->stop();
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            m_viewport.panBy(pos - m_lastPos);
            m_lastPos = pos;
            viewportUpdated();
        }
        event->accept();
        return;
    }
    updateHover(pos);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_tool && m_tool->mouseRelease(this, event)) {
        m_pressed = false;
        if (m_dragging) {
            m_dragging = false;
            restoreCursor();
        }
        event->accept();
        return;
    }
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    if (m_dragging) {
        const QPointF pos = event->position();
        if (pos != m_lastPos) {
            m_viewport.panBy(pos - m_lastPos);
            viewportUpdated();
        }
        m_dragging = false;
        restoreCursor();
    } else {
        handleClick(event->position());
    }
    event->accept();
}

void MapCanvas::handleClick(const QPointF &pos)
{
    if (const auto id = cameraAt(pos.toPoint())) {
        emit cameraClicked(*id);
        return;
    }
    const double dpi = RenderScale::forDevice(this).dpi;
    for (CameraLayer *l : cameraLayers()) {
        if (const auto bounds = l->clusterAt(pos, m_viewport, dpi)) {
            // A cluster opens up: zoom in on it.
            const QPointF c = m_viewport.lonLatToScreen(bounds->centre().x(), bounds->centre().y());
            zoomAt(c, 2.0);
            return;
        }
    }
    const domain::GeoPoint ll = m_viewport.screenToLonLat(pos);
    emit mapClicked(ll.lon, ll.lat);
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        zoomAt(event->position(), (event->modifiers() & Qt::ShiftModifier) ? -1.0 : 1.0);
        event->accept();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    double delta = 0.0;
    if (!event->angleDelta().isNull())
        delta = event->angleDelta().y() / 120.0 * m_wheelStep;
    else if (!event->pixelDelta().isNull())
        delta = event->pixelDelta().y() / 240.0;
    if (delta != 0.0) {
        const bool smooth = event->phase() != Qt::NoScrollPhase || event->angleDelta().isNull();
        if (smooth) {
            // Trackpads send many small steps: follow them directly.
            m_animation->stop();
            m_viewport.zoomAt(event->position(), delta);
            viewportUpdated();
        } else {
            zoomAt(event->position(), delta);
        }
    }
    event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    if (m_tool && m_tool->keyPress(this, event)) {
        event->accept();
        return;
    }
    const double step = m_keyPanStep;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        break;
    case Qt::Key_Left:
        panBy(QPointF(step, 0));
        break;
    case Qt::Key_Right:
        panBy(QPointF(-step, 0));
        break;
    case Qt::Key_Up:
        panBy(QPointF(0, step));
        break;
    case Qt::Key_Down:
        panBy(QPointF(0, -step));
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MapCanvas::leaveEvent(QEvent *event)
{
    if (m_hovered) {
        for (CameraLayer *l : cameraLayers())
            l->setHovered(std::nullopt);
        m_hovered.reset();
        emit hoveredCameraChanged(0);
        update();
    }
    QWidget::leaveEvent(event);
}

void MapCanvas::updateHover(const QPointF &pos)
{
    const std::optional<qint64> id = cameraAt(pos.toPoint());
    if (id == m_hovered)
        return;
    m_hovered = id;
    for (CameraLayer *l : cameraLayers())
        l->setHovered(id);
    if (id)
        setCursor(Qt::PointingHandCursor);
    else
        restoreCursor();
    emit hoveredCameraChanged(id.value_or(0));
    update();
}

bool MapCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *g = static_cast<QNativeGestureEvent *>(event);
        if (g->gestureType() == Qt::BeginNativeGesture || g->gestureType() == Qt::EndNativeGesture) {
            m_gestureZooming = g->gestureType() == Qt::BeginNativeGesture;
            if (!m_gestureZooming)
                scheduleRender();
        }
        if (g->gestureType() == Qt::ZoomNativeGesture) {
            m_animation->stop();
            m_viewport.zoomAt(g->position(), std::log2(1.0 + g->value()));
            viewportUpdated();
            return true;
        }
    } else if (event->type() == QEvent::Gesture) {
        auto *ge = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(ge->gesture(Qt::PinchGesture))) {
            m_gestureZooming = pinch->state() == Qt::GestureStarted || pinch->state() == Qt::GestureUpdated;
            if (!m_gestureZooming)
                scheduleRender();
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) {
                const qreal f = pinch->scaleFactor();
                if (f > 0) {
                    m_animation->stop();
                    m_viewport.zoomAt(mapFromGlobal(pinch->centerPoint()), std::log2(f));
                    viewportUpdated();
                }
            }
            ge->accept(pinch);
            return true;
        }
    }
    return QWidget::event(event);
}

} // namespace nadzor::maps
