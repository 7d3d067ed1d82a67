#include "cli/cli.h"

#include <QCoreApplication>
#include <cstdio>

namespace nadzor::cli {

int runVersion(const QStringList &args, Context &context);
int runImport(const QStringList &args, Context &context);
QString importUsage();
int runExport(const QStringList &args, Context &context);
QString exportUsage();
int runDensity(const QStringList &args, Context &context);
QString densityUsage();
int runReport(const QStringList &args, Context &context);
QString reportUsage();
int runMerge(const QStringList &args, Context &context);
QString mergeUsage();

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {QStringLiteral("version"), QStringLiteral("Print the version and exit."),
         QStringLiteral("nadzor version"), &runVersion},
        {QStringLiteral("import"), QStringLiteral("Import cameras from GeoJSON, CSV, GPX, KML, GPKG, SHP, FGB or OSM files."),
         importUsage(), &runImport},
        {QStringLiteral("export"), QStringLiteral("Export cameras as GeoJSON, CSV, GeoPackage, KML or OSM XML."),
         exportUsage(), &runExport},
        {QStringLiteral("density"), QStringLiteral("Count cameras per municipality and write densities as CSV or GeoJSON."),
         densityUsage(), &runDensity},
        {QStringLiteral("report"), QStringLiteral("Write the density report or a town fact sheet as PDF, HTML, CSV or GeoJSON."),
         reportUsage(), &runReport},
        {QStringLiteral("merge"), QStringLiteral("Merge another volunteer's project or an export file without duplicates."),
         mergeUsage(), &runMerge},
    };
    return list;
}

namespace {

void printHelp(QTextStream &out)
{
    out << "Usage: nadzor [PROJECT.nadzor]        open the map window\n"
           "       nadzor COMMAND [ARGS...]       run headless\n"
           "       nadzor COMMAND --help          describe a command\n\n"
           "Commands:\n";
    for (const Command &c : commands())
        out << "  " << c.name.leftJustified(10) << " " << c.summary << "\n";
    out << "\nOptions:\n"
           "  -h, --help     show this help\n"
           "  --version      print the version\n";
}

} // namespace

bool isHeadless(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("--version"))
        return true;
    for (const Command &c : commands()) {
        if (c.name == first)
            return true;
    }
    // Anything else that is not a project file is an unknown command: report it headless.
    return !first.endsWith(QLatin1String(".nadzor")) && !first.startsWith(QLatin1Char('-'));
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Context context{out, err};
    const QString first = arguments.value(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        printHelp(out);
        return ExitOk;
    }
    if (first == QLatin1String("--version"))
        return runVersion({}, context);
    for (const Command &c : commands()) {
        if (c.name != first)
            continue;
        const QStringList rest = arguments.mid(2);
        if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
            out << "Usage: " << c.usage << "\n\n" << c.summary << "\n";
            return ExitOk;
        }
        return c.run(rest, context);
    }
    err << "nadzor: unknown command '" << first << "'. Run 'nadzor --help' for the list.\n";
    return ExitUsage;
}

} // namespace nadzor::cli
