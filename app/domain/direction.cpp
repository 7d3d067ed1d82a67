#include "domain/direction.h"

#include <QStringList>
#include <cmath>

namespace nadzor::domain {

namespace {

double normalise(double degrees)
{
    double d = std::fmod(degrees, 360.0);
    if (d < 0)
        d += 360.0;
    return d == 360.0 ? 0.0 : d;
}

std::optional<double> parseAngle(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (ok && std::isfinite(v))
        return normalise(v);
    return cardinalToDegrees(t);
}

QString formatAngle(double v)
{
    return QString::number(v, 'g', 10);
}

} // namespace

double DirectionRange::sweep() const
{
    if (isSingle())
        return 0.0;
    const double s = normalise(to - from);
    return s == 0.0 ? 360.0 : s;
}

double DirectionRange::centre() const
{
    return normalise(from + sweep() / 2.0);
}

std::optional<double> cardinalToDegrees(const QString &text)
{
    static const char *const names[] = {"N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
                                        "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"};
    const QString t = text.trimmed().toUpper();
    for (int i = 0; i < 16; ++i) {
        if (t == QLatin1String(names[i]))
            return i * 22.5;
    }
    return std::nullopt;
}

std::optional<Direction> Direction::parse(const QString &text)
{
    Direction d;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return d;
    const QStringList parts = trimmed.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        // A range "a-b"; a leading '-' is a negative number, not a range.
        const int dash = part.indexOf(QLatin1Char('-'), 1);
        if (dash > 0) {
            const auto from = parseAngle(part.left(dash));
            const auto to = parseAngle(part.mid(dash + 1));
            if (!from || !to)
                return std::nullopt;
            d.m_ranges.append({*from, *to, true});
        } else {
            const auto a = parseAngle(part);
            if (!a)
                return std::nullopt;
            d.m_ranges.append({*a, *a, false});
        }
    }
    if (d.m_ranges.isEmpty())
        return std::nullopt;
    return d;
}

Direction Direction::fromDegrees(double degrees)
{
    Direction d;
    const double a = normalise(degrees);
    d.m_ranges.append({a, a, false});
    return d;
}

QString Direction::toString() const
{
    QStringList parts;
    for (const DirectionRange &r : m_ranges) {
        parts << (r.isSingle() ? formatAngle(r.from)
                               : formatAngle(r.from) + QLatin1Char('-') + formatAngle(r.to));
    }
    return parts.join(QLatin1Char(';'));
}

} // namespace nadzor::domain
