#include "i18n/scriptconverter.h"

#include "boundaries/transliteration.h"

#include <QList>
#include <QPair>
#include <QRegularExpression>

#include <algorithm>

namespace nadzor::i18n {

namespace {

// One alternation of everything that stays in Latin, longest and most specific first.
const QRegularExpression &protectedPattern()
{
    static const QRegularExpression pattern = [] {
        QStringList tokens = latinTokens();
        // Longer tokens first so "GeoJSON" is not cut into "Geo" + "JSON".
        std::sort(tokens.begin(), tokens.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (QString &t : tokens)
            t = QRegularExpression::escape(t);
        const QStringList parts = {
            QStringLiteral(R"(https?://[^\s<>"]+)"),                        // URLs
            QStringLiteral(R"(www\.[^\s<>"]+)"),
            QStringLiteral(R"([\w.+-]+@[\w-]+\.[\w.]+)"),                 // e-mail addresses
            QStringLiteral(R"(<[^<>]*>)"),                                // HTML tags
            QStringLiteral(R"(&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);)"),     // entities
            QStringLiteral(R"(%L?\d+|%L?n)"),                            // placeholders
            QStringLiteral(R"((?<![\w-])--?[a-zA-Z][\w-]*)"),               // command-line options
            QStringLiteral(R"(\b(?:ogr2ogr|nadzor(?:-[a-z]+)+)\b)"),          // commands
            // The command and its subcommands as typed: "nadzor density", "nadzor: ..."
            QStringLiteral(R"(\bnadzor(?: (?:import|export|density|report|merge|purge|version)\b)?(?![\w-]))"),
            QStringLiteral(R"(\b0x(?=%|[0-9a-fA-F]))"),                       // 0x%1
            QStringLiteral(R"(\b[A-Za-z0-9_-]+(?:\|[A-Za-z0-9_-]+)+\b)"),   // choices: csv|geojson
            QStringLiteral(R"(\b\d+e-?\d+\b)"),                              // 1e-7
            QStringLiteral(R"(\b[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+){2,})"),   // paths and key lists: lat/latitude/y
            QStringLiteral(R"(\btag:)"),
            QStringLiteral(R"(\b(?:lat|latitude|lon|lng|longitude|wkt|ignore)\b)"), // column keywords
            QStringLiteral(R"(\*\.[A-Za-z0-9]+)"),                        // globs: *.webp
            QStringLiteral(R"((?:[\w-]+)?\.(?:nadzor|geojson|json|csv|gpkg|kml|kmz|gpx|shp|fgb|osm|pbf|pdf|html?|png|svg|mbtiles|jpe?g|tiff?|xlsx|ods|zip|qm|ts)\b)"),
            QStringLiteral(R"(\b(?:Ctrl|Shift|Alt|Meta|Esc|Del|Enter|Tab|PgUp|PgDown|Page Up|Page Down|Home|End|Space)(?:\+[\w+]+)?)"),
            QStringLiteral(R"(\bF\d{1,2}\b)"),                            // function keys
            QStringLiteral(R"(\b[a-z]+(?::[a-z_/]+)+(?:=[\w:;-]*)?)"),     // OSM keys: camera:direction, surveillance:type=camera
            QStringLiteral(R"(\b[a-z]+(?:_[A-Za-z0-9]+)+\b(?:=[a-z_:]+)?)"), // identifiers: cameras_per_km2, sr_Latn, man_made=surveillance
            // key= of filters, with a value of lowercase words or names: type=camera, manufacturer=Dahua,Hikvision
            QStringLiteral(R"(\b[a-z]+=(?:(?:[a-z0-9_.:|-]+|[A-Z][a-z]+)(?:,(?:[a-z0-9_.:|-]+|[A-Z][a-z]+))*)?)"),
            QStringLiteral(R"(\b(?:%1)\b)").arg(tokens.join(QLatin1Char('|'))),
        };
        return QRegularExpression(QStringLiteral("(?:%1)").arg(parts.join(QLatin1Char('|'))),
                                  QRegularExpression::UseUnicodePropertiesOption);
    }();
    return pattern;
}

bool isLatinLetter(QChar c)
{
    if (!c.isLetter())
        return false;
    const QChar::Script script = c.script();
    return script == QChar::Script_Latin;
}

// A list of at least three lowercase keys of which one has ':', '_' or '/' ("surveillance,
// surveillance:type, camera:mount"): OSM keys and field names, kept as they are typed.
const QRegularExpression &keyListPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(\b(?:[a-z][a-z0-9_:/]*(?:=[a-z_]+)?,\s*){2,}[a-z][a-z0-9_:/]*\b)"));
    return pattern;
}

