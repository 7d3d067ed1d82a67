#pragma once
// A hand-made layer of three 1° squares with known areas and populations, and cameras whose
// figures are known by hand, shared by the report tests.
#include "analysis/aggregator.h"
#include "domain/boundary.h"
#include "domain/site.h"

#include <QProcess>
#include <QString>

namespace nadzor::testing {

inline domain::Boundary square(qint64 id, const QString &name, const QString &code, double west,
                               std::optional<qint64> population, double areaKm2)
{
    domain::Boundary b;
    b.id = id;
    b.name = name;
    b.code = code;
    b.population = population;
    b.areaKm2 = areaKm2;
    b.geometry = {domain::Polygon{{domain::Ring{{west, 44}, {west + 1, 44}, {west + 1, 45}, {west, 45}}}}};
    return b;
}

// Osečina [20,21]: 100,000 inhabitants, 100 km²; Bečej [21,22]: 50,000, 200 km²;
// Čajetina [22,23]: population unknown, 50 km².
inline domain::BoundaryLayer threeSquares()
{
    domain::BoundaryLayer layer;
    layer.name = QStringLiteral("Test squares");
    layer.source = QStringLiteral("squares.geojson");
    layer.attribution = QStringLiteral("Boundaries: test squares; population 2022: invented for the test");
    layer.boundaries = {square(1, QStringLiteral("Osečina"), QStringLiteral("70882"), 20, 100000, 100),
                        square(2, QStringLiteral("Bečej"), QStringLiteral("80110"), 21, 50000, 200),
                        square(3, QStringLiteral("Čajetina"), QStringLiteral("70300"), 22, std::nullopt, 50)};
    return layer;
}

inline domain::Site site(qint64 id, double lon, double lat, const QStringList &manufacturers,
                         const QString &operatorName = QString(), const QString &direction = QString())
{
    domain::Site s;
    s.id = id;
    s.position = {lon, lat};
    for (const QString &m : manufacturers) {
        domain::Camera c;
        c.manufacturer = m;
        c.operatorName = operatorName;
        c.direction = direction;
        s.cameras << c;
    }
    return s;
}

// Osečina: 5 cameras at 3 sites (Dahua 3, Hikvision 2; MUP 4, unknown operator 1);
// Bečej: 2 Huawei cameras at 1 site; Čajetina: one camera marked removed (not counted);
// one Dahua camera outside every square.
inline QList<domain::Site> knownSites()
{
    QList<domain::Site> sites{site(1, 20.5, 44.5, {QStringLiteral("Dahua"), QStringLiteral("Dahua")}, QStringLiteral("MUP"), QStringLiteral("90")),
                              site(2, 20.2, 44.3, {QStringLiteral("Hikvision"), QStringLiteral("Hikvision")}, QStringLiteral("MUP"), QStringLiteral("180")),
                              site(3, 20.7, 44.8, {QStringLiteral("Dahua")}),
                              site(4, 21.5, 44.5, {QStringLiteral("Huawei"), QStringLiteral("Huawei")}, QStringLiteral("Grad Bečej")),
                              site(5, 22.5, 44.5, {QStringLiteral("Bosch")}),
                              site(6, 19.5, 44.5, {QStringLiteral("Dahua")}, QStringLiteral("MUP"))};
    sites[4].cameras[0].status = domain::VerificationStatus::Removed;
    return sites;
}

inline analysis::Aggregation aggregate(const domain::BoundaryLayer &layer, const QList<domain::Site> &sites,
                                       const domain::CameraFilter &filter = {})
{
    analysis::Aggregator aggregator(layer);
    aggregator.setFilter(filter);
    return aggregator.aggregate(sites);
}

struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
};

inline ProcessResult runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace nadzor::testing
