#pragma once
// camera:direction as OpenStreetMap writes it: degrees clockwise from north, several values
// separated by ';', clockwise ranges such as "90-270", and cardinal points ("N", "NNE", ...).
#include <QString>
#include <QVector>
#include <optional>

namespace nadzor::domain {

struct DirectionRange {
    double from = 0.0;  // degrees in [0, 360)
    double to = 0.0;    // degrees in [0, 360); equal to `from` for a single direction
    bool range = false; // written as "from-to" (a range whose ends meet is a full circle)

    bool isSingle() const { return !range; }
    // The clockwise sweep from `from` to `to`, in (0, 360] for ranges, 0 for single values.
    double sweep() const;
    // The middle of the clockwise sweep: where a field-of-view cone points.
    double centre() const;
    bool operator==(const DirectionRange &o) const { return from == o.from && to == o.to && range == o.range; }
};

class Direction {
public:
    Direction() = default;

    // Parses an OSM value. An empty or blank string gives an empty Direction; anything that is
    // not degrees, a range or a cardinal point gives std::nullopt.
    static std::optional<Direction> parse(const QString &text);
    static Direction fromDegrees(double degrees);

    bool isEmpty() const { return m_ranges.isEmpty(); }
    const QVector<DirectionRange> &ranges() const { return m_ranges; }
    // The canonical OSM text: "90;180-270" (degrees without trailing zeros).
    QString toString() const;

private:
    QVector<DirectionRange> m_ranges;
};

// Degrees of a cardinal point ("N" 0, "NNE" 22.5, ... "NNW" 337.5), or std::nullopt.
std::optional<double> cardinalToDegrees(const QString &text);

} // namespace nadzor::domain
