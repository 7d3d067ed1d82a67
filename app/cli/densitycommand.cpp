// nadzor density PROJECT [--boundaries FILE --name-field F [--code-field F]
//                         [--population-field F] [--layer L]] [--filter KEY=VALUE ...]
//                         [--format csv|geojson] [--out FILE]
// Cameras, sites and densities per boundary, as a CSV table or as GeoJSON boundaries.
#include "analysis/aggregator.h"
#include "boundaries/boundaryimporter.h"
#include "boundaries/geodesicarea.h"
#include "boundaries/serbianlayer.h"
#include "cli/command.h"
#include "domain/camerafilter.h"
#include "store/projectstore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>
#include <optional>

namespace nadzor::cli {

namespace {

// Fixed precision per column; numbers always with a '.' decimal point.
constexpr int areaDecimals = 2;
constexpr int perKm2Decimals = 4;
constexpr int per1000Decimals = 3;
constexpr int inhabitantsDecimals = 1;

QString fixed(const std::optional<double> &v, int decimals)
{
    return v ? QString::number(*v, 'f', decimals) : QString();
}

QJsonValue jsonFixed(const std::optional<double> &v, int decimals)
{
    if (!v)
        return QJsonValue::Null;
    const double scale = std::pow(10.0, decimals);
    return std::round(*v * scale) / scale;
}

// RFC 4180 quoting; a text cell that a spreadsheet would run as a formula gets a leading '.
QString csvText(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.at(0)))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r')))
        v = QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return v;
}

QByteArray toCsv(const analysis::Aggregation &a)
{
    QString s = QStringLiteral("name,code,cameras,sites,area_km2,population,cameras_per_km2,"
                               "cameras_per_1000,inhabitants_per_camera\n");
    for (const analysis::BoundaryFigures &f : a.boundaries) {
        const QStringList cells{csvText(f.name),
                                csvText(f.code),
                                QString::number(f.cameras),
                                QString::number(f.sites),
                                fixed(f.areaKm2, areaDecimals),
                                f.population ? QString::number(*f.population) : QString(),
                                fixed(f.camerasPerKm2, perKm2Decimals),
                                fixed(f.camerasPer1000, per1000Decimals),
                                fixed(f.inhabitantsPerCamera, inhabitantsDecimals)};
        s += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return s.toUtf8();
}

QJsonArray ringJson(const domain::Ring &ring)
{
    QJsonArray out;
    for (int i = 0; i <= ring.size() && !ring.isEmpty(); ++i) {  // GeoJSON rings are closed
        const QPointF p = ring.at(i % ring.size());
        out.append(QJsonArray{p.x(), p.y()});
    }
    return out;
}

QByteArray toGeoJson(const analysis::Aggregation &a, const domain::BoundaryLayer &layer)
{
    QJsonArray features;
    for (const analysis::BoundaryFigures &f : a.boundaries) {
        QJsonArray polygons;
        for (const domain::Polygon &p : layer.boundaries.at(f.index).geometry) {
            QJsonArray rings;
            for (const domain::Ring &r : p.rings)
                rings.append(ringJson(r));
            polygons.append(rings);
        }
        QJsonObject props{
            {QStringLiteral("name"), f.name},
            {QStringLiteral("code"), f.code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.code)},
            {QStringLiteral("cameras"), double(f.cameras)},
            {QStringLiteral("sites"), double(f.sites)},
            {QStringLiteral("area_km2"), jsonFixed(f.areaKm2, areaDecimals)},
            {QStringLiteral("population"),
             f.population ? QJsonValue(double(*f.population)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("cameras_per_km2"), jsonFixed(f.camerasPerKm2, perKm2Decimals)},
            {QStringLiteral("cameras_per_1000"), jsonFixed(f.camerasPer1000, per1000Decimals)},
            {QStringLiteral("inhabitants_per_camera"),
             jsonFixed(f.inhabitantsPerCamera, inhabitantsDecimals)}};
        features.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("Feature")},
            {QStringLiteral("properties"), props},
            {QStringLiteral("geometry"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("MultiPolygon")},
                         {QStringLiteral("coordinates"), polygons}}}});
    }
    QJsonObject root{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                     {QStringLiteral("name"), layer.name},
                     {QStringLiteral("filter"), a.filterDescription},
                     {QStringLiteral("border_rule"), analysis::Aggregator::borderRule()},
                     {QStringLiteral("outside_cameras"), double(a.outsideCameras)},
                     {QStringLiteral("features"), features}};
    if (!layer.attribution.isEmpty())
        root.insert(QStringLiteral("attribution"), layer.attribution);
    return QJsonDocument(root).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

