#pragma once
// A map tool, as QGIS's QgsMapTool: an editing mode that sees the canvas's mouse and key events
// before the canvas does and may consume them (pinning a site, dragging a site or a camera's
// direction handle), and paints an overlay above the layers. The canvas does not own its tool.
#include <QCursor>
#include <optional>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace nadzor::maps {

class MapCanvas;
class Viewport;

class MapTool {
public:
    virtual ~MapTool() = default;

    // Each returns true when the tool consumed the event: the canvas then neither pans, nor
    // selects, nor emits its click signals for it.
    virtual bool mousePress(MapCanvas *canvas, QMouseEvent *event);
    virtual bool mouseMove(MapCanvas *canvas, QMouseEvent *event);
    virtual bool mouseRelease(MapCanvas *canvas, QMouseEvent *event);
    virtual bool keyPress(MapCanvas *canvas, QKeyEvent *event);
    // Painted above the layers and the selection highlights, in screen coordinates.
    virtual void paint(QPainter &painter, const Viewport &viewport) const;
    // The cursor while the tool is active and nothing is hovered; nullopt: the canvas's own.
    virtual std::optional<QCursor> cursor() const;
    // Called when the canvas installs or removes the tool.
    virtual void activated(MapCanvas *canvas);
    virtual void deactivated(MapCanvas *canvas);
};

} // namespace nadzor::maps
