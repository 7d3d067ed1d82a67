#include "ui/siteedittool.h"

#include "domain/direction.h"
#include "maps/mapcanvas.h"
#include "maps/viewport.h"

#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace nadzor::ui {

namespace {
constexpr double kDragThreshold = 3.0;
constexpr double kHandleRadius = 6.0;
constexpr double kHandleGrab = 10.0;
}

SiteEditTool::SiteEditTool(const QList<domain::Site> *sites, QObject *parent) : QObject(parent), m_sites(sites) {}

bool SiteEditTool::findCamera(qint64 cameraId, const domain::Site **site, const domain::Camera **camera) const
{
    if (!cameraId)
        return false;
    for (const domain::Site &s : *m_sites)
        for (const domain::Camera &c : s.cameras)
            if (c.id == cameraId) {
                *site = &s;
                *camera = &c;
                return true;
            }
    return false;
}

double SiteEditTool::directionOf(const domain::Camera &camera) const
{
    const auto parsed = domain::Direction::parse(camera.direction);
    if (parsed && !parsed->isEmpty())
        return parsed->ranges().first().centre();
    return 0.0;
}

double SiteEditTool::coneLength(const maps::Viewport &viewport) const
{
    // As the camera layer draws cones: 35 m on the ground, 14..70 pt on screen.
    const double px = 35.0 / std::max(1e-9, viewport.metresPerPixel());
    return std::clamp(px, 14.0 * 96.0 / 72.0, 70.0 * 96.0 / 72.0);
}

std::optional<QPointF> SiteEditTool::handlePosition(const maps::Viewport &viewport) const
{
    const domain::Site *site = nullptr;
    const domain::Camera *camera = nullptr;
    if (!m_editable || viewport.zoom() < kHandleMinZoom || !findCamera(m_selected, &site, &camera))
        return std::nullopt;
    const QPointF centre = viewport.lonLatToScreen(site->position);
    const double a = directionOf(*camera) * M_PI / 180.0;
    const double len = coneLength(viewport);
    return centre + QPointF(std::sin(a) * len, -std::cos(a) * len);
}

bool SiteEditTool::mousePress(maps::MapCanvas *canvas, QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_editable)
        return false;
    const QPointF pos = event->position();
    m_pressPos = pos;
    m_moved = false;
    if (const auto handle = handlePosition(canvas->viewport());
        handle && QLineF(*handle, pos).length() <= kHandleGrab) {
        const domain::Site *site = nullptr;
        const domain::Camera *camera = nullptr;
        findCamera(m_selected, &site, &camera);
        m_drag = Drag::Direction;
        m_cameraId = camera->id;
        m_origin = site->position;
        m_degrees = directionOf(*camera);
        return true;
    }
    if (!m_moveEnabled)
        return false;
    const auto id = canvas->cameraAt(pos.toPoint());
    const domain::Site *site = nullptr;
    const domain::Camera *camera = nullptr;
    if (!id || !findCamera(*id, &site, &camera))
        return false;
    m_drag = Drag::Site;
    m_siteId = site->id;
    m_cameraId = camera->id;
    m_origin = m_current = site->position;
    return true;
}

bool SiteEditTool::mouseMove(maps::MapCanvas *canvas, QMouseEvent *event)
{
    if (m_drag == Drag::None)
        return false;
    const QPointF pos = event->position();
    if (!m_moved && QLineF(pos, m_pressPos).length() <= kDragThreshold)
        return true;
    m_moved = true;
    const maps::Viewport &vp = canvas->viewport();
    if (m_drag == Drag::Site) {
        const QPointF origin = vp.lonLatToScreen(m_origin);
        m_current = vp.screenToLonLat(origin + (pos - m_pressPos));
        canvas->setCursor(Qt::ClosedHandCursor);
    } else {
        const QPointF d = pos - vp.lonLatToScreen(m_origin);
        double deg = std::atan2(d.x(), -d.y()) * 180.0 / M_PI;
        deg = std::fmod(std::round(deg) + 360.0, 360.0);
        m_degrees = deg;
    }
    canvas->update();
    return true;
}

bool SiteEditTool::mouseRelease(maps::MapCanvas *canvas, QMouseEvent *event)
{
    if (m_drag == Drag::None || event->button() != Qt::LeftButton)
        return false;
    const Drag drag = m_drag;
    m_drag = Drag::None;
    canvas->unsetCursor();
    canvas->update();
    if (!m_moved) {
        // A press and release on a camera without moving selects it, as a plain click does.
        if (drag == Drag::Site)
            emit canvas->cameraClicked(m_cameraId);
        return true;
    }
    if (drag == Drag::Site)
        emit siteMoved(m_siteId, m_current.lon, m_current.lat);
    else
        emit directionDragged(m_cameraId, m_degrees);
    return true;
}

bool SiteEditTool::keyPress(maps::MapCanvas *canvas, QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_drag != Drag::None) {
        m_drag = Drag::None;  // cancels the drag: nothing is committed
        canvas->unsetCursor();
        canvas->update();
        return true;
    }
    return false;
}

void SiteEditTool::paint(QPainter &painter, const maps::Viewport &viewport) const
{
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QColor accent(28, 126, 214);
    if (m_drag == Drag::Site && m_moved) {
        const QPointF from = viewport.lonLatToScreen(m_origin);
        const QPointF to = viewport.lonLatToScreen(m_current);
        painter.setPen(QPen(accent, 1.5, Qt::DashLine));
        painter.drawLine(from, to);
        painter.setPen(QPen(Qt::white, 2));
        painter.setBrush(accent);
        painter.drawEllipse(to, 7, 7);
        return;
    }
    const auto handle = handlePosition(viewport);
    if (!handle)
        return;
    const domain::Site *site = nullptr;
    const domain::Camera *camera = nullptr;
    findCamera(m_selected, &site, &camera);
    const QPointF centre = viewport.lonLatToScreen(site->position);
    QPointF tip = *handle;
    if (m_drag == Drag::Direction) {
        const double a = m_degrees * M_PI / 180.0;
        const double len = coneLength(viewport);
        tip = centre + QPointF(std::sin(a) * len, -std::cos(a) * len);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(28, 126, 214, 60));
        QPainterPath cone;
        cone.moveTo(centre);
        const QRectF box(centre - QPointF(len, len), QSizeF(2 * len, 2 * len));
        cone.arcTo(box, 90.0 - m_degrees + 30.0, -60.0);
        cone.closeSubpath();
        painter.drawPath(cone);
        painter.setPen(accent);
        painter.drawText(tip + QPointF(10, -8), QStringLiteral("%1°").arg(m_degrees, 0, 'f', 0));
    }
    painter.setPen(QPen(accent, 1.5, camera->direction.isEmpty() && m_drag != Drag::Direction ? Qt::DashLine : Qt::SolidLine));
    painter.drawLine(centre, tip);
    painter.setPen(QPen(Qt::white, 1.5));
    painter.setBrush(accent);
    painter.drawEllipse(tip, kHandleRadius, kHandleRadius);
}

} // namespace nadzor::ui
