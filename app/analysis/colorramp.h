#pragma once
// Colour-blind-safe sequential ramps for choropleths and heatmaps: ColorBrewer YlOrRd and Blues
// (Cynthia Brewer, colorbrewer2.org, exact values for 3 to 9 classes) and matplotlib's viridis.
#include <QColor>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace nadzor::analysis {

class ColorRamp {
public:
    enum class Scheme { YlOrRd, Blues, Viridis };

    ColorRamp() = default;
    explicit ColorRamp(Scheme scheme) : m_scheme(scheme) {}
    // "YlOrRd", "Blues", "viridis" (case-insensitive), or std::nullopt.
    static std::optional<ColorRamp> fromName(const QString &name);
    static QStringList names();

    Scheme scheme() const { return m_scheme; }
    QString name() const;
    // One colour per class, light to dark (viridis: dark to light). ColorBrewer schemes give
    // their published colours for 3 to 9 classes; 1 and 2 classes take the 3-class ends; more
    // than 9 are interpolated along the 9-class ramp.
    QVector<QColor> colors(int classes) const;
    // A continuous ramp for heatmaps: t in [0, 1], linear in RGB between the anchors.
    QColor colorAt(double t) const;

private:
    Scheme m_scheme = Scheme::YlOrRd;
};

} // namespace nadzor::analysis
