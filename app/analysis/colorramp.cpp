#include "analysis/colorramp.h"

#include <algorithm>
#include <cmath>

namespace nadzor::analysis {

namespace {

// ColorBrewer 2.0 (Cynthia A. Brewer, Pennsylvania State University, colorbrewer2.org,
// Apache-style licence), sequential schemes, indexed by class count 3..9. Public values.
const char *const ylOrRd[7][9] = {
    {"#ffeda0", "#feb24c", "#f03b20"},
    {"#ffffb2", "#fecc5c", "#fd8d3c", "#e31a1c"},
    {"#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"},
    {"#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026"},
    {"#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#b10026"},
    {"#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#b10026"},
    {"#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#bd0026",
     "#800026"},
};
const char *const blues[7][9] = {
    {"#deebf7", "#9ecae1", "#3182bd"},
    {"#eff3ff", "#bdd7e7", "#6baed6", "#2171b5"},
    {"#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"},
    {"#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"},
    {"#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"},
    {"#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"},
    {"#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c",
     "#08306b"},
};
// matplotlib's viridis (van der Walt & Smith, 2015, CC0): every 16th entry of its 256-entry
// table (indices 0, 16, ..., 240) and the last (255).
const char *const viridis[17] = {"#440154", "#48186a", "#472d7b", "#424086", "#3b528b", "#33638d",
                                 "#2c728e", "#26828e", "#21918c", "#1fa088", "#28ae80", "#3fbc73",
                                 "#5ec962", "#84d44b", "#addc30", "#d8e219", "#fde725"};

QColor mix(const QColor &a, const QColor &b, double f)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f),
                            float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

// Linear interpolation along anchors placed at positions pos[i] in [0, 1].
QColor along(const QVector<QColor> &anchors, const QVector<double> &pos, double t)
{
    t = std::clamp(std::isfinite(t) ? t : 0.0, 0.0, 1.0);
    for (qsizetype i = 1; i < anchors.size(); ++i) {
        if (t <= pos[i]) {
            const double span = pos[i] - pos[i - 1];
            return mix(anchors[i - 1], anchors[i], span > 0 ? (t - pos[i - 1]) / span : 0.0);
        }
    }
    return anchors.last();
}

QVector<QColor> brewer(const char *const table[7][9], int classes)
{
    QVector<QColor> out;
    const int n = std::clamp(classes, 3, 9);
    for (int i = 0; i < n; ++i)
        out << QColor(QString::fromLatin1(table[n - 3][i]));
    return out;
}

} // namespace

std::optional<ColorRamp> ColorRamp::fromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("ylorrd"))
        return ColorRamp(Scheme::YlOrRd);
    if (n == QLatin1String("blues"))
        return ColorRamp(Scheme::Blues);
    if (n == QLatin1String("viridis"))
        return ColorRamp(Scheme::Viridis);
    return std::nullopt;
}

QStringList ColorRamp::names()
{
    return {QStringLiteral("YlOrRd"), QStringLiteral("Blues"), QStringLiteral("viridis")};
}

QString ColorRamp::name() const
{
    switch (m_scheme) {
    case Scheme::Blues: return QStringLiteral("Blues");
    case Scheme::Viridis: return QStringLiteral("viridis");
    case Scheme::YlOrRd: break;
    }
    return QStringLiteral("YlOrRd");
}

QVector<QColor> ColorRamp::colors(int classes) const
{
    if (classes <= 0)
        return {};
    if (m_scheme == Scheme::Viridis) {
        QVector<QColor> out;
        for (int i = 0; i < classes; ++i)
            out << colorAt(classes == 1 ? 1.0 : double(i) / (classes - 1));
        return out;
    }
    const auto table = m_scheme == Scheme::Blues ? blues : ylOrRd;
    if (classes >= 3 && classes <= 9)
        return brewer(table, classes);
    const QVector<QColor> three = brewer(table, 3);
    if (classes == 1)
        return {three.last()};
    if (classes == 2)
        return {three.first(), three.last()};
    QVector<QColor> out;
    for (int i = 0; i < classes; ++i)
        out << colorAt(double(i) / (classes - 1));
    return out;
}

QColor ColorRamp::colorAt(double t) const
{
    QVector<QColor> anchors;
    QVector<double> pos;
    if (m_scheme == Scheme::Viridis) {
        for (int i = 0; i < 17; ++i) {
            anchors << QColor(QString::fromLatin1(viridis[i]));
            pos << (i == 16 ? 1.0 : i * 16 / 255.0);
        }
    } else {
        anchors = brewer(m_scheme == Scheme::Blues ? blues : ylOrRd, 9);
        for (int i = 0; i < 9; ++i)
            pos << i / 8.0;
    }
    return along(anchors, pos, t);
}

} // namespace nadzor::analysis
