// nadzor-bundle-boundaries [--sources DIR] [--out FILE] [--report FILE] [--time-bundled]
//
// Joins geoBoundaries' Serbian ADM2 polygons with RZS population (latest year) and the official
// municipality codes, and writes the bundled layer (GeoJSON, coordinates rounded to 6 decimals,
// RFC 7946 ring orientation) and the join report. --time-bundled instead loads the layer that
// is compiled into this build and prints how long that took.
#include "boundaries/boundaryimporter.h"
#include "boundaries/serbianlayer.h"
#include "boundaries/serbiansources.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>
#include <cmath>

using namespace nadzor;

namespace {

QString jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString coordinate(double value)
{
    QString s = QString::number(std::round(value * 1e6) / 1e6, 'f', 6);
    while (s.endsWith(QChar('0')))
        s.chop(1);
    if (s.endsWith(QChar('.')))
        s.chop(1);
    return s;
}

// Twice the signed planar area in degrees: > 0 when the ring runs counter-clockwise.
double signedArea(const domain::Ring &ring)
{
    double sum = 0.0;
    for (int i = 0; i < ring.size(); ++i) {
        const QPointF &a = ring.at(i);
        const QPointF &b = ring.at((i + 1) % ring.size());
        sum += a.x() * b.y() - b.x() * a.y();
    }
    return sum;
}

QString ringJson(domain::Ring ring, bool outer)
{
    // RFC 7946: exterior rings counter-clockwise, holes clockwise.
    if ((signedArea(ring) > 0) != outer)
        std::reverse(ring.begin(), ring.end());
    QStringList positions;
    QString previous;
    for (const QPointF &p : std::as_const(ring)) {
        const QString position = QStringLiteral("[%1,%2]").arg(coordinate(p.x()), coordinate(p.y()));
        if (position != previous)
            positions << position;  // rounding can merge neighbours
        previous = position;
    }
    if (positions.size() > 1 && positions.last() == positions.first())
        positions.removeLast();
    positions << positions.first();  // GeoJSON rings are closed
    return QStringLiteral("[") + positions.join(QChar(',')) + QStringLiteral("]");
}

QString geometryJson(const domain::MultiPolygon &geometry)
{
    QStringList polygons;
    for (const domain::Polygon &polygon : geometry) {
        QStringList rings;
        for (int r = 0; r < polygon.rings.size(); ++r)
            rings << ringJson(polygon.rings.at(r), r == 0);
        polygons << QStringLiteral("[") + rings.join(QChar(',')) + QStringLiteral("]");
    }
    if (polygons.size() == 1)
        return QStringLiteral("{\"type\":\"Polygon\",\"coordinates\":%1}").arg(polygons.first());
    return QStringLiteral("{\"type\":\"MultiPolygon\",\"coordinates\":[%1]}").arg(polygons.join(QChar(',')));
}

QString featureJson(const boundaries::SerbianMunicipality &m, int year)
{
    const domain::Boundary &b = m.boundary;
    QStringList properties;
    properties << QStringLiteral("\"name\":%1").arg(jsonString(b.name));
    properties << QStringLiteral("\"name_cyrl\":%1").arg(jsonString(m.nameCyrillic));
    properties << QStringLiteral("\"code\":%1").arg(b.code.isEmpty() ? QStringLiteral("null") : jsonString(b.code));
    properties << QStringLiteral("\"population\":%1").arg(b.population ? QString::number(*b.population) : QStringLiteral("null"));
    properties << QStringLiteral("\"population_year\":%1").arg(b.population ? QString::number(year) : QStringLiteral("null"));
    properties << QStringLiteral("\"area_km2\":%1").arg(QString::number(b.areaKm2.value_or(0.0), 'f', 3));
    properties << QStringLiteral("\"source_name\":%1").arg(jsonString(m.sourceName));
    return QStringLiteral("{\"type\":\"Feature\",\"properties\":{%1},\"geometry\":%2}")
        .arg(properties.join(QChar(',')), geometryJson(b.geometry));
}

bool writeFile(const QString &path, const QByteArray &data, QTextStream &err)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        err << path << ": cannot write: " << file.errorString() << '\n';
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString root = QStringLiteral(NADZOR_SOURCE_DIR);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes Nadzor's bundled layer of Serbian municipalities."));
    parser.addHelpOption();
    QCommandLineOption sources(QStringLiteral("sources"), QStringLiteral("The source folders."), QStringLiteral("DIR"),
                               root + QStringLiteral("/resources/geodata/sources"));
    QCommandLineOption output(QStringLiteral("out"), QStringLiteral("The GeoJSON to write."), QStringLiteral("FILE"),
                              root + QStringLiteral("/resources/geodata/serbia-municipalities.geojson"));
    QCommandLineOption reportFile(QStringLiteral("report"), QStringLiteral("The join report to write."), QStringLiteral("FILE"),
                                  root + QStringLiteral("/resources/geodata/serbia-municipalities-join-report.txt"));
    QCommandLineOption timeBundled(QStringLiteral("time-bundled"),
                                   QStringLiteral("Load the layer compiled into this build and print the time it took."));
    parser.addOptions({sources, output, reportFile, timeBundled});
    parser.process(app);

