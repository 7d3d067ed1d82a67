#include "maps/mercator.h"

#include <algorithm>
#include <cmath>

namespace nadzor::maps::mercator {

namespace {
constexpr double kDegToRad = kPi / 180.0;
constexpr double kRadToDeg = 180.0 / kPi;
constexpr double kEquatorMetresPerPixelZ0 = 2.0 * kPi * kEarthRadius / kTileSize;
} // namespace

double clampLatitude(double lat)
{
    return std::clamp(lat, -kMaxLatitude, kMaxLatitude);
}

double clampZoom(double zoom)
{
    return std::clamp(zoom, kMinZoom, kMaxZoom);
}

double wrapLongitude(double lon)
{
    if (lon >= -180.0 && lon <= 180.0)
        return lon;
    double w = std::fmod(lon + 180.0, 360.0);
    if (w < 0)
        w += 360.0;
    return w - 180.0;
}

QPointF lonLatToMetres(double lon, double lat)
{
    const double phi = clampLatitude(lat) * kDegToRad;
    return {lon * kDegToRad * kEarthRadius, kEarthRadius * std::log(std::tan(kPi / 4.0 + phi / 2.0))};
}

QPointF metresToLonLat(double x, double y)
{
    const double lon = x / kEarthRadius * kRadToDeg;
    const double lat = (2.0 * std::atan(std::exp(y / kEarthRadius)) - kPi / 2.0) * kRadToDeg;
    return {lon, lat};
}

QPointF metresToWorld(double x, double y)
{
    return {(x + kOriginShift) / (2.0 * kOriginShift), (kOriginShift - y) / (2.0 * kOriginShift)};
}

QPointF lonLatToWorld(double lon, double lat)
{
    const double phi = clampLatitude(lat) * kDegToRad;
    const double wx = (lon + 180.0) / 360.0;
    const double wy = 0.5 - std::log(std::tan(kPi / 4.0 + phi / 2.0)) / (2.0 * kPi);
    return {wx, wy};
}

QPointF worldToLonLat(double wx, double wy)
{
    const double lon = wx * 360.0 - 180.0;
    const double lat = std::atan(std::sinh(kPi * (1.0 - 2.0 * wy))) * kRadToDeg;
    return {lon, lat};
}

double worldSize(double zoom)
{
    return kTileSize * std::exp2(zoom);
}

QPointF lonLatToPixel(double lon, double lat, double zoom)
{
    return lonLatToWorld(lon, lat) * worldSize(zoom);
}

QPointF pixelToLonLat(const QPointF &pixel, double zoom)
{
    const double size = worldSize(zoom);
    return worldToLonLat(pixel.x() / size, pixel.y() / size);
}

double metresPerPixel(double zoom, double lat)
{
    return kEquatorMetresPerPixelZ0 * std::cos(clampLatitude(lat) * kDegToRad) / std::exp2(zoom);
}

double zoomForMetresPerPixel(double mpp, double lat)
{
    return std::log2(kEquatorMetresPerPixelZ0 * std::cos(clampLatitude(lat) * kDegToRad) / mpp);
}

double scaleDenominator(double zoom, double lat, double dpi)
{
    return metresPerPixel(zoom, lat) * dpi / kMetresPerInch;
}

double zoomForScaleDenominator(double denominator, double lat, double dpi)
{
    return zoomForMetresPerPixel(denominator * kMetresPerInch / dpi, lat);
}

} // namespace nadzor::maps::mercator
