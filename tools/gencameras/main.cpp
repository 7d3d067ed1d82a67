// nadzor-gencameras COUNT --out FILE [--seed N] [--format geojson|csv]
// Writes COUNT deterministic synthetic cameras (see gencameras.h) for benchmarks and demos.
#include "tools/gencameras/gencameras.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QStringList>
#include <cstdio>

using namespace nadzor;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    int count = -1;
    quint32 seed = 42;
    QString out;
    QString format = QStringLiteral("geojson");
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--out") && i + 1 < args.size()) {
            out = args.at(++i);
        } else if (a == QLatin1String("--seed") && i + 1 < args.size()) {
            seed = args.at(++i).toUInt();
        } else if (a == QLatin1String("--format") && i + 1 < args.size()) {
            format = args.at(++i);
        } else if (count < 0) {
            bool ok = false;
            count = a.toInt(&ok);
            if (!ok || count < 0) {
                std::fprintf(stderr, "nadzor-gencameras: COUNT must be a whole number, not '%s'\n",
                             qPrintable(a));
                return 2;
            }
        } else {
            std::fprintf(stderr, "nadzor-gencameras: unexpected argument '%s'\n", qPrintable(a));
            return 2;
        }
    }
    if (count < 0 || out.isEmpty()
        || (format != QLatin1String("geojson") && format != QLatin1String("csv"))) {
        std::fprintf(stderr,
                     "usage: nadzor-gencameras COUNT --out FILE [--seed N] [--format geojson|csv]\n");
        return 2;
    }

    const auto points = tools::generateCameras(count, seed);
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "nadzor-gencameras: %s: %s\n", qPrintable(out),
                     qPrintable(file.errorString()));
        return 1;
    }
    QByteArray buffer;
    buffer.reserve(1 << 20);
    auto flush = [&] {
        file.write(buffer);
        buffer.clear();
    };
    const bool csv = format == QLatin1String("csv");
    buffer += csv ? "lon,lat,manufacturer,surveillance:type\n"
                  : "{\"type\":\"FeatureCollection\",\"features\":[\n";
    for (int i = 0; i < points.size(); ++i) {
        const QByteArray lon = QByteArray::number(points[i].lon, 'f', 7);
        const QByteArray lat = QByteArray::number(points[i].lat, 'f', 7);
        const QByteArray maker = tools::generatedManufacturer(i, seed).toLatin1();
        if (csv) {
            buffer += lon + ',' + lat + ',' + maker + ",camera\n";
        } else {
            buffer += "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + lon
                + ',' + lat + "]},\"properties\":{\"manufacturer\":\"" + maker
                + "\",\"surveillance:type\":\"camera\"}}";
            buffer += i + 1 < points.size() ? ",\n" : "\n";
        }
        if (buffer.size() > (1 << 20))
            flush();
    }
    if (!csv)
        buffer += "]}\n";
    flush();
    if (!file.commit()) {
        std::fprintf(stderr, "nadzor-gencameras: %s: %s\n", qPrintable(out),
                     qPrintable(file.errorString()));
        return 1;
    }
    return 0;
}
