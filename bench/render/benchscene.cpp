#include "bench/render/benchscene.h"

#include "tools/gencameras/gencameras.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <unistd.h>

namespace nadzor::bench {

namespace {

domain::Ring ringFromJson(const QJsonArray &coords)
{
    domain::Ring ring;
    ring.reserve(coords.size());
    for (const auto &c : coords) {
        const QJsonArray p = c.toArray();
        if (p.size() >= 2)
            ring.append(QPointF(p[0].toDouble(), p[1].toDouble()));
    }
    if (ring.size() > 1 && ring.first() == ring.last())
        ring.removeLast();
    return ring;
}

domain::Polygon polygonFromJson(const QJsonArray &rings)
{
    domain::Polygon polygon;
    for (const auto &r : rings)
        polygon.rings.append(ringFromJson(r.toArray()));
    return polygon;
}

} // namespace

domain::BoundaryLayer loadSerbianMunicipalities()
{
    domain::BoundaryLayer layer;
    layer.name = QStringLiteral("Serbian municipalities");
    layer.source = QStringLiteral("geoBoundaries SRB ADM2");
    layer.attribution = QStringLiteral("Boundaries © OpenStreetMap contributors, ODbL, via geoBoundaries");
    QFile f(QStringLiteral(NADZOR_SOURCE_DIR "/resources/geodata/sources/boundaries-geoboundaries-srb-adm2/serbia-opstine.geojson"));
    if (!f.open(QIODevice::ReadOnly))
        return layer;
    const QJsonArray features = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("features")).toArray();
    qint64 id = 1;
    for (const auto &fv : features) {
        const QJsonObject feature = fv.toObject();
        const QJsonObject geometry = feature.value(QStringLiteral("geometry")).toObject();
        domain::Boundary b;
        b.id = id++;
        QString name = feature.value(QStringLiteral("properties")).toObject().value(QStringLiteral("shapeName")).toString();
        for (const char *suffix : {" City", " Municipality"})
            if (name.endsWith(QLatin1String(suffix)))
                name.chop(int(qstrlen(suffix)));
        b.name = name;
        const QString type = geometry.value(QStringLiteral("type")).toString();
        const QJsonArray coords = geometry.value(QStringLiteral("coordinates")).toArray();
        if (type == QLatin1String("Polygon"))
            b.geometry.append(polygonFromJson(coords));
        else if (type == QLatin1String("MultiPolygon"))
            for (const auto &p : coords)
                b.geometry.append(polygonFromJson(p.toArray()));
        layer.boundaries.append(b);
    }
    return layer;
}

QVector<maps::CameraSymbol> generateCameraSymbols(int count, quint32 seed)
{
    const QVector<domain::GeoPoint> points = tools::generateCameras(count, seed);
    QVector<maps::CameraSymbol> out;
    out.reserve(points.size());
    QRandomGenerator rng(seed ^ 0x5eed);
    for (int i = 0; i < points.size(); ++i) {
        maps::CameraSymbol s;
        s.lon = points[i].lon;
        s.lat = points[i].lat;
        s.id = i + 1;
        const quint32 r = rng.generate();
        const int k = int(r % 100);
        s.kind = quint8(k < 70 ? maps::CameraKind::Camera
                        : k < 85 ? maps::CameraKind::Dome
                        : k < 95 ? maps::CameraKind::Alpr
                                 : maps::CameraKind::Guard);
        const int st = int((r >> 8) % 100);
        s.status = quint8(st < 55 ? 0 : st < 90 ? 1 : st < 97 ? 2 : 3);
        const int face = int((r >> 16) % 100);
        s.face = quint8(face < 80 ? 0 : face < 90 ? 1 : face < 96 ? 2 : 3);
        if (((r >> 24) & 1) == 0) {
            s.direction = float(rng.bounded(360));
            if (((r >> 25) & 3) == 0)
                s.angle = float(40 + rng.bounded(80));
        }
        out.append(s);
    }
    return out;
}

qint64 residentBytes()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> parts = f.readAll().split(' ');
    if (parts.size() < 2)
        return -1;
    return parts[1].toLongLong() * sysconf(_SC_PAGESIZE);
}

} // namespace nadzor::bench
