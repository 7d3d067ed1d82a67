#include "ui/flightpath.h"

#include "maps/mercator.h"

#include <algorithm>
#include <cmath>

namespace nadzor::ui {

namespace {

constexpr double kRho = 1.42;  // van Wijk's "optimal" trade-off between zooming and panning

double visibleWidth(const maps::Viewport &vp)
{
    return std::max(1, vp.width()) / (maps::mercator::kTileSize * std::pow(2.0, vp.zoom()));
}

} // namespace

FlightPath::FlightPath(const maps::Viewport &from, const maps::Viewport &to) : m_from(from), m_to(to)
{
    m_to.setSize(from.size());
    m_to.setDevicePixelRatio(from.devicePixelRatio());
    m_c0 = maps::mercator::lonLatToWorld(from.centre().lon, from.centre().lat);
    m_c1 = maps::mercator::lonLatToWorld(to.centre().lon, to.centre().lat);
    m_w0 = visibleWidth(from);
    m_w1 = visibleWidth(m_to);
    const QPointF d = m_c1 - m_c0;
    m_u1 = std::hypot(d.x(), d.y());
    const double rho2 = kRho * kRho;
    if (m_u1 < 1e-12) {
        m_length = std::abs(std::log(m_w1 / m_w0)) / kRho;
        return;
    }
    const auto b = [&](int i) {
        const double wi = i == 0 ? m_w0 : m_w1;
        const double sign = i == 0 ? 1.0 : -1.0;
        return (m_w1 * m_w1 - m_w0 * m_w0 + sign * rho2 * rho2 * m_u1 * m_u1) / (2.0 * wi * rho2 * m_u1);
    };
    const auto r = [](double bi) { return std::log(-bi + std::sqrt(bi * bi + 1.0)); };
    m_r0 = r(b(0));
    m_length = (r(b(1)) - m_r0) / kRho;
}

double FlightPath::ease(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}

maps::Viewport FlightPath::at(double t) const
{
    if (t <= 0.0)
        return m_from;
    if (t >= 1.0 || !std::isfinite(m_length))
        return m_to;
    const double s = ease(t) * m_length;
    double fraction = 0.0;  // of the way from c0 to c1
    double w = m_w0;
    if (m_u1 < 1e-12) {
        fraction = ease(t);
        w = m_w0 * std::pow(m_w1 / m_w0, ease(t));
    } else {
        const double rho2 = kRho * kRho;
        const double u = m_w0 / rho2 * std::cosh(m_r0) * std::tanh(kRho * s + m_r0) - m_w0 / rho2 * std::sinh(m_r0);
        w = m_w0 * std::cosh(m_r0) / std::cosh(kRho * s + m_r0);
        fraction = std::clamp(u / m_u1, 0.0, 1.0);
    }
    const QPointF c = m_c0 + (m_c1 - m_c0) * fraction;
    const QPointF ll = maps::mercator::worldToLonLat(c.x(), c.y());
    maps::Viewport vp = m_from;
    vp.setCentre(ll.x(), ll.y());
    vp.setZoom(std::log2(std::max(1, m_from.width()) / (maps::mercator::kTileSize * std::max(w, 1e-12))));
    return vp;
}

} // namespace nadzor::ui