    if (parser.isSet(timeBundled)) {
        QElapsedTimer timer;
        timer.start();
        const auto layer = boundaries::bundledSerbianLayer();
        const qint64 ns = timer.nsecsElapsed();
        if (!layer) {
            err << layer.errorString() << '\n';
            return 1;
        }
        out << "bundledSerbianLayer(): " << layer.value().boundaries.size() << " boundaries in "
            << QString::number(double(ns) / 1e6, 'f', 1) << " ms\n";
        return 0;
    }

    auto joined = boundaries::joinSerbianSources(parser.value(sources));
    if (!joined) {
        err << joined.errorString() << '\n';
        return 1;
    }
    const boundaries::SerbianJoin &join = joined.value();

    QString text;
    text += QStringLiteral("{\"type\":\"FeatureCollection\",\n\"name\":\"Serbian municipalities\",\n");
    text += QStringLiteral("\"source\":\"geoBoundaries SRB ADM2 (OpenStreetMap); RZS municipal indicators %1; RZS/SORS municipality codes\",\n")
                .arg(join.populationYear);
    text += QStringLiteral("\"attribution\":%1,\n").arg(jsonString(boundaries::serbianLayerAttribution(join.populationYear)));
    text += QStringLiteral("\"features\":[\n");
    QStringList features;
    for (const auto &m : join.municipalities)
        features << featureJson(m, join.populationYear);
    text += features.join(QStringLiteral(",\n"));
    text += QStringLiteral("\n]}\n");

    const QString outPath = parser.value(output);
    if (!writeFile(outPath, text.toUtf8(), err))
        return 1;

    // Check what was written: every geometry valid after rounding, nothing lost.
    boundaries::BoundaryImportOptions check;
    check.nameField = QStringLiteral("name");
    check.populationField = QStringLiteral("population");
    check.codeField = QStringLiteral("code");
    const auto reread = boundaries::BoundaryImporter::importFile(outPath, check);
    if (!reread) {
        err << "the written file does not read back: " << reread.errorString() << '\n';
        return 1;
    }
    boundaries::JoinReport report = join.report;
    for (const QString &repair : reread.value().repairs)
        report.notes << QStringLiteral("after rounding to 6 decimals: %1").arg(repair);
    if (reread.value().layer.boundaries.size() != join.municipalities.size()) {
        err << "the written file has " << reread.value().layer.boundaries.size() << " features, expected "
            << join.municipalities.size() << '\n';
        return 1;
    }

    if (!writeFile(parser.value(reportFile), report.toText().toUtf8(), err))
        return 1;
    out << "wrote " << outPath << " (" << join.municipalities.size() << " boundaries, " << QFileInfo(outPath).size()
        << " bytes)\n"
        << "population matched " << report.matchedCount() << " of " << report.boundaryCount << ", codes matched "
        << report.codesMatched.size() << "; " << reread.value().repairs.size() << " geometries invalid after rounding\n"
        << "wrote " << parser.value(reportFile) << '\n';
    return 0;
}
