#include "ui/coordinateparser.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>
#include <QVector>
#include <cmath>

namespace nadzor::ui {

namespace {

using domain::makeError;

// One axis as written: up to three numbers (degrees, minutes, seconds) and a hemisphere.
struct Axis {
    QVector<double> parts;
    QVector<QChar> units;  // '°', '\'', '"' or '\0' for each part
    QChar hemisphere;      // N, S, E, W or '\0'
    bool negative = false;
    int letterAt = 0;      // -1 the letter precedes the numbers, +1 follows them
};

QString normalise(QString text)
{
    text = text.trimmed().toUpper();
    // Typographic marks as people paste them from web pages and PDFs.
    text.replace(QChar(0x2032), QLatin1Char('\''));  // prime
    text.replace(QChar(0x2033), QLatin1Char('"'));   // double prime
    text.replace(QChar(0x2019), QLatin1Char('\''));
    text.replace(QChar(0x201D), QLatin1Char('"'));
    text.replace(QChar(0x201C), QLatin1Char('"'));
    text.replace(QChar(0x00BA), QChar(0x00B0));      // masculine ordinal, often used for degrees
    text.replace(QStringLiteral("''"), QStringLiteral("\""));
    text.replace(QChar(0x2212), QLatin1Char('-'));   // minus sign
    return text;
}

struct Token {
    enum Kind { Number, Unit, Letter, Separator } kind;
    double value = 0.0;
    QChar ch;
    bool negative = false;
};

domain::Result<QVector<Token>> tokenize(const QString &text)
{
    QVector<Token> tokens;
    int i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c.isDigit() || ((c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('.'))
                            && i + 1 < text.size() && (text.at(i + 1).isDigit() || text.at(i + 1) == QLatin1Char('.')))) {
            int j = i;
            bool negative = false;
            if (text.at(j) == QLatin1Char('-') || text.at(j) == QLatin1Char('+')) {
                negative = text.at(j) == QLatin1Char('-');
                ++j;
            }
            const int start = j;
            while (j < text.size() && (text.at(j).isDigit() || text.at(j) == QLatin1Char('.')))
                ++j;
            bool ok = false;
            const double v = text.mid(start, j - start).toDouble(&ok);
            if (!ok)
                return makeError(QStringLiteral("\"%1\" is not a number").arg(text.mid(start, j - start)));
            tokens.push_back({Token::Number, v, QChar(), negative});
            i = j;
            continue;
        }
        if (c == QChar(0x00B0) || c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            tokens.push_back({Token::Unit, 0.0, c, false});
            ++i;
            continue;
        }
        if (c == QLatin1Char('N') || c == QLatin1Char('S') || c == QLatin1Char('E') || c == QLatin1Char('W')) {
            tokens.push_back({Token::Letter, 0.0, c, false});
            ++i;
            continue;
        }
        if (c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('/')) {
            tokens.push_back({Token::Separator, 0.0, c, false});
            ++i;
            continue;
        }
        return makeError(QStringLiteral("unexpected \"%1\"").arg(c));
    }
    return tokens;
}