// The parts of `text` that stay in Latin, in order, not overlapping.
QList<QPair<qsizetype, qsizetype>> protectedSpans(const QString &text)
{
    QList<QPair<qsizetype, qsizetype>> spans;
    auto keys = keyListPattern().globalMatch(text);
    while (keys.hasNext()) {
        const QRegularExpressionMatch m = keys.next();
        const QString list = m.captured();
        if (list.contains(QLatin1Char(':')) || list.contains(QLatin1Char('_')) || list.contains(QLatin1Char('/')))
            spans.append({m.capturedStart(), m.capturedEnd()});
    }
    auto it = protectedPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const bool inside = std::any_of(spans.cbegin(), spans.cend(), [&](const auto &s) {
            return m.capturedStart() < s.second && m.capturedEnd() > s.first;
        });
        if (!inside)
            spans.append({m.capturedStart(), m.capturedEnd()});
    }
    std::sort(spans.begin(), spans.end());
    return spans;
}

} // namespace

const QStringList &latinTokens()
{
    static const QStringList tokens = {
        // Formats, standards and services.
        QStringLiteral("PDF"), QStringLiteral("CSV"), QStringLiteral("GeoJSON"), QStringLiteral("JSON"),
        QStringLiteral("KML"), QStringLiteral("KMZ"), QStringLiteral("GPKG"), QStringLiteral("GeoPackage"),
        QStringLiteral("GPX"), QStringLiteral("Shapefile"), QStringLiteral("FlatGeobuf"), QStringLiteral("OSM"),
        QStringLiteral("OpenStreetMap"), QStringLiteral("JOSM"), QStringLiteral("PNG"), QStringLiteral("SVG"),
        QStringLiteral("HTML"), QStringLiteral("XML"), QStringLiteral("PBF"), QStringLiteral("EXIF"),
        QStringLiteral("XMP"), QStringLiteral("IPTC"), QStringLiteral("JPEG"), QStringLiteral("GPS"),
        QStringLiteral("MBTiles"), QStringLiteral("XYZ"), QStringLiteral("SQL"), QStringLiteral("SQLite"),
        QStringLiteral("ID"), QStringLiteral("GDAL"), QStringLiteral("OGR"), QStringLiteral("PROJ"),
        QStringLiteral("WGS84"), QStringLiteral("EPSG"), QStringLiteral("UTF-8"), QStringLiteral("CP1250"),
        QStringLiteral("Windows-1250"), QStringLiteral("UUID"), QStringLiteral("URL"), QStringLiteral("DMS"),
        QStringLiteral("A4"), QStringLiteral("A3"), QStringLiteral("Qt"), QStringLiteral("CC BY-SA"),
        QStringLiteral("ODbL"), QStringLiteral("RGB"), QStringLiteral("dpi"), QStringLiteral("DPI"),
        QStringLiteral("Jenks"), QStringLiteral("ColorBrewer"), QStringLiteral("Web Mercator"),
        QStringLiteral("Hiljade Kamera"), QStringLiteral("CARTO"), QStringLiteral("OK"), QStringLiteral("WxH"),
        QStringLiteral("WIDTHxHEIGHT"), QStringLiteral("x"),
        QStringLiteral("GEOS"), QStringLiteral("CRS"), QStringLiteral("WKT"), QStringLiteral("WAL"), QStringLiteral("VACUUM"),
        QStringLiteral("WebP"), QStringLiteral("Polygon"), QStringLiteral("MultiPolygon"),
        QStringLiteral("geoBoundaries"), QStringLiteral("SRB ADM2"), QStringLiteral("Runfola et al"), QStringLiteral("CMake"),
    };
    return tokens;
}

QString latinMessageToCyrillic(const QString &message)
{
    QString out;
    qsizetype last = 0;
    for (const auto &[start, end] : protectedSpans(message)) {
        out += boundaries::latinToCyrillic(message.mid(last, start - last));
        out += message.mid(start, end - start);
        last = end;
    }
    out += boundaries::latinToCyrillic(message.mid(last));
    return out;
}

QStringList latinLeftovers(const QString &text)
{
    QString rest = text;
    const auto spans = protectedSpans(text);
    for (auto it = spans.crbegin(); it != spans.crend(); ++it)
        rest.replace(it->first, it->second - it->first, QStringLiteral(" "));
    QStringList words;
    static const QRegularExpression wordPattern(QStringLiteral(R"([\w'’-]+)"), QRegularExpression::UseUnicodePropertiesOption);
    auto it = wordPattern.globalMatch(rest);
    while (it.hasNext()) {
        const QString word = it.next().captured();
        if (std::any_of(word.begin(), word.end(), isLatinLetter))
            words << word;
    }
    return words;
}

} // namespace nadzor::i18n
