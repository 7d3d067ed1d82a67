#pragma once
// What the join of boundaries with population figures and official codes did: every match,
// and every name that did not match or matched more than one row. Nothing is dropped silently.
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace nadzor::boundaries {

struct JoinReport {
    int boundaryCount = 0;
    int populationYear = 0;

    // Population: boundary name -> population row name.
    QList<QPair<QString, QString>> matched;
    QStringList unmatchedBoundaries;       // boundaries without a population row
    QStringList ambiguous;                 // "Name: row A | row B"
    QStringList unmatchedPopulationRows;   // rows that are neither used nor part of a used city
    QStringList cityMunicipalityRows;      // "Beograd-Zemun" (part of "Beograd - grad", which was used)
    QStringList notes;                     // how special cases were resolved

    // Codes: boundary name -> "code (official name)".
    QList<QPair<QString, QString>> codesMatched;
    QStringList boundariesWithoutCode;
    QStringList ambiguousCodes;
    QStringList unusedCodeRows;            // code rows not used, with the reason

    // Areas: the geodesic area against the official (RZS) one.
    double geodesicTotalKm2 = 0.0;
    double officialTotalKm2 = 0.0;         // over the boundaries with an official area
    QStringList areaDeviations;            // boundaries whose areas differ by more than 2 %

    int matchedCount() const { return int(matched.size()); }
    // The report as plain text, one section per list.
    QString toText() const;
};

} // namespace nadzor::boundaries
