#pragma once
#include <QString>
#include <QStringList>
#include <optional>

namespace nadzor::io {

enum class ExportFormat { GeoJson, Csv, GeoPackage, Kml, Osm };

// "geojson", "csv", "gpkg", "kml", "osm" (case-insensitive), or std::nullopt.
std::optional<ExportFormat> exportFormatFromName(const QString &name);
QString exportFormatName(ExportFormat format);
QStringList exportFormatNames();

} // namespace nadzor::io