QString densityUsage()
{
    return QStringLiteral(
        "nadzor density PROJECT [--boundaries FILE --name-field F [--code-field F]\n"
        "               [--population-field F] [--layer L]] [--filter KEY=VALUE ...]\n"
        "               [--format csv|geojson] [--out FILE]\n\n"
        "Counts the project's cameras and sites per boundary and writes the densities:\n"
        "CSV columns name, code, cameras, sites, area_km2, population, cameras_per_km2,\n"
        "cameras_per_1000, inhabitants_per_camera (empty where unknown), numbers with a '.'\n"
        "decimal point; GeoJSON: the boundaries with the same properties.\n\n"
        "Boundaries: --boundaries FILE (any vector format GDAL reads) with its name field and\n"
        "optional code and population fields; otherwise the project's first boundary layer;\n"
        "otherwise the bundled Serbian municipalities. Areas are geodesic (WGS84).\n\n"
        "A location exactly on a border is counted once: in the area to its east (on an\n"
        "east-west border or a corner, to its north-east). Cameras marked removed are not\n"
        "counted unless --filter status=removed asks for them.\n\n"
        "Filters (repeatable; values separated by commas mean any of them):\n"
        "  manufacturer=Dahua,Hikvision  operator=...  type=camera  zone=town  source=...\n"
        "  face=unknown|no|suspected|confirmed  status=unverified|verified|disputed|removed\n"
        "  from=YYYY-MM-DD  to=YYYY-MM-DD  text=WORDS (in notes, address, model, manufacturer,\n"
        "  operator; case- and diacritic-insensitive)\n\n"
        "--format defaults to the suffix of --out, else csv. Without --out the result goes to\n"
        "standard output; with it, the file is written under a temporary name and renamed.");
}

