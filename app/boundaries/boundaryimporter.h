#pragma once
// Imports administrative boundaries from any vector format GDAL reads (GeoJSON, Shapefile,
// GeoPackage, KML, TopoJSON, FlatGeobuf, GML, ...), reprojected to WGS84 (lon, lat). Invalid
// geometries are repaired and every repair is reported; each boundary gets its geodesic area.
#include "domain/boundary.h"
#include "domain/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace nadzor::boundaries {

// One attribute field of a layer, for the import dialog and the CLI to offer and validate.
struct FieldInfo {
    QString name;
    QString type;            // OGR's type name: "String", "Integer", "Integer64", "Real", ...
    QStringList samples;     // up to BoundaryImporter::sampleCount non-empty values
};

struct BoundaryImportOptions {
    QString layer;            // the layer inside the file; empty: the first layer
    QString nameField;        // required: the boundary's name
    QString codeField;        // optional: the official code
    QString populationField;  // optional: inhabitants ("10717", "10717 Broj", 10717.0)
    QString layerName;        // the BoundaryLayer's name; empty: the file's base name
};

struct BoundaryImportResult {
    domain::BoundaryLayer layer;
    QStringList repairs;   // "feature 12 'Name': self-intersection repaired"
    QStringList warnings;  // things the user should know that did not stop the import
};

class BoundaryImporter {
public:
    static constexpr int sampleCount = 5;
    // Limits that keep a hostile or absurd file from running for minutes: a boundary with more
    // vertices than maxVerticesPerBoundary, or a layer with more than maxVerticesPerLayer in
    // total, is refused with a message naming the feature (the detailed geoBoundaries ADM2
    // layer of Serbia has about 40 000 vertices in its largest municipality). Simplify such a
    // layer first, e.g. `ogr2ogr -simplify 0.0001 out.gpkg in.gpkg`.
    static constexpr qint64 maxVerticesPerBoundary = 500000;
    static constexpr qint64 maxVerticesPerLayer = 5000000;

    // The vector layers in a file.
    static domain::Result<QStringList> listLayers(const QString &path);

    // The fields of a layer (the first when `layer` is empty) with a few sample values.
    static domain::Result<QList<FieldInfo>> listFields(const QString &path, const QString &layer = {});

    // Reads every feature of the layer as a Boundary (ids 1..n in file order). Errors name the
    // file and the feature: a field that does not exist (with the fields that do), a geometry
    // that is not a polygon or multipolygon, a feature without a usable polygon.
    static domain::Result<BoundaryImportResult> importFile(const QString &path,
                                                           const BoundaryImportOptions &options);
};

} // namespace nadzor::boundaries
