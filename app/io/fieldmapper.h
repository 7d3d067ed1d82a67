#pragma once
// Decides where each column of an imported file goes: a coordinate, a site field, a camera
// field (through its OSM key and domain::applyOsmTag) or a free tag.
#include "domain/result.h"
#include "domain/site.h"

#include <QHash>
#include <QMap>
#include <QString>

namespace nadzor::io {

class FieldMapper {
public:
    enum class Target {
        Lat,          // latitude column (CSV)
        Lon,          // longitude column (CSV)
        Wkt,          // WKT geometry column (CSV)
        Address,      // site address
        Description,  // site description
        CameraUuid,
        SiteUuid,
        Observed,     // date observed, in any common date format
        Type,         // a loose "type" column: cctv, dome, speed, ALPR, ...
        OsmKey,       // an OSM key, applied with domain::applyOsmTag
        Tag,          // a free tag under `key`
        Ignore,
    };
    struct Mapping {
        Target target = Target::Tag;
        QString key;  // the OSM key or tag key
    };

    // userMap: column -> target name, as given with --map. Check it with validate().
    explicit FieldMapper(const QMap<QString, QString> &userMap = {});

    // An error naming the first --map entry whose target is not a known field.
    domain::Status validate() const;

    // Where a column goes. Coordinate columns (lat, lon, wkt, x, y, ...) are recognised only
    // when coordinateColumns is true (CSV); in other files they repeat the geometry and are
    // ignored.
    Mapping resolve(const QString &column, bool coordinateColumns) const;

    // Whether the user mapped this column explicitly.
    bool isUserMapped(const QString &column) const;

    // Puts a non-empty value where the mapping says. Coordinates are not handled here.
    static void apply(const Mapping &mapping, const QString &column, const QString &value,
                      domain::Site &site, domain::Camera &camera);

    // The mapping of a target name ("model", "surveillance:type", "tag:ref", "ignore", ...).
    static std::optional<Mapping> parseTarget(const QString &target);

    // The target names accepted by --map, for help texts.
    static QString targetHelp();

private:
    QHash<QString, QString> m_userMap;  // lower-case column -> target
};

} // namespace nadzor::io
