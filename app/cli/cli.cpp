#include "cli/cli.h"

#include "i18n/translator.h"

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
int runPurge(const QStringList &args, Context &context);
QString purgeUsage();
QString purgeSummary();

const QList<Command> &commands()
{
    // Built again when the language changes (summaries and usage are translated).
    static QList<Command> list;
    static int builtFor = -1;
    if (builtFor == int(i18n::currentLanguage()))
        return list;
    builtFor = int(i18n::currentLanguage());
    list = {
        {QStringLiteral("version"), QCoreApplication::translate("nadzor::cli", "Print the version and exit."),
         QStringLiteral("nadzor version"), &runVersion},
        {QStringLiteral("import"),
         QCoreApplication::translate("nadzor::cli", "Import cameras from GeoJSON, CSV, GPX, KML, GPKG, SHP, FGB or OSM files."),
         importUsage(), &runImport},
        {QStringLiteral("export"),
         QCoreApplication::translate("nadzor::cli", "Export cameras as GeoJSON, CSV, GeoPackage, KML or OSM XML."),
         exportUsage(), &runExport},
        {QStringLiteral("density"),
         QCoreApplication::translate("nadzor::cli", "Count cameras per municipality and write densities as CSV or GeoJSON."),
         densityUsage(), &runDensity},
        {QStringLiteral("report"),
         QCoreApplication::translate("nadzor::cli", "Write the density report or a town fact sheet as PDF, HTML, CSV or GeoJSON."),
         reportUsage(), &runReport},
        {QStringLiteral("merge"),
         QCoreApplication::translate("nadzor::cli", "Merge another volunteer's project or an export file without duplicates."),
         mergeUsage(), &runMerge},
        {QStringLiteral("purge"), purgeSummary(), purgeUsage(), &runPurge},
    };
    return list;
}

namespace {

void printHelp(QTextStream &out)
{
    out << QCoreApplication::translate("nadzor::cli",
                                       "Usage: nadzor [PROJECT.nadzor]        open the map window\n"
                                       "       nadzor COMMAND [ARGS...]       run headless\n"
                                       "       nadzor COMMAND --help          describe a command\n\n"
                                       "Commands:\n");
    for (const Command &c : commands())
        out << "  " << c.name.leftJustified(10) << " " << c.summary << "\n";
    out << QCoreApplication::translate("nadzor::cli",
                                       "\nOptions:\n"
                                       "  -h, --help     show this help\n"
                                       "  --version      print the version\n");
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
            out << QCoreApplication::translate("nadzor::cli", "Usage: %1").arg(c.usage) << "\n\n" << c.summary << "\n";
            return ExitOk;
        }
        return c.run(rest, context);
    }
    err << QCoreApplication::translate("nadzor::cli", "nadzor: unknown command '%1'. Run 'nadzor --help' for the list.")
               .arg(first)
        << "\n";
    return ExitUsage;
}

} // namespace nadzor::cli
