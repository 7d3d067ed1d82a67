// reliability_probe cameras FILE [--encoding ENC] [--layer NAME]
// reliability_probe boundaries FILE [NAME_FIELD]
//
// Runs one importer on one file in its own process, so that the hostile-input test can give
// it a timeout and notice a crash. Prints "OK <counts>" (exit 0) or "ERROR <message>" (exit 1).
#include "boundaries/boundaryimporter.h"
#include "io/cameraimporter.h"

#include <QCoreApplication>

#include <cstdio>

using namespace nadzor;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: %s cameras|boundaries FILE [...]\n", argv[0]);
        return 2;
    }
    const QString kind = args.at(1);
    const QString file = args.at(2);
    if (kind == QLatin1String("cameras")) {
        io::ImportOptions options;
        for (int i = 3; i + 1 < args.size(); i += 2) {
            if (args.at(i) == QLatin1String("--encoding"))
                options.encoding = args.at(i + 1);
            else if (args.at(i) == QLatin1String("--layer"))
                options.layer = args.at(i + 1);
        }
        qint64 sites = 0, cameras = 0;
        io::CameraImporter importer;
        const auto result = importer.importFile(file, options, [&](domain::Site &site) {
            ++sites;
            cameras += site.cameras.size();
            return domain::Status();
        });
        if (!result) {
            std::printf("ERROR %s\n", qPrintable(result.errorString()));
            return 1;
        }
        std::printf("OK sites %lld cameras %lld\n", static_cast<long long>(sites),
                    static_cast<long long>(cameras));
        for (const QString &w : result.value().warnings)
            std::printf("WARNING %s\n", qPrintable(w));
        return 0;
    }
    if (kind == QLatin1String("boundaries")) {
        boundaries::BoundaryImportOptions options;
        options.nameField = args.size() > 3 ? args.at(3) : QString();
        const auto result = boundaries::BoundaryImporter::importFile(file, options);
        if (!result) {
            std::printf("ERROR %s\n", qPrintable(result.errorString()));
            return 1;
        }
        std::printf("OK boundaries %lld\n", static_cast<long long>(result.value().layer.boundaries.size()));
        return 0;
    }
    std::fprintf(stderr, "unknown kind '%s'\n", qPrintable(kind));
    return 2;
}
