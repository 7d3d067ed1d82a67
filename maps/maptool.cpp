#include "maps/maptool.h"

namespace nadzor::maps {

bool MapTool::mousePress(MapCanvas *, QMouseEvent *)
{
    return false;
}

bool MapTool::mouseMove(MapCanvas *, QMouseEvent *)
{
    return false;
}

bool MapTool::mouseRelease(MapCanvas *, QMouseEvent *)
{
    return false;
}

bool MapTool::keyPress(MapCanvas *, QKeyEvent *)
{
    return false;
}

void MapTool::paint(QPainter &, const Viewport &) const {}

std::optional<QCursor> MapTool::cursor() const
{
    return std::nullopt;
}

void MapTool::activated(MapCanvas *) {}

void MapTool::deactivated(MapCanvas *) {}

} // namespace nadzor::maps
