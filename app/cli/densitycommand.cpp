// nadzor density PROJECT [--boundaries FILE --name-field F [--code-field F]
//                         [--population-field F] [--layer L]] [--filter KEY=VALUE ...]
//                         [--format csv|geojson] [--out FILE]
// Cameras, sites and densities per boundary, as a CSV table or as GeoJSON boundaries.
#include "analysis/aggregator.h"
#include "boundaries/boundaryimporter.h"
#include "boundaries/geodesicarea.h"
#include "boundaries/serbianlayer.h"
#include "cli/arguments.h"
#include "cli/command.h"
#include "cli/projectinputs.h"
#include "domain/camerafilter.h"
#include "domain/plural.h"
#include "report/densitytablewriter.h"

#include <QFileInfo>
#include <QCoreApplication>
#include <QSaveFile>

namespace nadzor::cli {

QString densityUsage()
{
    return QCoreApplication::translate("nadzor::cli",
        "nadzor density PROJECT [--boundaries FILE --name-field F [--code-field F]\n"
        "               [--population-field F] [--layer L]] [--filter KEY=VALUE ...]\n"
        "               [--format csv|geojson] [--out FILE]\n\n"
        "Counts the project's cameras and sites per boundary and writes the densities:\n"
        "CSV columns name, code, cameras, sites, area_km2, population, cameras_per_km2,\n"
        "cameras_per_1000, inhabitants_per_camera (empty where unknown), numbers with a '.'\n"
        "decimal point; GeoJSON: the boundaries with the same properties.\n\n"
        "Boundaries: --boundaries FILE (any vector format GDAL reads) with its name field and\n"
        "optional code and population fields; otherwise the project's newest boundary layer;\n"
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
    QStringList positional, filters;
    QString boundariesFile, formatName, out;
    boundaries::BoundaryImportOptions options;
    ArgumentParser parser(QStringLiteral("density"));
    parser.setPositional(&positional, 1, 1);
    parser.addOption(QStringLiteral("--boundaries"), &boundariesFile);
    parser.addOption(QStringLiteral("--name-field"), &options.nameField);
    parser.addOption(QStringLiteral("--code-field"), &options.codeField);
    parser.addOption(QStringLiteral("--population-field"), &options.populationField);
    parser.addOption(QStringLiteral("--layer"), &options.layer);
    parser.addOption(QStringLiteral("--format"), &formatName);
    parser.addOption(QStringLiteral("--out"), &out);
    parser.addListOption(QStringLiteral("--filter"), &filters);
    if (!parser.parse(args, context.err))
        return ExitUsage;
    const QString project = positional.first();

    if (formatName.isEmpty())
        formatName = out.isEmpty() ? QStringLiteral("csv") : QFileInfo(out).suffix().toLower();
    if (formatName == QLatin1String("json"))
        formatName = QStringLiteral("geojson");
    if (formatName != QLatin1String("csv") && formatName != QLatin1String("geojson")) {
        context.err << QCoreApplication::translate("nadzor::cli", "nadzor density: unknown format '%1' (use csv or geojson)").arg(formatName) << "\n";
        return ExitUsage;
    }
    if (!boundariesFile.isEmpty() && options.nameField.isEmpty()) {
        context.err << QCoreApplication::translate("nadzor::cli", "nadzor density: --boundaries %1 needs --name-field").arg(boundariesFile) << "\n";
        return ExitUsage;
    }
    if (boundariesFile.isEmpty()
        && !(options.nameField.isEmpty() && options.codeField.isEmpty()
             && options.populationField.isEmpty() && options.layer.isEmpty())) {
        context.err << QCoreApplication::translate("nadzor::cli", "nadzor density: --name-field, --code-field, --population-field and "
                                                   "--layer go with --boundaries FILE")
                    << "\n";
        return ExitUsage;
    }
    const auto filter = domain::CameraFilter::parse(filters);
    if (!filter) {
        context.err << "nadzor density: " << filter.errorString() << "\n";
        return ExitUsage;
    }
    auto opened = openExistingProject(project);
    if (!opened) {
        context.err << "nadzor density: " << opened.errorString() << "\n";
        return ExitFailure;
    }
    const std::unique_ptr<store::ProjectStore> projectStore = opened.take();

    // The boundaries: the given file, or the project's layer (or the bundled one).
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
        if (layer.boundaries.isEmpty()) {
            context.err << QCoreApplication::translate("nadzor::cli", "nadzor density: %1: no boundaries").arg(boundariesFile) << "\n";
            return ExitFailure;
        }
    } else {
        auto projectLayer = projectBoundaryLayer(*projectStore);
        if (!projectLayer) {
            context.err << "nadzor density: " << projectLayer.errorString() << "\n";
            return ExitFailure;
        }
        layer = projectLayer.take();
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
    const QByteArray data = formatName == QLatin1String("csv")
        ? report::DensityTableWriter::toCsv(result)
        : report::DensityTableWriter::toGeoJson(result, layer, analysis::Aggregator::borderRule());

    if (out.isEmpty()) {
        context.out << QString::fromUtf8(data);
        context.out.flush();
    } else {
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
            context.err << QCoreApplication::translate("nadzor::cli", "nadzor density: %1: cannot write: %2").arg(out, file.errorString()) << "\n";
            return ExitFailure;
        }
    }
    // The summary: clauses joined by "; ", each translated whole.
    const qint64 boundaryCount = layer.boundaries.size();
    QStringList summary{QCoreApplication::translate("nadzor::cli", "%1 at %2 (%3) in %4 of '%5'")
                            .arg(domain::countedCameras(result.cameras), domain::countedSites(result.sites),
                                 result.filterDescription,
                                 domain::plural(QCoreApplication::translate("nadzor::cli", "%n boundary(ies)", nullptr, int(boundaryCount)),
                                                boundaryCount),
                                 boundaries::localisedSerbianLayer(layer).name)};
    if (result.outsideCameras > 0)
        summary << QCoreApplication::translate("nadzor::cli", "%1 at %2 lie outside every boundary")
                       .arg(domain::countedCameras(result.outsideCameras), domain::countedSites(result.outsideSites));
    if (!out.isEmpty())
        summary << QCoreApplication::translate("nadzor::cli", "written to %1").arg(out);
    context.err << "nadzor density: " << summary.join(QStringLiteral("; ")) << ".\n";
    return ExitOk;
}

} // namespace nadzor::cli
