#pragma once
// Kernel density of camera positions, for the map canvas's heatmap layer.
//
// Computed on a Web-Mercator pixel grid (square pixels, as the map shows them). The radius is
// in metres on the ground: at each row it is converted to pixels with that row's scale
// (ground metres per pixel = Mercator metres per pixel × cos(latitude)). Points are binned to
// pixels first, then a kernel stamp is added for each non-empty pixel, so the cost depends on
// the pixels, not on the number of cameras. Each stamp is normalised over the ground areas of
// the cells it covers, so the density (cameras per km²) integrates to the total weight exactly
// when kernels lie inside the grid.
//
// Kernels, with r the radius and d the distance on the ground:
//   quartic (biweight):  K(d) ∝ (1 - d²/r²)² for d < r, 0 beyond;
//   Gaussian:            K(d) ∝ exp(-d² / (2σ²)) with σ = r/3, truncated at d = r (3σ).
#include "analysis/heatmapgrid.h"
#include "domain/boundary.h"
#include "domain/geopoint.h"

#include <QVector>
#include <optional>
#include <vector>

namespace nadzor::analysis {

enum class Kernel { Quartic, Gaussian };

class Heatmap {
public:
    Heatmap() = default;

    // The area to cover, in WGS84 degrees (west < east, south < north).
    void setBounds(double west, double south, double east, double north);
    // The grid's width in pixels; the height follows from the bounds in Web Mercator.
    void setWidth(int pixels) { m_width = pixels; }
    void setRadius(double metres) { m_radius = metres; }
    void setKernel(Kernel kernel) { m_kernel = kernel; }
    // A fixed maximum for the colour scale, so maps of different towns share one scale.
    void setFixedMaximum(std::optional<double> maximum) { m_fixedMaximum = maximum; }
    // Cells whose centre lies outside this (multi)polygon are set to 0.
    void setClip(const domain::MultiPolygon &clip) { m_clip = clip; }
    void clearClip() { m_clip.clear(); }
    // Threads to use (0 = all cores).
    void setThreads(int threads) { m_threads = threads; }

    double radius() const { return m_radius; }
    Kernel kernel() const { return m_kernel; }

    // Weights, when given, must have one value per point (missing ones count as 1).
    // Not reentrant: one Heatmap object computes one grid at a time (it keeps its bins).
    HeatmapGrid compute(const QVector<domain::GeoPoint> &points,
                        const QVector<double> &weights = {}) const;

    // Web Mercator (EPSG:3857) y in metres of a latitude, and back.
    static double mercatorY(double latitude);
    static double latitudeOfMercatorY(double y);
    static constexpr double EarthRadius = 6378137.0;

private:
    double m_west = 0.0, m_south = 0.0, m_east = 0.0, m_north = 0.0;
    int m_width = 512;
    double m_radius = 500.0;
    Kernel m_kernel = Kernel::Quartic;
    std::optional<double> m_fixedMaximum;
    domain::MultiPolygon m_clip;
    int m_threads = 0;
    mutable std::vector<float> m_bins;  // all zero between calls
};

} // namespace nadzor::analysis
