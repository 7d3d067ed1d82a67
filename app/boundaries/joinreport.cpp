#include "boundaries/joinreport.h"

#include <QTextStream>
#include <QCoreApplication>

namespace nadzor::boundaries {
namespace {

void section(QTextStream &out, const QString &title, const QStringList &lines)
{
    out << "\n## " << title << " (" << lines.size() << ")\n";
    for (const QString &line : lines)
        out << "  " << line << '\n';
}

} // namespace

QString JoinReport::toText() const
{
    QString text;
    QTextStream out(&text);
    out << "Join report: " << boundaryCount << " boundaries; population year " << populationYear << '\n';
    out << "Population matched: " << matched.size() << " of " << boundaryCount << '\n';
    out << "Codes matched: " << codesMatched.size() << " of " << boundaryCount << '\n';
    out << "Geodesic area total: " << QString::number(geodesicTotalKm2, 'f', 1) << " km2; official (RZS) total: "
        << QString::number(officialTotalKm2, 'f', 1) << " km2";
    if (officialTotalKm2 > 0)
        out << " (difference " << QString::number(100.0 * (geodesicTotalKm2 - officialTotalKm2) / officialTotalKm2, 'f', 2)
            << " %)";
    out << '\n';

    QStringList lines;
    for (const auto &pair : matched)
        lines << pair.first + QStringLiteral(" -> ") + pair.second;
    section(out, QCoreApplication::translate("nadzor::boundaries", "Population: matched"), lines);
    section(out, QCoreApplication::translate("nadzor::boundaries", "Population: unmatched boundaries"), unmatchedBoundaries);
    section(out, QCoreApplication::translate("nadzor::boundaries", "Population: ambiguous"), ambiguous);
    section(out, QCoreApplication::translate("nadzor::boundaries", "Population: unmatched rows"), unmatchedPopulationRows);
    section(out, QCoreApplication::translate("nadzor::boundaries", "Population: city-municipality rows (covered by their city's '- grad' row)"),
            cityMunicipalityRows);
    section(out, QStringLiteral("Notes"), notes);
    lines.clear();
    for (const auto &pair : codesMatched)
        lines << pair.first + QStringLiteral(" -> ") + pair.second;
    section(out, QCoreApplication::translate("nadzor::boundaries", "Codes: matched"), lines);
    section(out, QCoreApplication::translate("nadzor::boundaries", "Codes: boundaries without a code"), boundariesWithoutCode);
    section(out, QCoreApplication::translate("nadzor::boundaries", "Codes: ambiguous"), ambiguousCodes);
    section(out, QCoreApplication::translate("nadzor::boundaries", "Codes: rows not used"), unusedCodeRows);
    section(out, QCoreApplication::translate("nadzor::boundaries", "Areas: geodesic vs official differing by more than 2 %"), areaDeviations);
    return text;
}

} // namespace nadzor::boundaries
