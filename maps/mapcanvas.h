#pragma once
// The interactive map widget. Drag pans; wheel, pinch, +/- and double-click zoom (animated,
// anchored at the cursor); arrows pan. Heavy layers render into a QImage in a worker thread
// from snapshots of their data; while a frame renders the last one is shown, scaled and moved
// to the current viewport (as QGIS's canvas does), so painting never blocks input. At rest the
// worker composites the basemap and choropleth from raster tiles cached per zoom (cheap pans);
// while a zoom animation or pinch runs it draws vectors, and caches again once it ends.
#include "maps/cameralayer.h"
#include "maps/layerstack.h"
#include "maps/maprenderer.h"
#include "maps/viewport.h"

#include <QFutureWatcher>
#include <QImage>
#include <QTimer>
#include <QWidget>
#include <optional>

class QVariantAnimation;

namespace nadzor::maps {

class MapTool;

class MapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MapCanvas(QWidget *parent = nullptr);
    ~MapCanvas() override;

    LayerStack *layers() const { return m_layers; }
    MapRenderer &renderer() { return m_renderer; }

    const Viewport &viewport() const { return m_viewport; }
    // Takes the centre and zoom (the size is the widget's).
    void setViewport(const Viewport &viewport);
    void setCentre(double lon, double lat);
    void setZoom(double zoom);
    // Zooms by `delta` levels keeping the point under `anchor` fixed; animated unless the
    // animation duration is 0.
    void zoomAt(const QPointF &anchor, double delta);
    void zoomIn();
    void zoomOut();
    void panBy(const QPointF &pixels);
    void fitBounds(const GeoBounds &bounds, int padding = 32);
    void fitToLayer(const Layer *layer);
    // Fits the selected cameras of every camera layer.
    void fitToSelection();

    void setAnimationDuration(int ms) { m_animationMs = std::max(0, ms); }
    int animationDuration() const { return m_animationMs; }
    bool isAnimating() const;
    // Debounce before a worker frame starts (ms).
    void setRenderDelay(int ms) { m_renderTimer.setInterval(std::max(0, ms)); }
    void setWheelZoomPerNotch(double levels) { m_wheelStep = levels; }
    void setKeyPanStep(int pixels) { m_keyPanStep = pixels; }
    int keyPanStep() const { return m_keyPanStep; }

    // The single camera drawn under a widget point, over every visible camera layer.
    std::optional<qint64> cameraAt(const QPoint &pos) const;
    void setSelectedCameras(const QSet<qint64> &ids);
    QSet<qint64> selectedCameras() const;
    std::optional<qint64> hoveredCamera() const { return m_hovered; }

    // The active tool sees mouse and key events first and paints an overlay (see MapTool);
    // nullptr restores plain panning and selecting. The canvas does not own the tool.
    void setMapTool(MapTool *tool);
    MapTool *mapTool() const { return m_tool; }

    // The last finished worker frame (transparent where no heavy layer paints) and its view.
    QImage lastFrame() const { return m_frame; }
    Viewport lastFrameViewport() const { return m_frameViewport; }
    quint64 frameGeneration() const { return m_frameGeneration; }
    quint64 requestedGeneration() const { return m_generation; }
    // True while a frame is scheduled or rendering.
    bool isRenderPending() const;
    // Renders the whole map synchronously, as exports do.
    QImage renderToImage(double dpi = 96.0) const;

signals:
    void viewportChanged(const nadzor::maps::Viewport &viewport);
    void cursorPositionChanged(double lon, double lat);
    void cameraClicked(qint64 id);
    void mapClicked(double lon, double lat);
    // The camera under the cursor changed; 0 when the cursor left every camera.
    void hoveredCameraChanged(qint64 id);
    void frameRendered();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    struct Frame {
        QImage image;
        Viewport viewport;
        quint64 generation = 0;
    };
    void viewportUpdated();
    void scheduleRender();
    void startRender();
    void renderFinished();
    void drawFrame(QPainter &painter) const;
    void updateHover(const QPointF &pos);
    void handleClick(const QPointF &pos);
    std::vector<CameraLayer *> cameraLayers() const;
    void restoreCursor();

    LayerStack *m_layers;
    MapRenderer m_renderer;
    Viewport m_viewport;

    QTimer m_renderTimer;
    QFutureWatcher<Frame> m_watcher;
    bool m_renderAgain = false;
    quint64 m_generation = 0;
    QImage m_frame;
    Viewport m_frameViewport;
    quint64 m_frameGeneration = 0;

    QVariantAnimation *m_animation;
    QPointF m_animationAnchor;
    double m_animationTarget = 0.0;
    int m_animationMs = 220;
    double m_wheelStep = 0.5;
    int m_keyPanStep = 100;

    bool m_pressed = false;
    bool m_dragging = false;
    QPointF m_pressPos;
    QPointF m_lastPos;
    std::optional<qint64> m_hovered;
    MapTool *m_tool = nullptr;
    bool m_gestureZooming = false;  // a pinch is under way
};

} // namespace nadzor::maps
