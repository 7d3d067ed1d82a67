// nadzor import PROJECT FILE... : cameras from GeoJSON, CSV, GPX, KML, GeoPackage, Shapefile,
// FlatGeobuf or OSM files into a project, all files in one transaction.
#include "cli/command.h"
#include "io/cameraimporter.h"
#include "io/fieldmapper.h"
#include "store/importsession.h"
#include "store/projectstore.h"

#include <QFile>
#include <QFileInfo>

namespace nadzor::cli {

QString importUsage()
{
    return QStringLiteral(
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

// Takes "--name value" or "--name=value"; advances i past what it used.
bool takeValue(const QStringList &args, int &i, const QString &name, QString &value)
{
    const QString a = args.at(i);
    if (a == name) {
        if (i + 1 >= args.size())
            return false;
        value = args.at(++i);
        return true;
    }
    value = a.mid(name.size() + 1);
    return true;
}

} // namespace

int runImport(const QStringList &args, Context &context)
{
    QString project;
    QStringList files;
    QString author;
    io::ImportOptions options;
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        auto option = [&](const char *name) {
            const QString n = QLatin1String(name);
            return a == n || a.startsWith(n + QLatin1Char('='));
        };
        QString value;
        if (option("--map") || option("--encoding") || option("--layer") || option("--s-srs")
            || option("--author")) {
            const QString name = a.section(QLatin1Char('='), 0, 0);
            if (!takeValue(args, i, name, value)) {
                context.err << "nadzor import: " << name << " needs a value\n";
                return ExitUsage;
            }
            if (name == QLatin1String("--map")) {
                const int eq = value.indexOf(QLatin1Char('='));
                if (eq <= 0 || eq == value.size() - 1) {
                    context.err << "nadzor import: --map wants COLUMN=FIELD, not '" << value
                                << "'\n";
                    return ExitUsage;
                }
                options.fieldMap.insert(value.left(eq), value.mid(eq + 1));
            } else if (name == QLatin1String("--encoding")) {
                options.encoding = value;
            } else if (name == QLatin1String("--layer")) {
                options.layer = value;
            } else if (name == QLatin1String("--s-srs")) {
                options.sourceSrs = value;
            } else {
                author = value;
            }
        } else if (a.startsWith(QLatin1String("--"))) {
            context.err << "nadzor import: unknown option '" << a
                        << "'. Run 'nadzor import --help'.\n";
            return ExitUsage;
        } else if (project.isEmpty()) {
            project = a;
        } else {
            files << a;
        }
    }
    if (project.isEmpty() || files.isEmpty()) {
        context.err << "Usage: " << importUsage().section(QLatin1Char('\n'), 0, 1) << "\n";
        return ExitUsage;
    }
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
                    << "nadzor import: nothing was imported; " << project
                    << (existed ? " is unchanged" : " was not created") << ".\n";
        projectStore.reset();
        if (!existed)
            removeProjectFiles(project);
        return ExitFailure;
    };

    QStringList names;
    for (const QString &f : std::as_const(files))
        names << QFileInfo(f).fileName();
    auto begun = projectStore->beginImport(QStringLiteral("Import of %1")
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
        stream.addSite = [&](domain::Site &site) -> domain::Status {
            if (domain::Status s = session->addSite(site); !s) {
                return domain::makeError(QStringLiteral("the site at %1, %2 cannot be stored: %3")
                                             .arg(site.position.lat, 0, 'f', 7)
                                             .arg(site.position.lon, 0, 'f', 7)
                                             .arg(s.errorString()),
                                         file);
            }
            return {};
        };
        stream.addCamera = [&](qint64 siteId, domain::Camera &camera) -> domain::Status {
            if (domain::Status s = session->addCamera(siteId, camera); !s)
                return domain::makeError(QStringLiteral("a camera cannot be stored: %1").arg(s.errorString()),
                                         file);
            return {};
        };
        stream.updateSite = [&](const domain::Site &site) -> domain::Status {
            if (domain::Status s = session->updateSite(site); !s) {
                return domain::makeError(QStringLiteral("the site at %1, %2 cannot be stored: %3")
                                             .arg(site.position.lat, 0, 'f', 7)
                                             .arg(site.position.lon, 0, 'f', 7)
                                             .arg(s.errorString()),
                                         file);
            }
            return {};
        };
        auto result = importer.importFile(file, options, stream);
        if (!result) {
            session.reset();  // rolls back
            return fail(result.errorString());
        }
        for (const QString &w : std::as_const(result.value().warnings))
            context.err << "nadzor import: " << file << ": warning: " << w << "\n";
        context.err << file << ": " << result.value().cameras << " cameras at "
                    << result.value().sites << " sites\n";
        sites += result.value().sites;
        cameras += result.value().cameras;
    }
    if (domain::Status s = session->commit(); !s) {
        session.reset();
        return fail(s.errorString());
    }
    session.reset();
    context.out << "Imported " << cameras << " cameras at " << sites << " sites from "
                << files.size() << (files.size() == 1 ? " file" : " files") << " into " << project
                << ".\n";
    return ExitOk;
}

} // namespace nadzor::cli
