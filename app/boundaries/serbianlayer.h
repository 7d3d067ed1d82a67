#pragma once
// The bundled default: Serbia's 145 municipalities and cities (without Kosovo and Metohija)
// with name, official code, population and geodesic area, compiled in as the Qt resource
// :/geodata/serbia-municipalities.geojson (written by tools/bundle-boundaries).
#include "domain/boundary.h"
#include "domain/result.h"

#include <QByteArray>
#include <QString>

namespace nadzor::boundaries {

inline constexpr const char *bundledSerbianLayerResource = ":/geodata/serbia-municipalities.geojson";

// "Boundaries © OpenStreetMap contributors, ODbL 1.0, via geoBoundaries (Runfola et al. 2020);
// population <year>: Statistical Office of the Republic of Serbia (RZS); municipality codes:
// RZS/SORS. Joined by name, names normalised and areas recomputed (geodesic, WGS84) by Nadzor."
QString serbianLayerAttribution(int populationYear);

// True for the bundled layer as read from the resource or as saved in a project: its stored
// name, source and attribution are the bundle's (English) texts.
bool isBundledSerbianLayer(const domain::BoundaryLayer &layer);

// For display: the bundled layer with its name, source and attribution in the current language
// (a report in Cyrillic says "Општине Србије"); any other layer is returned unchanged.
domain::BoundaryLayer localisedSerbianLayer(domain::BoundaryLayer layer);

// The bundled layer, named "Serbian municipalities", with its attribution. Parsed on the first
// call and shared afterwards (QList is implicitly shared, so a copy is cheap).
domain::Result<domain::BoundaryLayer> bundledSerbianLayer();

// Reads a GeoJSON FeatureCollection written by nadzor-bundle-boundaries (properties name, code,
// population, area_km2; foreign members "name" and "attribution"). `source` names it in errors.
domain::Result<domain::BoundaryLayer> readBundledGeoJson(const QByteArray &geojson, const QString &source);

} // namespace nadzor::boundaries
