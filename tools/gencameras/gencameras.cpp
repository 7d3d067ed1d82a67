#include "tools/gencameras/gencameras.h"

#include "analysis/pointlocator.h"
#include "boundaries/serbianlayer.h"

#include <QtGlobal>

#include <cmath>
#include <cstdint>
#include <memory>

namespace nadzor::tools {

namespace {

// SplitMix64: tiny, fast and identical everywhere (std:: distributions are not portable).
class Random {
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    // Standard normal (Box-Muller; one value per call keeps the sequence simple).
    double normal()
    {
        double u1 = uniform();
        if (u1 < 1e-300)
            u1 = 1e-300;
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }

private:
    quint64 m_state;
};

// Serbia's municipalities from the bundled layer, for the uniform share; null when the layer
// is not compiled in (the uniform share then falls over the bounding box, with a warning).
const analysis::PointLocator *serbiaLocator()
{
    static const std::unique_ptr<analysis::PointLocator> locator = []() -> std::unique_ptr<analysis::PointLocator> {
        const auto layer = boundaries::bundledSerbianLayer();
        if (!layer.ok()) {
            qWarning("gencameras: the bundled Serbian layer is not available (%s); the uniform share "
                     "falls over the bounding box, outside Serbia too",
                     qPrintable(layer.errorString()));
            return nullptr;
        }
        return std::make_unique<analysis::PointLocator>(layer.value());
    }();
    return locator.get();
}

} // namespace

bool insideSerbia(double lon, double lat)
{
    const analysis::PointLocator *locator = serbiaLocator();
    return !locator || locator->locate(lon, lat) != analysis::PointLocator::Outside;
}

const QVector<TownCentre> &townCentres()
{
    static const QVector<TownCentre> towns = {
        {"Beograd", 20.4573, 44.8176, 30.0},    {"Novi Sad", 19.8335, 45.2671, 8.0},
        {"Niš", 21.8958, 43.3209, 6.0},         {"Kragujevac", 20.9114, 44.0128, 4.0},
        {"Subotica", 19.6650, 46.1000, 3.0},    {"Zrenjanin", 20.3899, 45.3836, 2.0},
        {"Pančevo", 20.6403, 44.8708, 2.0},     {"Čačak", 20.3497, 43.8914, 2.0},
        {"Novi Pazar", 20.5122, 43.1367, 2.0},  {"Kraljevo", 20.6872, 43.7258, 2.0},
        {"Smederevo", 20.9302, 44.6628, 2.0},   {"Leskovac", 21.9460, 42.9981, 2.0},
        {"Valjevo", 19.8902, 44.2751, 2.0},     {"Kruševac", 21.3336, 43.5800, 2.0},
        {"Vranje", 21.9003, 42.5514, 1.5},      {"Šabac", 19.6906, 44.7538, 2.0},
        {"Užice", 19.8488, 43.8586, 1.5},       {"Sombor", 19.1122, 45.7742, 1.5},
        {"Požarevac", 21.1878, 44.6213, 1.5},   {"Pirot", 22.5861, 43.1531, 1.0},
        {"Zaječar", 22.2857, 43.9042, 1.0},     {"Kikinda", 20.4653, 45.8297, 1.0},
        {"Sremska Mitrovica", 19.6122, 44.9764, 1.0}, {"Jagodina", 21.2612, 43.9771, 1.0},
        {"Vršac", 21.2986, 45.1167, 1.0},       {"Bor", 22.0960, 44.0749, 1.0},
        {"Prokuplje", 21.5883, 43.2342, 1.0},   {"Loznica", 19.2258, 44.5339, 1.0},
        {"Bečej", 20.0333, 45.6167, 0.8},       {"Osečina", 19.6000, 44.3731, 0.3},
        {"Aranđelovac", 20.5169, 44.3069, 0.8}, {"Inđija", 20.0819, 45.0481, 0.7},
        {"Ćuprija", 21.3700, 43.9275, 0.6},     {"Paraćin", 21.4078, 43.8608, 0.8},
        {"Negotin", 22.5306, 44.2264, 0.5},
    };
    return towns;
}

QVector<domain::GeoPoint> generateCameras(int count, quint32 seed)
{
    QVector<domain::GeoPoint> points;
    if (count <= 0)
        return points;
    points.reserve(count);
    Random random(seed);
    // Further tries of a rejected uniform point come from their own stream, so the main
    // sequence (and with it every clustered point) is the same as without the rejection.
    Random retries((quint64(seed) << 32) ^ 0x5EB1A0000000001DULL);

    const auto &towns = townCentres();
    QVector<double> cumulative;
    double total = 0.0;
    for (const TownCentre &t : towns) {
        total += t.weight;
        cumulative.append(total);
    }

    for (int i = 0; i < count; ++i) {
        if (random.uniform() < kUniformShare) {
            // Rejection sampling: uniform over the box until the point is inside Serbia.
            double lon = kMinLon + random.uniform() * (kMaxLon - kMinLon);
            double lat = kMinLat + random.uniform() * (kMaxLat - kMinLat);
            while (!insideSerbia(lon, lat)) {
                lon = kMinLon + retries.uniform() * (kMaxLon - kMinLon);
                lat = kMinLat + retries.uniform() * (kMaxLat - kMinLat);
            }
            points.append({lon, lat});
            continue;
        }
        const double pick = random.uniform() * total;
        int t = 0;
        while (t < cumulative.size() - 1 && cumulative[t] <= pick)
            ++t;
        const TownCentre &town = towns[t];
        // Cluster spread in km grows with the town: ~1.3 km for a small town, ~4 km for Belgrade.
        const double sigmaKm = 1.0 + 0.55 * std::sqrt(town.weight);
        const double dLat = random.normal() * sigmaKm / 111.32;
        const double dLon =
            random.normal() * sigmaKm / (111.32 * std::cos(town.lat * M_PI / 180.0));
        points.append({town.lon + dLon, town.lat + dLat});
    }
    return points;
}

QString generatedManufacturer(int index, quint32 seed)
{
    static const char *const names[] = {"Dahua", "Dahua", "Dahua", "Hikvision", "Hikvision",
                                        "Huawei", "Huawei", "Axis", "Bosch", "Uniview"};
    Random random((quint64(seed) << 32) ^ quint64(index) * 0x2545F4914F6CDD1DULL);
    return QString::fromLatin1(names[random.next() % 10]);
}

} // namespace nadzor::tools