int runDensity(const QStringList &args, Context &context)
{
    QString project, boundariesFile, formatName, out;
    boundaries::BoundaryImportOptions options;
    QStringList filters;
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        bool matched = false, missing = false;
        auto value = [&](const char *name, QString &target) {
            const QString n = QLatin1String(name);
            if (matched)
                return;
            if (a == n) {
                matched = true;
                if (i + 1 >= args.size())
                    missing = true;
                else
                    target = args.at(++i);
            } else if (a.startsWith(n + QLatin1Char('='))) {
                matched = true;
                target = a.mid(n.size() + 1);
            }
        };
        QString filter;
        value("--boundaries", boundariesFile);
        value("--name-field", options.nameField);
        value("--code-field", options.codeField);
        value("--population-field", options.populationField);
        value("--layer", options.layer);
        value("--format", formatName);
        value("--out", out);
        value("--filter", filter);
        if (missing) {
            context.err << "nadzor density: " << a << " needs a value. Run 'nadzor density --help'.\n";
            return ExitUsage;
        }
        if (matched) {
            if (!filter.isEmpty())
                filters << filter;
            continue;
        }
        if (a.startsWith(QLatin1String("--"))) {
            context.err << "nadzor density: unknown option '" << a << "'. Run 'nadzor density --help'.\n";
            return ExitUsage;
        }
        if (!project.isEmpty()) {
            context.err << "nadzor density: one PROJECT only ('" << a << "')\n";
            return ExitUsage;
        }
        project = a;
    }
    if (project.isEmpty()) {
        context.err << "Usage: " << densityUsage().section(QLatin1Char('\n'), 0, 2) << "\n";
        return ExitUsage;
    }
    if (formatName.isEmpty())
        formatName = out.isEmpty() ? QStringLiteral("csv") : QFileInfo(out).suffix().toLower();
    if (formatName == QLatin1String("json"))
        formatName = QStringLiteral("geojson");
    if (formatName != QLatin1String("csv") && formatName != QLatin1String("geojson")) {
        context.err << "nadzor density: unknown format '" << formatName << "' (use csv or geojson)\n";
        return ExitUsage;
    }
    if (!boundariesFile.isEmpty() && options.nameField.isEmpty()) {
        context.err << "nadzor density: --boundaries " << boundariesFile << " needs --name-field\n";
        return ExitUsage;
    }
    if (boundariesFile.isEmpty()
        && !(options.nameField.isEmpty() && options.codeField.isEmpty()
             && options.populationField.isEmpty() && options.layer.isEmpty())) {
        context.err << "nadzor density: --name-field, --code-field, --population-field and --layer "
                       "go with --boundaries FILE\n";
        return ExitUsage;
    }
    const auto filter = domain::CameraFilter::parse(filters);
    if (!filter) {
        context.err << "nadzor density: " << filter.errorString() << "\n";
        return ExitUsage;
    }
    if (!QFileInfo::exists(project)) {
        context.err << "nadzor density: " << project << ": no such project\n";
        return ExitFailure;
    }
    auto opened = store::ProjectStore::open(project, store::OpenMode::ReadOnly);
    if (!opened) {
        context.err << "nadzor density: " << opened.errorString() << "\n";
        return ExitFailure;
    }
    const std::unique_ptr<store::ProjectStore> projectStore = opened.take();

    // The boundaries: the given file, the project's first layer, or the bundled layer.
    domain::BoundaryLayer layer;
    if (!boundariesFile.isEmpty()) {
        auto imported = boundaries::BoundaryImporter::importFile(boundariesFile, options);
        if (!imported) {
            context.err << "nadzor density: " << imported.errorString() << "\n";
            return ExitFailure;
        }
        for (const QString &w : imported.value().warnings)
            context.err << "nadzor density: " << boundariesFile << ": " << w << "\n";
        layer = imported.value().layer;
    } else {
        auto layers = projectStore->boundaryLayers();
        if (!layers) {
            context.err << "nadzor density: " << layers.errorString() << "\n";
            return ExitFailure;
        }
        if (!layers.value().isEmpty()) {
            layer = layers.value().first();
        } else {
            auto bundled = boundaries::bundledSerbianLayer();
            if (!bundled) {
                context.err << "nadzor density: " << bundled.errorString() << "\n";
                return ExitFailure;
            }
            layer = bundled.value();
        }
    }
    if (layer.boundaries.isEmpty()) {
        context.err << "nadzor density: the boundary layer '" << layer.name << "' has no boundaries\n";
        return ExitFailure;
    }

    analysis::Aggregator aggregator(layer, [](const domain::MultiPolygon &g) -> std::optional<double> {
        return boundaries::geodesicAreaKm2(g);
    });
    aggregator.setFilter(filter.value());
    const domain::Status walked = projectStore->forEachSite([&](const domain::Site &site) {
        aggregator.addSite(site);
        return true;
    });
    if (!walked) {
        context.err << "nadzor density: " << walked.errorString() << "\n";
        return ExitFailure;
    }
    const analysis::Aggregation result = aggregator.result();
    const QByteArray data = formatName == QLatin1String("csv") ? toCsv(result) : toGeoJson(result, layer);

    if (out.isEmpty()) {
        context.out << QString::fromUtf8(data);
        context.out.flush();
    } else {
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
            context.err << "nadzor density: " << out << ": cannot write: " << file.errorString() << "\n";
            return ExitFailure;
        }
    }
    context.err << "nadzor density: " << result.cameras << " cameras at " << result.sites
                << " sites (" << result.filterDescription << ") in " << layer.boundaries.size()
                << " boundaries of '" << layer.name << "'";
    if (result.outsideCameras > 0)
        context.err << "; " << result.outsideCameras << " cameras at " << result.outsideSites
                    << " sites lie outside every boundary";
    context.err << (out.isEmpty() ? QString() : QStringLiteral("; written to ") + out) << ".\n";
    return ExitOk;
}

} // namespace nadzor::cli