// Splits the tokens into the two axes.
domain::Result<QVector<Axis>> group(const QVector<Token> &tokens)
{
    QVector<Axis> axes(1);
    const auto current = [&]() -> Axis & { return axes.last(); };
    const auto next = [&]() {
        if (!current().parts.isEmpty() || current().hemisphere != QChar())
            axes.push_back(Axis());
    };
    int numbers = 0;
    bool hasLetters = false, hasSeparators = false, hasDegreeMarks = false;
    for (const Token &t : tokens) {
        numbers += t.kind == Token::Number;
        hasLetters |= t.kind == Token::Letter;
        hasSeparators |= t.kind == Token::Separator;
        hasDegreeMarks |= t.kind == Token::Unit && t.ch == QChar(0x00B0);
    }
    // Without separators, letters or degree marks, numbers split evenly: "44.81 20.45",
    // "44 48 45 20 27 26".
    int perAxis = 0;
    if (!hasLetters && !hasSeparators && !hasDegreeMarks) {
        if (numbers != 2 && numbers != 4 && numbers != 6)
            return makeError(QStringLiteral("expected two coordinates, found %1 numbers").arg(numbers));
        perAxis = numbers / 2;
    }
    for (int i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        switch (t.kind) {
        case Token::Separator:
            if (current().parts.isEmpty() && current().hemisphere == QChar() && axes.size() > 1)
                break;  // "44 48 45 N, 20 27 26 E": the letter already closed the axis
            if (current().parts.isEmpty())
                return makeError(QStringLiteral("a separator \"%1\" without a coordinate before it").arg(t.ch));
            next();
            break;
        case Token::Letter:
            if (current().hemisphere != QChar() || (!current().parts.isEmpty() && current().letterAt == -1)) {
                next();
            }
            if (current().parts.isEmpty()) {
                current().hemisphere = t.ch;
                current().letterAt = -1;
            } else {
                current().hemisphere = t.ch;
                current().letterAt = 1;
                next();
            }
            break;
        case Token::Unit: {
            if (current().parts.isEmpty() || current().units.last() != QChar())
                return makeError(QStringLiteral("\"%1\" without a number before it").arg(t.ch));
            current().units.last() = t.ch;
            break;
        }
        case Token::Number: {
            // A new axis starts at a number written as degrees when this one already has degrees,
            // or when the even split says so.
            const bool nextIsDegrees = i + 1 < tokens.size() && tokens.at(i + 1).kind == Token::Unit
                && tokens.at(i + 1).ch == QChar(0x00B0);
            if (!current().parts.isEmpty()
                && ((nextIsDegrees && hasDegreeMarks) || (perAxis > 0 && current().parts.size() == perAxis)))
                next();
            if (current().parts.size() >= 3)
                return makeError(QStringLiteral("too many numbers in one coordinate"));
            if (!current().parts.isEmpty() && t.negative)
                return makeError(QStringLiteral("a sign inside a coordinate"));
            if (current().parts.isEmpty())
                current().negative = t.negative;
            current().parts.push_back(t.value);
            current().units.push_back(QChar());
            break;
        }
        }
    }
    if (axes.last().parts.isEmpty() && axes.last().hemisphere == QChar())
        axes.removeLast();
    for (const Axis &a : std::as_const(axes))
        if (a.parts.isEmpty())
            return makeError(QStringLiteral("a hemisphere letter without numbers"));
    if (axes.size() != 2)
        return makeError(QStringLiteral("expected two coordinates (latitude and longitude), found %1").arg(axes.size()));
    return axes;
}

domain::Result<double> degrees(const Axis &axis)
{
    double deg = axis.parts.at(0);
    const int n = int(axis.parts.size());
    // Units, when written, must follow the order degrees, minutes, seconds.
    static const QChar order[3] = {QChar(0x00B0), QLatin1Char('\''), QLatin1Char('"')};
    for (int i = 0; i < n; ++i)
        if (axis.units.at(i) != QChar() && axis.units.at(i) != order[i])
            return makeError(QStringLiteral("\"%1\" where %2 were expected")
                                 .arg(axis.units.at(i))
                                 .arg(i == 0 ? QStringLiteral("degrees") : i == 1 ? QStringLiteral("minutes")
                                                                                  : QStringLiteral("seconds")));
    if (n >= 2) {
        if (deg != std::floor(deg))
            return makeError(QStringLiteral("degrees with a fraction (%1) followed by minutes").arg(deg));
        const double minutes = axis.parts.at(1);
        if (minutes >= 60.0)
            return makeError(QStringLiteral("%1 minutes: minutes must be below 60").arg(minutes));
        if (n == 3 && minutes != std::floor(minutes))
            return makeError(QStringLiteral("minutes with a fraction (%1) followed by seconds").arg(minutes));
        deg += minutes / 60.0;
    }
    if (n == 3) {
        const double seconds = axis.parts.at(2);
        if (seconds >= 60.0)
            return makeError(QStringLiteral("%1 seconds: seconds must be below 60").arg(seconds));
        deg += seconds / 3600.0;
    }
    if (axis.negative)
        deg = -deg;
    if (axis.hemisphere == QLatin1Char('S') || axis.hemisphere == QLatin1Char('W')) {
        if (axis.negative)
            return makeError(QStringLiteral("both a minus sign and %1").arg(axis.hemisphere));
        deg = -deg;
    }
    return deg;
}

