#pragma once
// The path of an animated fly-to between two views: "smooth and efficient zooming and panning"
// (J. J. van Wijk and W. A. A. Nuij, 2003). Far apart, the camera zooms out, pans and zooms back
// in, so the audience sees where the next place lies; close by it is a plain pan and zoom.
// Distances are in normalised Web-Mercator world units, so the path is the same on any screen.
#include "maps/viewport.h"

namespace nadzor::ui {

class FlightPath {
public:
    // From `from` to `to` (the size is taken from `from`).
    FlightPath(const maps::Viewport &from, const maps::Viewport &to);

    // The view at t in [0, 1] (eased in and out): exactly `from` at 0 and `to` at 1.
    maps::Viewport at(double t) const;
    // The path's length in van Wijk's units; durations may grow with it.
    double length() const { return m_length; }

    // Smoothstep ease-in-out of t in [0, 1].
    static double ease(double t);

private:
    maps::Viewport m_from, m_to;
    QPointF m_c0, m_c1;     // centres, world units
    double m_w0 = 1.0, m_w1 = 1.0;  // visible widths, world units
    double m_u1 = 0.0;      // distance between the centres
    double m_r0 = 0.0;
    double m_length = 0.0;  // S
};

} // namespace nadzor::ui
