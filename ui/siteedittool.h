#pragma once
// The map's editing tool, active whenever no other mode is: with "Move sites" on, pressing on a
// camera and dragging moves its site (committed on release); a camera selected at street zoom
// shows a handle at the end of its view cone that sets camera:direction when dragged. Anything
// else falls through to the canvas (pan, select, click).
#include "domain/site.h"
#include "maps/maptool.h"

#include <QObject>
#include <QPointF>

namespace nadzor::ui {

class SiteEditTool : public QObject, public maps::MapTool {
    Q_OBJECT
public:
    // `sites` is the list the window shows; it must outlive the tool.
    explicit SiteEditTool(const QList<domain::Site> *sites, QObject *parent = nullptr);

    void setMoveEnabled(bool on) { m_moveEnabled = on; }
    bool moveEnabled() const { return m_moveEnabled; }
    void setEditable(bool on) { m_editable = on; }
    void setSelectedCamera(qint64 cameraId) { m_selected = cameraId; }
    // Where the direction handle of the selected camera is drawn, if it is.
    std::optional<QPointF> handlePosition(const maps::Viewport &viewport) const;
    static constexpr double kHandleMinZoom = 15.5;

    bool mousePress(maps::MapCanvas *canvas, QMouseEvent *event) override;
    bool mouseMove(maps::MapCanvas *canvas, QMouseEvent *event) override;
    bool mouseRelease(maps::MapCanvas *canvas, QMouseEvent *event) override;
    bool keyPress(maps::MapCanvas *canvas, QKeyEvent *event) override;
    void paint(QPainter &painter, const maps::Viewport &viewport) const override;

signals:
    void siteMoved(qint64 siteId, double lon, double lat);
    void directionDragged(qint64 cameraId, double degrees);

private:
    enum class Drag { None, Site, Direction };
    bool findCamera(qint64 cameraId, const domain::Site **site, const domain::Camera **camera) const;
    double directionOf(const domain::Camera &camera) const;
    double coneLength(const maps::Viewport &viewport) const;

    const QList<domain::Site> *m_sites;
    bool m_moveEnabled = false;
    bool m_editable = true;
    qint64 m_selected = 0;

    Drag m_drag = Drag::None;
    qint64 m_siteId = 0;
    qint64 m_cameraId = 0;
    domain::GeoPoint m_origin;   // the site's position when the drag began
    domain::GeoPoint m_current;  // where it would go now
    QPointF m_pressPos;
    bool m_moved = false;
    double m_degrees = 0.0;
};

} // namespace nadzor::ui
