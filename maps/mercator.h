#pragma once
// Web-Mercator (EPSG:3857) maths as pure functions: lon/lat <-> metres <-> world pixels at a
// zoom, ground resolution and scale denominators. "World" coordinates are normalised to
// [0, 1] x [0, 1] with the origin at the top-left (180°W, 85.0511°N), y growing southwards;
// world pixels at zoom z are world coordinates times 256 * 2^z.
#include <QPointF>

namespace nadzor::maps::mercator {

constexpr double kEarthRadius = 6378137.0;                  // WGS84 semi-major axis, metres
constexpr double kPi = 3.14159265358979323846;
constexpr double kOriginShift = kPi * kEarthRadius;         // 20037508.342789244 m
constexpr double kMaxLatitude = 85.05112877980659;          // atan(sinh(pi)) in degrees
constexpr double kTileSize = 256.0;                          // pixels per tile edge
constexpr double kMinZoom = 0.0;
constexpr double kMaxZoom = 22.0;
constexpr double kMetresPerInch = 0.0254;

double clampLatitude(double lat);
double clampZoom(double zoom);
// Longitude wrapped into [-180, 180].
double wrapLongitude(double lon);

// EPSG:4326 degrees <-> EPSG:3857 metres (latitude clamped to ±kMaxLatitude).
QPointF lonLatToMetres(double lon, double lat);
QPointF metresToLonLat(double x, double y);

// Degrees <-> normalised world coordinates.
QPointF lonLatToWorld(double lon, double lat);
QPointF worldToLonLat(double wx, double wy);
QPointF metresToWorld(double x, double y);

// Pixels spanned by the whole world at a (fractional) zoom: 256 * 2^zoom.
double worldSize(double zoom);
// Degrees <-> global pixel coordinates at a zoom.
QPointF lonLatToPixel(double lon, double lat, double zoom);
QPointF pixelToLonLat(const QPointF &pixel, double zoom);

// Ground resolution: metres on the ground per pixel at a latitude.
double metresPerPixel(double zoom, double lat);
double zoomForMetresPerPixel(double metresPerPixel, double lat);
// Scale denominator (the N of 1:N) for a screen of `dpi` dots per inch.
double scaleDenominator(double zoom, double lat, double dpi);
double zoomForScaleDenominator(double denominator, double lat, double dpi);

} // namespace nadzor::maps::mercator
