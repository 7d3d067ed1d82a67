#include "report/densitytablewriter.h"

#include "domain/csvtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <cmath>
#include <optional>

namespace nadzor::report {

namespace {

QString fixed(const std::optional<double> &v, int decimals)
{
    return v ? QString::number(*v, 'f', decimals) : QString();
}

QJsonValue jsonFixed(const std::optional<double> &v, int decimals)
{
    if (!v || !std::isfinite(*v))
        return QJsonValue::Null;
    const double scale = std::pow(10.0, decimals);
    return std::round(*v * scale) / scale;
}

QVector<int> orderOrAll(const analysis::Aggregation &a, const QVector<int> &order)
{
    if (!order.isEmpty())
        return order;
    QVector<int> all(a.boundaries.size());
    for (int i = 0; i < all.size(); ++i)
        all[i] = i;
    return all;
}

QJsonArray ringJson(const domain::Ring &ring)
{
    QJsonArray out;
    for (int i = 0; i <= ring.size() && !ring.isEmpty(); ++i) {  // GeoJSON rings are closed
        const QPointF p = ring.at(i % ring.size());
        out.append(QJsonArray{p.x(), p.y()});
    }
    return out;
}

} // namespace

QString DensityTableWriter::csvText(const QString &value)
{
    return domain::csvCell(value);
}

QString DensityTableWriter::csvHeader()
{
    return QStringLiteral("name,code,cameras,sites,area_km2,population,cameras_per_km2,"
                          "cameras_per_1000,inhabitants_per_camera");
}

QByteArray DensityTableWriter::toCsv(const analysis::Aggregation &a, const QVector<int> &order)
{
    QString s = csvHeader() + QLatin1Char('\n');
    for (int i : orderOrAll(a, order)) {
        const analysis::BoundaryFigures &f = a.boundaries.at(i);
        const QStringList cells{csvText(f.name),
                                csvText(f.code),
                                QString::number(f.cameras),
                                QString::number(f.sites),
                                fixed(f.areaKm2, AreaDecimals),
                                f.population ? QString::number(*f.population) : QString(),
                                fixed(f.camerasPerKm2, PerKm2Decimals),
                                fixed(f.camerasPer1000, Per1000Decimals),
                                fixed(f.inhabitantsPerCamera, InhabitantsDecimals)};
        s += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return s.toUtf8();
}

QByteArray DensityTableWriter::toGeoJson(const analysis::Aggregation &a, const domain::BoundaryLayer &layer,
                                         const QString &borderRule, const QVector<int> &order)
{
    QJsonArray features;
    for (int i : orderOrAll(a, order)) {
        const analysis::BoundaryFigures &f = a.boundaries.at(i);
        QJsonArray polygons;
        if (f.index >= 0 && f.index < layer.boundaries.size()) {
            for (const domain::Polygon &p : layer.boundaries.at(f.index).geometry) {
                QJsonArray rings;
                for (const domain::Ring &r : p.rings)
                    rings.append(ringJson(r));
                polygons.append(rings);
            }
        }
        const QJsonObject props{
            {QStringLiteral("name"), f.name},
            {QStringLiteral("code"), f.code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.code)},
            {QStringLiteral("cameras"), double(f.cameras)},
            {QStringLiteral("sites"), double(f.sites)},
            {QStringLiteral("area_km2"), jsonFixed(f.areaKm2, AreaDecimals)},
            {QStringLiteral("population"),
             f.population ? QJsonValue(double(*f.population)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("cameras_per_km2"), jsonFixed(f.camerasPerKm2, PerKm2Decimals)},
            {QStringLiteral("cameras_per_1000"), jsonFixed(f.camerasPer1000, Per1000Decimals)},
            {QStringLiteral("inhabitants_per_camera"), jsonFixed(f.inhabitantsPerCamera, InhabitantsDecimals)}};
        features.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("Feature")},
            {QStringLiteral("properties"), props},
            {QStringLiteral("geometry"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("MultiPolygon")},
                         {QStringLiteral("coordinates"), polygons}}}});
    }
    QJsonObject root{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                     {QStringLiteral("name"), layer.name},
                     {QStringLiteral("filter"), a.filterDescription},
                     {QStringLiteral("border_rule"), borderRule},
                     {QStringLiteral("outside_cameras"), double(a.outsideCameras)},
                     {QStringLiteral("features"), features}};
    if (!layer.attribution.isEmpty())
        root.insert(QStringLiteral("attribution"), layer.attribution);
    if (!layer.source.isEmpty())
        root.insert(QStringLiteral("source"), layer.source);
    return QJsonDocument(root).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace nadzor::report
