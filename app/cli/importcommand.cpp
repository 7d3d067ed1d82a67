// nadzor import PROJECT FILE... : cameras from GeoJSON, CSV, GPX, KML, GeoPackage, Shapefile,
// FlatGeobuf or OSM files into a project, all files in one transaction.
#include "cli/arguments.h"
#include "cli/command.h"
#include "io/cameraimporter.h"
#include "domain/plural.h"
#include "io/fieldmapper.h"
#include "store/importsession.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace nadzor::cli {

QString importUsage()
{
    return QCoreApplication::translate(
               "nadzor::cli",
               "nadzor import PROJECT FILE... [--map COLUMN=FIELD]... [--encoding ENC]\n"
               "                     [--layer NAME] [--s-srs CRS] [--author NAME]\n\n"
               "Reads cameras from %1 files\n"
               "into PROJECT (created if it does not exist). Coordinates are reprojected to WGS84;\n"
               "points at the same position (to 1e-7 degrees) in a file become cameras of one site.\n"
               "OSM files: man_made=surveillance (and highway=speed_camera) nodes with all their tags.\n\n"
               "All or nothing: every FILE is read in one transaction. If any file has an error,\n"
               "nothing is imported, the project is left as it was, the message names the file\n"
               "and the feature (or CSV line) at fault, and the exit status is 1.\n\n"
               "Options:\n"
               "  --map COLUMN=FIELD  put COLUMN into FIELD (repeatable). FIELD is\n%2.\n"
               "                      Without --map, common names are recognised (any case):\n"
               "                      lat/latitude/y, lon/lng/long/longitude/x and wkt/geometry\n"
               "                      (CSV), type, direction, mount, zone, height, operator,\n"
               "                      manufacturer, model, address/adress/adresa, notes/note,\n"
               "                      source, date/observed and every OSM key; other columns\n"
               "                      are kept as free tags.\n"
               "  --encoding ENC      text encoding of CSV/Shapefile attributes (default UTF-8),\n"
               "                      e.g. CP1250 (Windows-1250), ISO-8859-2\n"
               "  --layer NAME        read only this layer (default: all; GPX: waypoints)\n"
               "  --s-srs CRS         the coordinates' CRS when the file does not say, e.g.\n"
               "                      EPSG:32634 (default: the file's CRS, else WGS84)\n"
               "  --author NAME       the author recorded in the project's journal")
        .arg(io::CameraImporter::supportedFormats(),
             QStringLiteral("                      ")
                 + io::FieldMapper::targetHelp().replace(
                     QLatin1String("\n"), QLatin1String("\n                      ")));
}

namespace {

void removeProjectFiles(const QString &path)
{
    for (const char *extra : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(extra));
}

} // namespace

