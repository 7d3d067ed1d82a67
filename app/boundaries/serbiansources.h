#pragma once
// The join behind the bundled Serbian layer: geoBoundaries' ADM2 polygons (OpenStreetMap),
// the Statistical Office's (RZS) population by municipality, and the official municipality
// codes (RZS/SORS roster), matched by name across scripts. Used by nadzor-bundle-boundaries,
// which writes resources/geodata/serbia-municipalities.geojson, and by the tests.
#include "boundaries/joinreport.h"
#include "domain/boundary.h"
#include "domain/result.h"

#include <QList>
#include <QString>
#include <optional>

namespace nadzor::boundaries {

struct SerbianMunicipality {
    domain::Boundary boundary;           // name (Latin, with diacritics), code, population, areaKm2
    QString nameCyrillic;                // "Осечина"
    QString sourceName;                  // geoBoundaries' shapeName, "Osecina Municipality"
    QString populationRow;               // the RZS row used, "Osečina" / "Beograd - grad"
    std::optional<double> officialAreaKm2;  // RZS "01. Povrsina" of that row
};

struct SerbianJoin {
    QList<SerbianMunicipality> municipalities;  // in the boundary file's order
    int populationYear = 0;                     // the latest year in the population data
    JoinReport report;
};

// The three source folders under `sourcesDir` (resources/geodata/sources):
//   boundaries-geoboundaries-srb-adm2/serbia-opstine.geojson
//   population-rzs-opstine/all_data_lat.csv and all_data_cyr.csv
//   admin-codes-sors/sors-2017-roster-normalized.csv
domain::Result<SerbianJoin> joinSerbianSources(const QString &sourcesDir);

} // namespace nadzor::boundaries
