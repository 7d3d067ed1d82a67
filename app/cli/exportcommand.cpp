// nadzor export PROJECT --format FORMAT --out FILE : the project's cameras as GeoJSON, CSV,
// GeoPackage, KML or OSM XML.
#include "cli/arguments.h"
#include "cli/command.h"
#include "cli/projectinputs.h"
#include "domain/plural.h"
#include "io/cameraexporter.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace nadzor::cli {

QString exportUsage()
{
    return QCoreApplication::translate(
        "nadzor::cli",
        "nadzor export PROJECT --format geojson|csv|gpkg|kml|osm --out FILE [--include-authors]\n\n"
        "Writes the project's cameras: one feature per camera at its site's position, with the\n"
        "OSM-keyed fields as columns named by their keys (surveillance:type, camera:direction,\n"
        "height, ...), Nadzor's fields (nadzor:uuid, nadzor:site_uuid, addr:full, description,\n"
        "nadzor:status, nadzor:face_recognition) and the free tags. --format defaults to the\n"
        "suffix of FILE. The file is written under a temporary name next to FILE and renamed\n"
        "when complete, so a failure leaves nothing half-written. Photos are never exported.\n\n"
        "osm:  OSM XML 0.6 for JOSM: new nodes (negative ids) tagged man_made=surveillance.\n"
        "csv:  lon, lat, then the columns. Spreadsheet-safe: a cell that starts with =, +, -, @,\n"
        "      a tab or a carriage return is written with a leading ' so that spreadsheets do\n"
        "      not run it as a formula, except plain numbers such as -12.5, which stay numbers.\n"
        "      nadzor import removes that ' again.\n\n"
        "Options:\n"
        "  --include-authors  also write reviewers' names (nadzor:reviewed_by/_at); by\n"
        "                     default exports carry no names of people");
}

int runExport(const QStringList &args, Context &context)
{
    QStringList positional;
    QString formatName, out;
    bool includeAuthors = false;
    ArgumentParser parser(QStringLiteral("export"));
    parser.setPositional(&positional, 1, 1);
    parser.addOption(QStringLiteral("--format"), &formatName);
    parser.addOption(QStringLiteral("--out"), &out);
    parser.addFlag(QStringLiteral("--include-authors"), &includeAuthors);
    if (!parser.parse(args, context.err))
        return ExitUsage;
    const QString project = positional.first();
    if (out.isEmpty()) {
        context.err << QCoreApplication::translate("nadzor::cli", "nadzor export: --out FILE is required. Run 'nadzor export --help'.") << "\n";
        return ExitUsage;
    }
    if (formatName.isEmpty())
        formatName = QFileInfo(out).suffix();
    const auto format = io::exportFormatFromName(formatName);
    if (!format) {
        context.err << QCoreApplication::translate("nadzor::cli", "nadzor export: unknown format '%1' (use one of %2)")
                           .arg(formatName, io::exportFormatNames().join(QStringLiteral(", ")))
                    << "\n";
        return ExitUsage;
    }
    auto opened = openExistingProject(project);
    if (!opened) {
        context.err << "nadzor export: " << opened.errorString() << "\n";
        return ExitFailure;
    }
    const std::unique_ptr<store::ProjectStore> projectStore = opened.take();

    const io::SiteSource source = [&](const io::SiteVisitor &visit) -> domain::Status {
        domain::Status inner;
        domain::Status walked = projectStore->forEachSite([&](const domain::Site &site) {
            inner = visit(site);
            return inner.ok();
        });
        if (!inner)
            return inner;
        return walked;
    };
    io::CameraExporter exporter;
    const auto written = exporter.exportSites(source, out, *format, includeAuthors);
    if (!written) {
        context.err << "nadzor export: " << written.errorString() << "\n";
        return ExitFailure;
    }
    context.out << QCoreApplication::translate("nadzor::cli", "Exported %1 to %2.").arg(domain::countedCameras(written.value()), out) << "\n";
    return ExitOk;
}

} // namespace nadzor::cli
