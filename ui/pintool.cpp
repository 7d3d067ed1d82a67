#include "ui/pintool.h"

#include "maps/mapcanvas.h"

#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>

namespace nadzor::ui {

namespace {
constexpr double kClickTolerance = 4.0;  // pixels a click may wander and still pin
}

PinTool::PinTool(QObject *parent) : QObject(parent) {}

bool PinTool::mousePress(maps::MapCanvas *, QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressed = true;
        m_pressPos = event->position();
    }
    return false;  // the canvas may still pan if this turns into a drag
}

bool PinTool::mouseRelease(maps::MapCanvas *canvas, QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return false;
    m_pressed = false;
    if (QLineF(event->position(), m_pressPos).length() > kClickTolerance)
        return false;  // a pan
    const domain::GeoPoint p = canvas->viewport().screenToLonLat(event->position());
    emit pinned(p.lon, p.lat);
    return true;
}

bool PinTool::keyPress(maps::MapCanvas *, QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        emit cancelled();
        return true;
    }
    return false;
}

std::optional<QCursor> PinTool::cursor() const
{
    return QCursor(Qt::CrossCursor);
}

} // namespace nadzor::ui
