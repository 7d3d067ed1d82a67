#include "maps/renderscale.h"

#include <QPaintDevice>
#include <QPainter>

namespace nadzor::maps {

RenderScale RenderScale::forDevice(const QPaintDevice *device)
{
    RenderScale s;
    if (device && device->logicalDpiY() > 0)
        s.dpi = device->logicalDpiY();
    return s;
}

RenderScale RenderScale::forPainter(const QPainter &painter)
{
    return forDevice(painter.device());
}

} // namespace nadzor::maps
