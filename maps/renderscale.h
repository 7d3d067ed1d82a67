#pragma once
// Symbol and text sizes are given in points; a RenderScale turns them into pixels of the device
// being painted, so a 300-dpi export looks like the 96-dpi screen.
class QPainter;
class QPaintDevice;

namespace nadzor::maps {

struct RenderScale {
    double dpi = 96.0;  // logical dots per inch of the device

    double pt(double points) const { return points * dpi / 72.0; }
    // How many device pixels stand for one 96-dpi screen pixel.
    double factor() const { return dpi / 96.0; }

    static RenderScale forDevice(const QPaintDevice *device);
    static RenderScale forPainter(const QPainter &painter);
};

} // namespace nadzor::maps