bool isLatitudeLetter(QChar c)
{
    return c == QLatin1Char('N') || c == QLatin1Char('S');
}

bool inRange(double v, double lo, double hi)
{
    return v >= lo && v <= hi;
}

constexpr double kSerbiaSouth = 41.8, kSerbiaNorth = 46.3, kSerbiaWest = 18.8, kSerbiaEast = 23.1;

} // namespace

bool CoordinateParser::isInsideSerbia(const domain::GeoPoint &p)
{
    return inRange(p.lat, kSerbiaSouth, kSerbiaNorth) && inRange(p.lon, kSerbiaWest, kSerbiaEast);
}

QString CoordinateParser::format(const domain::GeoPoint &p)
{
    return QStringLiteral("%1, %2").arg(p.lat, 0, 'f', 6).arg(p.lon, 0, 'f', 6);
}

domain::Result<ParsedCoordinate> CoordinateParser::parse(const QString &input)
{
    const QString text = normalise(input);
    if (text.isEmpty())
        return makeError(QStringLiteral("No coordinates: type latitude and longitude, e.g. 44.8125, 20.4573"));
    const auto fail = [&input](const QString &why) {
        return makeError(QStringLiteral("Cannot read \"%1\" as coordinates: %2").arg(input.trimmed(), why));
    };
    auto tokens = tokenize(text);
    if (!tokens.ok())
        return fail(tokens.error().message);
    auto axes = group(tokens.value());
    if (!axes.ok())
        return fail(axes.error().message);
    const Axis &a = axes.value().at(0);
    const Axis &b = axes.value().at(1);
    auto va = degrees(a);
    if (!va.ok())
        return fail(va.error().message);
    auto vb = degrees(b);
    if (!vb.ok())
        return fail(vb.error().message);

    ParsedCoordinate out;
    bool firstIsLat = true;
    if (a.hemisphere != QChar() || b.hemisphere != QChar()) {
        if (a.hemisphere != QChar() && b.hemisphere != QChar()
            && isLatitudeLetter(a.hemisphere) == isLatitudeLetter(b.hemisphere))
            return fail(QStringLiteral("both coordinates are %1").arg(isLatitudeLetter(a.hemisphere)
                                                                          ? QStringLiteral("latitudes (N/S)")
                                                                          : QStringLiteral("longitudes (E/W)")));
        firstIsLat = a.hemisphere != QChar() ? isLatitudeLetter(a.hemisphere) : !isLatitudeLetter(b.hemisphere);
    } else {
        const domain::GeoPoint asWritten{vb.value(), va.value()};
        const domain::GeoPoint swapped{va.value(), vb.value()};
        if (!isInsideSerbia(asWritten) && isInsideSerbia(swapped))
            firstIsLat = false;
        else if (std::abs(va.value()) > 90.0 && std::abs(vb.value()) <= 90.0)
            firstIsLat = false;
    }
    out.swapped = !firstIsLat;
    const double lat = firstIsLat ? va.value() : vb.value();
    const double lon = firstIsLat ? vb.value() : va.value();
    if (!inRange(lat, -90.0, 90.0))
        return fail(QStringLiteral("latitude %1 is outside -90..90").arg(lat));
    if (!inRange(lon, -180.0, 180.0))
        return fail(QStringLiteral("longitude %1 is outside -180..180").arg(lon));
    out.position = {lon, lat};
    out.insideSerbia = isInsideSerbia(out.position);
    QStringList notes;
    if (out.swapped && a.hemisphere == QChar() && b.hemisphere == QChar())
        notes << QStringLiteral("read as longitude, latitude");
    if (!out.insideSerbia)
        notes << QStringLiteral("this point is outside Serbia");
    out.note = notes.join(QStringLiteral("; "));
    return out;
}

} // namespace nadzor::ui
