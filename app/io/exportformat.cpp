#include "io/exportformat.h"

namespace nadzor::io {

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("geojson") || n == QLatin1String("json"))
        return ExportFormat::GeoJson;
    if (n == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (n == QLatin1String("gpkg") || n == QLatin1String("geopackage"))
        return ExportFormat::GeoPackage;
    if (n == QLatin1String("kml"))
        return ExportFormat::Kml;
    if (n == QLatin1String("osm"))
        return ExportFormat::Osm;
    return std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::GeoJson: return QStringLiteral("geojson");
    case ExportFormat::Csv: return QStringLiteral("csv");
    case ExportFormat::GeoPackage: return QStringLiteral("gpkg");
    case ExportFormat::Kml: return QStringLiteral("kml");
    case ExportFormat::Osm: return QStringLiteral("osm");
    }
    return {};
}

QStringList exportFormatNames()
{
    return {QStringLiteral("geojson"), QStringLiteral("csv"), QStringLiteral("gpkg"),
            QStringLiteral("kml"), QStringLiteral("osm")};
}

} // namespace nadzor::io
