#include "analysis/heatmap.h"

#include "analysis/pointlocator.h"

#include <algorithm>
#include <cmath>
#include <thread>
#include <vector>

namespace nadzor::analysis {

namespace {

constexpr double degToRad = M_PI / 180.0;

struct Stamp {
    int half = 0;                 // the stamp covers offsets -half..half in x and y
    std::vector<float> weights;   // (2 half + 1)², density per unit weight (per km²)
};

} // namespace

double Heatmap::mercatorY(double latitude)
{
    const double lat = std::clamp(latitude, -85.05112878, 85.05112878) * degToRad;
    return EarthRadius * std::log(std::tan(M_PI / 4.0 + lat / 2.0));
}

double Heatmap::latitudeOfMercatorY(double y)
{
    return (2.0 * std::atan(std::exp(y / EarthRadius)) - M_PI / 2.0) / degToRad;
}

void Heatmap::setBounds(double west, double south, double east, double north)
{
    m_west = west;
    m_south = south;
    m_east = east;
    m_north = north;
}

HeatmapGrid Heatmap::compute(const QVector<domain::GeoPoint> &points,
                             const QVector<double> &weights) const
{
    HeatmapGrid grid;
    if (m_width <= 0 || !(m_east > m_west) || !(m_north > m_south))
        return grid;
    const int W = m_width;
    const double px = EarthRadius * (m_east - m_west) * degToRad / W;  // Mercator m per pixel
    const double top = mercatorY(m_north);
    const int H = std::max(1, int(std::ceil((top - mercatorY(m_south)) / px - 1e-9)));
    grid.width = W;
    grid.height = H;
    grid.west = m_west;
    grid.east = m_east;
    grid.north = m_north;
    grid.south = latitudeOfMercatorY(top - H * px);
    grid.values.fill(0.0f, qsizetype(W) * H);

    // An extended grid with a margin, so kernels of points just outside still reach in.
    const double radius = std::max(0.0, m_radius);
    auto rowLat = [&](int extRow, int margin) {
        return latitudeOfMercatorY(top - (extRow - margin + 0.5) * px);
    };
    const double northmost = std::min(85.0, m_north + radius / 111000.0 + 1.0);
    const int margin = int(std::ceil(radius / (px * std::cos(northmost * degToRad)))) + 1;
    const int EW = W + 2 * margin, EH = H + 2 * margin;

    // Row edges of the extended grid in latitude (decreasing), and a lookup table in latitude.
    std::vector<double> edgeLat(EH + 1);
    for (int r = 0; r <= EH; ++r)
        edgeLat[r] = latitudeOfMercatorY(top - (r - margin) * px);
    const double latTop = edgeLat[0], latBottom = edgeLat[EH];
    const int lutSize = EH * 4;
    const double lutScale = lutSize / (latTop - latBottom);
    std::vector<int> lut(lutSize + 1);
    {
        int r = 0;
        for (int u = 0; u <= lutSize; ++u) {
            const double lat = latTop - u / lutScale;
            while (r < EH - 1 && lat < edgeLat[r + 1])
                ++r;
            lut[u] = r;
        }
    }
    const double colScale = W / (m_east - m_west);
    const double lonWestExt = m_west - margin / colScale;

    // 1. Bin the points (weights summed per pixel).
    // The bins are kept between calls and left all zero by the splat below, so a repeated
    // compute() neither allocates nor clears 20 MB.
    std::vector<float> &bins = m_bins;
    if (bins.size() != size_t(EW) * EH)
        bins.assign(size_t(EW) * EH, 0.0f);
    const bool weighted = !weights.isEmpty();
    int threads = m_threads > 0 ? m_threads : int(std::max(1u, std::thread::hardware_concurrency()));
    auto binRows = [&](int rowFrom, int rowTo) {
        for (qsizetype i = 0; i < points.size(); ++i) {
            const domain::GeoPoint &p = points.at(i);
            if (!(p.lat <= latTop && p.lat > latBottom))
                continue;
            const double fx = std::floor((p.lon - lonWestExt) * colScale);
            if (!(fx >= 0 && fx < EW))
                continue;
            int r = lut[std::clamp(int((latTop - p.lat) * lutScale), 0, lutSize)];
            while (r > 0 && p.lat > edgeLat[r])
                --r;
            while (r < EH - 1 && p.lat <= edgeLat[r + 1])
                ++r;
            if (r < rowFrom || r >= rowTo)
                continue;
            const float w = weighted ? float(weights.value(i, 1.0)) : 1.0f;
            bins[size_t(r) * EW + size_t(fx)] += w;
        }
    };
    binRows(0, EH);  // (splitting rows between threads cost more than it saved when measured)

    // 2. Kernel stamps, one per extended row (the ground scale changes with latitude).
    std::vector<double> cellArea(EH);  // km²
    for (int r = 0; r < EH; ++r) {
        const double g = px * std::cos(rowLat(r, margin) * degToRad);
        cellArea[r] = g * g / 1e6;
    }
    std::vector<Stamp> stamps(EH);
    int maxHalf = 0;
    for (int r = 0; r < EH; ++r) {
        Stamp &s = stamps[r];
        const double g = px * std::cos(rowLat(r, margin) * degToRad);  // ground m per pixel
        const double rp = radius / g;
        s.half = std::min(int(std::floor(rp)), margin);
        const int side = 2 * s.half + 1;
        s.weights.assign(size_t(side) * side, 0.0f);
        std::vector<double> k(size_t(side) * side, 0.0);
        double norm = 0.0;
        const double sigma = rp / 3.0;
        for (int dy = -s.half; dy <= s.half; ++dy) {
            const int rr = std::clamp(r + dy, 0, EH - 1);
            for (int dx = -s.half; dx <= s.half; ++dx) {
                const double d2 = double(dx) * dx + double(dy) * dy;
                double v = 0.0;
                if (rp <= 0.0 || s.half == 0) {
                    v = (dx == 0 && dy == 0) ? 1.0 : 0.0;
                } else if (d2 < rp * rp) {
                    if (m_kernel == Kernel::Quartic) {
                        const double t = 1.0 - d2 / (rp * rp);
                        v = t * t;
                    } else {
                        v = std::exp(-d2 / (2.0 * sigma * sigma));
                    }
                }
                k[size_t(dy + s.half) * side + (dx + s.half)] = v;
                norm += v * cellArea[rr];
            }
        }
        for (size_t i = 0; i < k.size(); ++i)
            s.weights[i] = norm > 0 ? float(k[i] / norm) : 0.0f;
        maxHalf = std::max(maxHalf, s.half);
    }

    // 3. Splat a stamp per non-empty pixel, into the visible grid. Rows of bins are split into
    // bands taller than a stamp; even bands, then odd bands, run in parallel without overlap.
    float *out = grid.values.data();
    auto splatRows = [&](int r0, int r1) {
        for (int r = r0; r < r1; ++r) {
            const Stamp &s = stamps[r];
            const int side = 2 * s.half + 1;
            float *binRow = bins.data() + size_t(r) * EW;
            for (int c = 0; c < EW; ++c) {
                const float w = binRow[c];
                if (w == 0.0f)
                    continue;
                binRow[c] = 0.0f;
                const int gx = c - margin, gy = r - margin;  // centre in the visible grid
                const int y0 = std::max(-s.half, -gy), y1 = std::min(s.half, H - 1 - gy);
                const int x0 = std::max(-s.half, -gx), x1 = std::min(s.half, W - 1 - gx);
                if (x0 > x1 || y0 > y1)
                    continue;
                for (int dy = y0; dy <= y1; ++dy) {
                    float *o = out + size_t(gy + dy) * W + gx;
                    const float *k = s.weights.data() + size_t(dy + s.half) * side + s.half;
                    for (int dx = x0; dx <= x1; ++dx)
                        o[dx] += w * k[dx];
                }
            }
        }
    };
    const int band = std::max(2 * maxHalf + 1, 32);
    const int bands = (EH + band - 1) / band;
    if (threads <= 1 || bands < 4) {
        splatRows(0, EH);
    } else {
        for (int phase = 0; phase < 2; ++phase) {
            std::vector<std::thread> pool;
            for (int t = 0; t < threads; ++t) {
                pool.emplace_back([&, t, phase] {
                    for (int b = phase, n = 0; b < bands; b += 2, ++n) {
                        if (n % threads == t)
                            splatRows(b * band, std::min(EH, (b + 1) * band));
                    }
                });
            }
            for (std::thread &th : pool)
                th.join();
        }
    }

    // 4. Clip.
    if (!m_clip.isEmpty()) {
        const PointLocator clip(QList<domain::MultiPolygon>{m_clip});
        for (int y = 0; y < H; ++y) {
            const double lat = grid.rowLatitude(y);
            for (int x = 0; x < W; ++x) {
                const double lon = m_west + (x + 0.5) / colScale;
                if (clip.locate(lon, lat) != 0)
                    out[size_t(y) * W + x] = 0.0f;
            }
        }
    }

    float maxValue = 0.0f;
    for (float v : std::as_const(grid.values))
        maxValue = std::max(maxValue, v);
    grid.dataMaximum = maxValue;
    grid.fixedMaximum = m_fixedMaximum.has_value();
    grid.maxValue = m_fixedMaximum ? float(*m_fixedMaximum) : maxValue;
    return grid;
}

} // namespace nadzor::analysis
