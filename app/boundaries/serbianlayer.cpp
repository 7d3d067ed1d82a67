#include "boundaries/serbianlayer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <mutex>
#include <optional>
#include <utility>
#include <QCoreApplication>
#include <QRegularExpression>

#ifdef NADZOR_HAVE_BUNDLED_GEODATA
// A static library's resources must be initialised by name, outside any namespace.
static void initBundledGeodata()
{
    Q_INIT_RESOURCE(boundariesgeodata);
}
#endif

namespace nadzor::boundaries {

using domain::makeError;

namespace {

bool readRing(const QJsonArray &coordinates, domain::Ring &ring)
{
    ring.reserve(coordinates.size());
    for (const QJsonValue &value : coordinates) {
        const QJsonArray position = value.toArray();
        if (position.size() < 2 || !position.at(0).isDouble() || !position.at(1).isDouble())
            return false;
        ring << QPointF(position.at(0).toDouble(), position.at(1).toDouble());
    }
    if (ring.size() >= 2 && ring.first() == ring.last())
        ring.removeLast();
    return ring.size() >= 3;
}

bool readPolygon(const QJsonArray &rings, domain::MultiPolygon &out)
{
    domain::Polygon polygon;
    for (const QJsonValue &value : rings) {
        domain::Ring ring;
        if (!readRing(value.toArray(), ring))
            return false;
        polygon.rings << ring;
    }
    if (polygon.rings.isEmpty())
        return false;
    out << polygon;
    return true;
}

} // namespace

namespace {

// The bundle's texts as tools/bundle-boundaries writes them (English), and translatable.
const char *const kLayerName = QT_TRANSLATE_NOOP("nadzor::boundaries", "Serbian municipalities");
const char *const kLayerSource = QT_TRANSLATE_NOOP(
    "nadzor::boundaries", "geoBoundaries SRB ADM2 (OpenStreetMap); RZS municipal indicators %1; RZS/SORS municipality codes");
const char *const kLayerAttribution = QT_TRANSLATE_NOOP(
    "nadzor::boundaries", "Boundaries © OpenStreetMap contributors, ODbL 1.0, via geoBoundaries "
                          "(Runfola et al. 2020); population %1: Statistical Office of the Republic of "
                          "Serbia (RZS); municipality codes: RZS/SORS. Joined by name, names normalised "
                          "and areas recomputed (geodesic, WGS84) by Nadzor.");

// The year in `text` when it is `format` with its %1 replaced by a year; 0 otherwise.
int yearIn(const QString &text, const char *format)
{
    // escape() turns %1 into \%1 (every non-word character is escaped).
    const QString pattern = QRegularExpression::escape(QString::fromUtf8(format))
                                .replace(QLatin1String("\\%1"), QLatin1String("((?:19|20)\\d\\d)"));
    const QRegularExpression re(QLatin1Char('^') + pattern + QLatin1Char('$'));
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace

QString serbianLayerAttribution(int populationYear)
{
    return QCoreApplication::translate("nadzor::boundaries", kLayerAttribution).arg(populationYear);
}

// The years in the bundle's attribution and source when `layer` is the bundle; nullopt otherwise.
static std::optional<std::pair<int, int>> bundleYears(const domain::BoundaryLayer &layer)
{
    if (layer.name != QLatin1String(kLayerName))
        return std::nullopt;
    const int attributionYear = yearIn(layer.attribution, kLayerAttribution);
    const int sourceYear = attributionYear ? yearIn(layer.source, kLayerSource) : 0;
    if (!attributionYear || !sourceYear)
        return std::nullopt;
    return std::make_pair(attributionYear, sourceYear);
}

bool isBundledSerbianLayer(const domain::BoundaryLayer &layer)
{
    return bundleYears(layer).has_value();
}

domain::BoundaryLayer localisedSerbianLayer(domain::BoundaryLayer layer)
{
    const auto years = bundleYears(layer);
    if (!years)
        return layer;
    layer.name = QCoreApplication::translate("nadzor::boundaries", kLayerName);
    layer.source = QCoreApplication::translate("nadzor::boundaries", kLayerSource).arg(years->second);
    layer.attribution = serbianLayerAttribution(years->first);
    return layer;
}

domain::Result<domain::BoundaryLayer> readBundledGeoJson(const QByteArray &geojson, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(geojson, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(QCoreApplication::translate("nadzor::boundaries", "not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()),
                         source);
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("type")).toString() != QStringLiteral("FeatureCollection"))
        return makeError(QCoreApplication::translate("nadzor::boundaries", "not a GeoJSON FeatureCollection"), source);

    domain::BoundaryLayer layer;
    layer.name = root.value(QStringLiteral("name")).toString(QString::fromLatin1(kLayerName));
    layer.source = root.value(QStringLiteral("source")).toString(source);
    layer.attribution = root.value(QStringLiteral("attribution")).toString();

    const QJsonArray features = root.value(QStringLiteral("features")).toArray();
    layer.boundaries.reserve(features.size());
    int year = 0;
    qint64 number = 0;
    for (const QJsonValue &value : features) {
        ++number;
        const QJsonObject feature = value.toObject();
        const QJsonObject properties = feature.value(QStringLiteral("properties")).toObject();
        const QJsonObject geometry = feature.value(QStringLiteral("geometry")).toObject();
        domain::Boundary boundary;
        boundary.id = number;
        boundary.name = properties.value(QStringLiteral("name")).toString();
        const QString label = QCoreApplication::translate("nadzor::boundaries", "feature %1 '%2'").arg(number).arg(boundary.name);
        const QJsonValue code = properties.value(QStringLiteral("code"));
        boundary.code = code.isDouble() ? QString::number(code.toInteger()) : code.toString();
        const QJsonValue population = properties.value(QStringLiteral("population"));
        if (population.isDouble())
            boundary.population = population.toInteger();
        const QJsonValue area = properties.value(QStringLiteral("area_km2"));
        if (area.isDouble())
            boundary.areaKm2 = area.toDouble();
        year = std::max(year, properties.value(QStringLiteral("population_year")).toInt());

        const QString type = geometry.value(QStringLiteral("type")).toString();
        const QJsonArray coordinates = geometry.value(QStringLiteral("coordinates")).toArray();
        bool ok = false;
        if (type == QStringLiteral("Polygon")) {
            ok = readPolygon(coordinates, boundary.geometry);
        } else if (type == QStringLiteral("MultiPolygon")) {
            ok = !coordinates.isEmpty();
            for (const QJsonValue &polygon : coordinates)
                ok = ok && readPolygon(polygon.toArray(), boundary.geometry);
        } else {
            return makeError(QCoreApplication::translate("nadzor::boundaries", "%1 is a %2; expected a Polygon or MultiPolygon")
                                 .arg(label, type.isEmpty() ? QCoreApplication::translate("nadzor::boundaries", "feature without geometry") : type),
                             source);
        }
        if (!ok)
            return makeError(QCoreApplication::translate("nadzor::boundaries", "%1 has malformed coordinates").arg(label), source);
        layer.boundaries << boundary;
    }
    if (layer.boundaries.isEmpty())
        return makeError(QCoreApplication::translate("nadzor::boundaries", "the layer has no features"), source);
    if (layer.attribution.isEmpty())
        layer.attribution = serbianLayerAttribution(year);
    return layer;
}

domain::Result<domain::BoundaryLayer> bundledSerbianLayer()
{
#ifdef NADZOR_HAVE_BUNDLED_GEODATA
    static std::once_flag once;
    static std::optional<domain::Result<domain::BoundaryLayer>> cached;
    std::call_once(once, [] {
        initBundledGeodata();
        const QString path = QString::fromLatin1(bundledSerbianLayerResource);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            cached = domain::Result<domain::BoundaryLayer>(makeError(QCoreApplication::translate("nadzor::boundaries", "the bundled layer is missing from the build"), path));
        else
            cached = readBundledGeoJson(file.readAll(), path);
    });
    return *cached;
#else
    return makeError(QCoreApplication::translate("nadzor::boundaries", "this build has no bundled Serbian layer: run nadzor-bundle-boundaries to write "
                                    "resources/geodata/serbia-municipalities.geojson, then re-run CMake"));
#endif
}

} // namespace nadzor::boundaries