int runImport(const QStringList &args, Context &context)
{
    QStringList positional, maps;
    QString author;
    io::ImportOptions options;
    ArgumentParser parser(QStringLiteral("import"));
    parser.setPositional(&positional, 0, -1);
    parser.addListOption(QStringLiteral("--map"), &maps);
    parser.addOption(QStringLiteral("--encoding"), &options.encoding);
    parser.addOption(QStringLiteral("--layer"), &options.layer);
    parser.addOption(QStringLiteral("--s-srs"), &options.sourceSrs);
    parser.addOption(QStringLiteral("--author"), &author);
    if (!parser.parse(args, context.err))
        return ExitUsage;
    for (const QString &value : std::as_const(maps)) {
        const int eq = value.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == value.size() - 1) {
            context.err << QCoreApplication::translate("nadzor::cli", "nadzor import: --map wants COLUMN=FIELD, not '%1'")
                               .arg(value)
                        << "\n";
            return ExitUsage;
        }
        options.fieldMap.insert(value.left(eq), value.mid(eq + 1));
    }
    if (positional.size() < 2) {
        context.err << QCoreApplication::translate("nadzor::cli", "Usage: %1")
                           .arg(importUsage().section(QLatin1Char('\n'), 0, 1))
                    << "\n";
        return ExitUsage;
    }
    const QString project = positional.takeFirst();
    const QStringList files = positional;
    if (const auto s = io::FieldMapper(options.fieldMap).validate(); !s) {
        context.err << "nadzor import: " << s.errorString() << "\n";
        return ExitUsage;
    }

    const bool existed = QFileInfo::exists(project);
    auto opened = store::ProjectStore::openOrCreate(project);
    if (!opened) {
        context.err << "nadzor import: " << opened.errorString() << "\n";
        return ExitFailure;
    }
    std::unique_ptr<store::ProjectStore> projectStore = opened.take();
    if (!author.isEmpty())
        projectStore->setAuthor(author);

    auto fail = [&](const QString &message) {
        context.err << "nadzor import: " << message << "\n"
                    << (existed ? QCoreApplication::translate("nadzor::cli", "nadzor import: nothing was imported; %1 is unchanged.")
                                : QCoreApplication::translate("nadzor::cli", "nadzor import: nothing was imported; %1 was not created."))
                           .arg(project)
                    << "\n";
        projectStore.reset();
        if (!existed)
            removeProjectFiles(project);
        return ExitFailure;
    };

    QStringList names;
    for (const QString &f : std::as_const(files))
        names << QFileInfo(f).fileName();
    auto begun = projectStore->beginImport(QCoreApplication::translate("nadzor::cli", "Import of %1")
                                               .arg(names.join(QStringLiteral(", "))));
    if (!begun)
        return fail(begun.errorString());
    std::unique_ptr<store::ImportSession> session = begun.take();

    io::CameraImporter importer;
    qint64 sites = 0, cameras = 0;
    for (const QString &file : std::as_const(files)) {
        // Streamed: sites and cameras go into the session's transaction as they are read (the
        // file is never held in memory); a failure rolls the whole import back below.
        io::SiteStream stream;
        const auto siteNotStored = [&file](const domain::Site &site, const domain::Status &s) -> domain::Status {
            return domain::makeError(QCoreApplication::translate("nadzor::cli", "the site at %1, %2 cannot be stored: %3")
                                         .arg(site.position.lat, 0, 'f', 7)
                                         .arg(site.position.lon, 0, 'f', 7)
                                         .arg(s.errorString()),
                                     file);
        };
        stream.addSite = [&](domain::Site &site) -> domain::Status {
            if (domain::Status s = session->addSite(site); !s)
                return siteNotStored(site, s);
            return {};
        };
        stream.addCamera = [&](qint64 siteId, domain::Camera &camera) -> domain::Status {
            if (domain::Status s = session->addCamera(siteId, camera); !s)
                return domain::makeError(QCoreApplication::translate("nadzor::cli", "a camera cannot be stored: %1").arg(s.errorString()),
                                         file);
            return {};
        };
        stream.updateSite = [&](const domain::Site &site) -> domain::Status {
            if (domain::Status s = session->updateSite(site); !s)
                return siteNotStored(site, s);
            return {};
        };
        auto result = importer.importFile(file, options, stream);
        if (!result) {
            session.reset();  // rolls back
            return fail(result.errorString());
        }
        for (const QString &w : std::as_const(result.value().warnings))
            context.err << QCoreApplication::translate("nadzor::cli", "nadzor import: %1: warning: %2").arg(file, w) << "\n";
        context.err << QCoreApplication::translate("nadzor::cli", "%1: %2 at %3")
                           .arg(file, domain::countedCameras(result.value().cameras), domain::countedSites(result.value().sites))
                    << "\n";
        sites += result.value().sites;
        cameras += result.value().cameras;
    }
    if (domain::Status s = session->commit(); !s) {
        session.reset();
        return fail(s.errorString());
    }
    session.reset();
    context.out << domain::plural(QCoreApplication::translate("nadzor::cli", "Imported %1 at %2 from %n file(s) into %3.",
                                                              nullptr, int(files.size())),
                                  files.size())
                       .arg(domain::countedCameras(cameras), domain::countedSites(sites), project)
                << "\n";
    return ExitOk;
}

} // namespace nadzor::cli
