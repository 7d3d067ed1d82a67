#pragma once
// Test helpers: hand-made polygons and the geoBoundaries Serbian municipalities read with
// QJsonDocument (so the analysis tests need neither GDAL nor the boundaries module).
#include "domain/boundary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace testlayers {

inline nadzor::domain::Ring rect(double x0, double y0, double x1, double y1)
{
    return {QPointF(x0, y0), QPointF(x1, y0), QPointF(x1, y1), QPointF(x0, y1)};
}

inline nadzor::domain::MultiPolygon square(double x0, double y0, double x1, double y1)
{
    nadzor::domain::Polygon p;
    p.rings << rect(x0, y0, x1, y1);
    return {p};
}

inline nadzor::domain::Boundary boundary(const QString &name, const nadzor::domain::MultiPolygon &g)
{
    nadzor::domain::Boundary b;
    b.name = name;
    b.geometry = g;
    return b;
}

inline nadzor::domain::Ring ringFromJson(const QJsonArray &coords)
{
    nadzor::domain::Ring ring;
    for (const QJsonValue &v : coords) {
        const QJsonArray c = v.toArray();
        ring << QPointF(c.at(0).toDouble(), c.at(1).toDouble());
    }
    if (ring.size() > 1 && ring.first() == ring.last())
        ring.removeLast();
    return ring;
}

// The 145 municipalities of resources/geodata/sources/boundaries-geoboundaries-srb-adm2.
inline nadzor::domain::BoundaryLayer serbianMunicipalities()
{
    nadzor::domain::BoundaryLayer layer;
    QFile f(QStringLiteral(NADZOR_SOURCE_DIR
                           "/resources/geodata/sources/boundaries-geoboundaries-srb-adm2/"
                           "serbia-opstine.geojson"));
    if (!f.open(QIODevice::ReadOnly))
        return layer;
    const QJsonArray features = QJsonDocument::fromJson(f.readAll()).object()
                                    .value(QStringLiteral("features")).toArray();
    layer.name = QStringLiteral("geoBoundaries SRB ADM2");
    for (const QJsonValue &fv : features) {
        const QJsonObject feature = fv.toObject();
        nadzor::domain::Boundary b;
        b.name = feature.value(QStringLiteral("properties")).toObject()
                     .value(QStringLiteral("shapeName")).toString();
        const QJsonObject geometry = feature.value(QStringLiteral("geometry")).toObject();
        const QString type = geometry.value(QStringLiteral("type")).toString();
        const QJsonArray coords = geometry.value(QStringLiteral("coordinates")).toArray();
        QList<QJsonArray> polygons;
        if (type == QLatin1String("Polygon"))
            polygons << coords;
        else
            for (const QJsonValue &p : coords)
                polygons << p.toArray();
        for (const QJsonArray &p : polygons) {
            nadzor::domain::Polygon poly;
            for (const QJsonValue &r : p)
                poly.rings << ringFromJson(r.toArray());
            b.geometry << poly;
        }
        layer.boundaries << b;
    }
    return layer;
}

inline int indexOf(const nadzor::domain::BoundaryLayer &layer, const QString &name)
{
    for (int i = 0; i < layer.boundaries.size(); ++i)
        if (layer.boundaries.at(i).name == name)
            return i;
    return -1;
}

} // namespace testlayers
