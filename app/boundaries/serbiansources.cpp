#include "boundaries/serbiansources.h"

#include "boundaries/boundaryimporter.h"
#include "boundaries/gdalsupport.h"
#include "gdal/errorcapture.h"
#include "gdal/handles.h"
#include "gdal/registration.h"
#include "boundaries/namematcher.h"
#include "boundaries/transliteration.h"

#include <QDir>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <cmath>
#include <exception>
#include <QCoreApplication>

namespace nadzor::boundaries {

using domain::makeError;
using namespace detail;

namespace {

using Row = QHash<QString, QString>;

// Reads a CSV file through GDAL's CSV driver (quoted fields, UTF-8), checking its columns.
domain::Result<QList<Row>> readCsv(const QString &path, const QStringList &columns)
{
    auto opened = openVector(path);
    if (!opened)
        return opened.error();
    OGRLayer *layer = opened.value()->GetLayer(0);
    if (!layer)
        return makeError(QCoreApplication::translate("nadzor::boundaries", "not a table"), path);
    OGRFeatureDefn &defn = *layer->GetLayerDefn();
    QList<int> indices;
    for (const QString &column : columns) {
        const int index = defn.GetFieldIndex(column.toUtf8().constData());
        if (index < 0)
            return makeError(QCoreApplication::translate("nadzor::boundaries", "the column '%1' is missing").arg(column), path);
        indices << index;
    }
    QList<Row> rows;
    for (OGRFeatureUniquePtr feature(layer->GetNextFeature()); feature; feature.reset(layer->GetNextFeature())) {
        Row row;
        for (int i = 0; i < columns.size(); ++i)
            row.insert(columns.at(i), gdal::fromUtf8(feature->GetFieldAsString(indices.at(i))).trimmed());
        rows << row;
    }
    return rows;
}

// "10717 Broj" -> 10717, "319 km2" -> 319, "3234.5 km2" -> 3234.5
std::optional<double> leadingNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^\\s*([-+]?\\d+(?:[.,]\\d+)?)"));
    const auto m = number.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double v = m.captured(1).replace(QChar(','), QChar('.')).toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

// "Beograd - grad" / "Београд - град" -> "Beograd" / "Београд"
QString withoutCitySuffix(QString name)
{
    static const QRegularExpression suffix(QStringLiteral("\\s+[-\\x{2013}]\\s+(grad|град)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return name.remove(suffix).trimmed();
}

// "Osecina Municipality" -> "Osecina" (for boundaries without a population row)
QString withoutShapeSuffix(QString name)
{
    static const QRegularExpression suffix(QStringLiteral("\\s+(Municipality|Municipal\\*?|City)$"));
    return name.remove(suffix).trimmed();
}

struct PopulationUnit {
    QString name;        // NazivOpstine, Latin with diacritics
    QString clean;       // naziv_opstine_clean, ASCII
    int year = 0;
    std::optional<qint64> population;
    std::optional<double> areaKm2;
    bool aggregate = false;  // "<City> - grad"
    bool part = false;       // "<City>-<city municipality>" of a city with an aggregate row
};

struct CodeRow {
    QString code;
    QString name;        // Cyrillic, as in the roster
    int district = -1;
    QString cityCode;    // for units of a city with city municipalities
    QString cityName;
};

domain::Result<SerbianJoin> join(const QString &sourcesDir)
{
    const QDir dir(sourcesDir);
    const QString boundaryPath = dir.filePath(QStringLiteral("boundaries-geoboundaries-srb-adm2/serbia-opstine.geojson"));
    const QString latinPath = dir.filePath(QStringLiteral("population-rzs-opstine/all_data_lat.csv"));
    const QString cyrillicPath = dir.filePath(QStringLiteral("population-rzs-opstine/all_data_cyr.csv"));
    const QString codesPath = dir.filePath(QStringLiteral("admin-codes-sors/sors-2017-roster-normalized.csv"));

    BoundaryImportOptions options;
    options.nameField = QStringLiteral("shapeName");
    options.layerName = QCoreApplication::translate("nadzor::boundaries", "Serbian municipalities");
    auto imported = BoundaryImporter::importFile(boundaryPath, options);
    if (!imported)
        return imported.error();

    const QString nameColumn = QStringLiteral("NazivOpstine");
    const QString cleanColumn = QStringLiteral("naziv_opstine_clean");
    const QString yearColumn = QStringLiteral("Datum");
    const QString areaColumn = QStringLiteral("01. Povrsina");
    const QString populationColumn = QStringLiteral("07. Broj stanovnika");
    auto latinRows = readCsv(latinPath, {nameColumn, cleanColumn, yearColumn, areaColumn, populationColumn});
    if (!latinRows)
        return latinRows.error();
    auto cyrillicRows = readCsv(cyrillicPath, {nameColumn, cleanColumn});
    if (!cyrillicRows)
        return cyrillicRows.error();
    auto codeRows = readCsv(codesPath, {QStringLiteral("district_code"), QStringLiteral("city_code"),
                                        QStringLiteral("city_name"), QStringLiteral("unit_code"),
                                        QStringLiteral("unit_name")});
    if (!codeRows)
        return codeRows.error();

    SerbianJoin result;
    JoinReport &report = result.report;

    // --- Population: each unit's row of the latest year. ---------------------------------
    QList<PopulationUnit> units;
    QHash<QString, int> unitIndex;  // by NazivOpstine
    int line = 1;
    for (const Row &row : latinRows.value()) {
        ++line;
        bool ok = false;
        const int year = row.value(yearColumn).toInt(&ok);
        if (!ok)
            return makeError(QCoreApplication::translate("nadzor::boundaries", "the year '%1' is not a number").arg(row.value(yearColumn)), latinPath, line);
        const QString name = row.value(nameColumn);
        auto it = unitIndex.find(name);
        if (it == unitIndex.end()) {
            it = unitIndex.insert(name, int(units.size()));
            units << PopulationUnit{name, row.value(cleanColumn), 0, std::nullopt, std::nullopt, false, false};
        }
        PopulationUnit &unit = units[it.value()];
        if (year < unit.year)
            continue;
        unit.year = year;
        const auto population = leadingNumber(row.value(populationColumn));
        unit.population = population ? std::optional<qint64>(qint64(std::llround(*population))) : std::nullopt;
        unit.areaKm2 = leadingNumber(row.value(areaColumn));
        result.populationYear = std::max(result.populationYear, year);
    }
    report.populationYear = result.populationYear;
    for (const PopulationUnit &unit : std::as_const(units)) {
        if (unit.year != result.populationYear)
            report.notes << QCoreApplication::translate("nadzor::boundaries", "%1: no row for %2; the latest is %3").arg(unit.name).arg(result.populationYear).arg(unit.year);
        if (!unit.population)
            report.notes << QCoreApplication::translate("nadzor::boundaries", "%1: the population is not a number").arg(unit.name);
    }

    // Aggregate rows "<City> - grad", and the city-municipality rows "<City>-<part>" they cover.
    static const QRegularExpression aggregatePattern(QStringLiteral("^(.+?)\\s+-\\s+grad$"));
    static const QRegularExpression partPattern(QStringLiteral("^([^-]+?)-(\\S.*)$"));
    QSet<QString> aggregateCities;  // normalised
    for (PopulationUnit &unit : units) {
        const auto m = aggregatePattern.match(unit.name);
        if (m.hasMatch()) {
            unit.aggregate = true;
            aggregateCities.insert(normaliseName(m.captured(1)));
        }
    }
    for (PopulationUnit &unit : units) {
        const auto m = partPattern.match(unit.name);
        if (!unit.aggregate && m.hasMatch() && aggregateCities.contains(normaliseName(m.captured(1))))
            unit.part = true;
    }

    QHash<QString, QString> cyrillicByClean;
    for (const Row &row : cyrillicRows.value())
        cyrillicByClean.insert(row.value(cleanColumn), row.value(nameColumn));

    NameMatcher populationMatcher;
    for (int i = 0; i < units.size(); ++i) {
        if (!units.at(i).part)
            populationMatcher.add(units.at(i).name, i);
    }

    // --- Boundaries x population. -----------------------------------------------------------
    const QList<domain::Boundary> &boundaries = imported.value().layer.boundaries;
    report.boundaryCount = int(boundaries.size());
    QList<int> unitOfBoundary(boundaries.size(), -1);
    QHash<int, QStringList> boundariesOfUnit;
    for (int b = 0; b < boundaries.size(); ++b) {
        const QString &shapeName = boundaries.at(b).name;
        const NameMatcher::Match m = populationMatcher.match(shapeName);
        if (m.outcome == NameMatcher::Outcome::None) {
            report.unmatchedBoundaries << shapeName;
        } else if (m.outcome == NameMatcher::Outcome::Ambiguous) {
            QStringList names;
            for (int i : m.candidates)
                names << units.at(i).name;
            report.ambiguous << QStringLiteral("%1: %2").arg(shapeName, names.join(QStringLiteral(" | ")));
        } else {
            unitOfBoundary[b] = m.candidates.first();
            boundariesOfUnit[m.candidates.first()] << shapeName;
        }
    }
    // A row claimed by two boundaries is ambiguous for both.
    for (auto it = boundariesOfUnit.cbegin(); it != boundariesOfUnit.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        report.ambiguous << QCoreApplication::translate("nadzor::boundaries", "%1: claimed by %2").arg(units.at(it.key()).name, it.value().join(QStringLiteral(" | ")));
        for (int b = 0; b < boundaries.size(); ++b) {
            if (unitOfBoundary.at(b) == it.key())
                unitOfBoundary[b] = -1;
        }
    }

    QSet<QString> usedAggregateCities;
    for (int b = 0; b < boundaries.size(); ++b) {
        const domain::Boundary &source = boundaries.at(b);
        SerbianMunicipality municipality;
        municipality.sourceName = source.name;
        municipality.boundary = source;
        const int u = unitOfBoundary.at(b);
        if (u >= 0) {
            const PopulationUnit &unit = units.at(u);
            municipality.boundary.name = withoutCitySuffix(unit.name);
            municipality.boundary.population = unit.population;
            municipality.populationRow = unit.name;
            municipality.officialAreaKm2 = unit.areaKm2;
            municipality.nameCyrillic = withoutCitySuffix(cyrillicByClean.value(unit.clean));
            report.matched << qMakePair(source.name, unit.name);
            if (unit.aggregate)
                usedAggregateCities.insert(normaliseName(unit.name));
        } else {
            municipality.boundary.name = withoutShapeSuffix(source.name);
        }
        if (municipality.nameCyrillic.isEmpty())
            municipality.nameCyrillic = latinToCyrillic(municipality.boundary.name);
        result.municipalities << municipality;
    }
    QSet<int> usedUnits(unitOfBoundary.cbegin(), unitOfBoundary.cend());
    for (int i = 0; i < units.size(); ++i) {
        const PopulationUnit &unit = units.at(i);
        if (usedUnits.contains(i))
            continue;
        if (unit.part) {
            const QString city = partPattern.match(unit.name).captured(1);
            if (usedAggregateCities.contains(normaliseName(city))) {
                report.cityMunicipalityRows << unit.name;
                continue;
            }
        }
        report.unmatchedPopulationRows << unit.name;
    }
    for (const QString &city : {QStringLiteral("Beograd"), QStringLiteral("Niš"), QStringLiteral("Novi Sad"),
                                QStringLiteral("Požarevac"), QStringLiteral("Užice"), QStringLiteral("Vranje")}) {
        if (usedAggregateCities.contains(normaliseName(city)))
            report.notes << QCoreApplication::translate("nadzor::boundaries", "%1 is one polygon in the boundary file: it takes the '%1 - grad' row; "
                                           "its city municipalities are not separate boundaries")
                                .arg(city);
    }

    // --- Official codes. ------------------------------------------------------------------
    QList<CodeRow> codes;
    for (const Row &row : codeRows.value()) {
        CodeRow c;
        c.code = row.value(QStringLiteral("unit_code"));
        c.name = row.value(QStringLiteral("unit_name"));
        c.district = row.value(QStringLiteral("district_code")).toInt();
        const QString cityCode = row.value(QStringLiteral("city_code"));
        if (!cityCode.isEmpty())
            c.cityCode = QString::number(qint64(std::llround(cityCode.toDouble())));
        c.cityName = row.value(QStringLiteral("city_name"));
        codes << c;
    }
    // Cities with city municipalities ("Град Ниш") have a code of their own (Niš 79022), which a
    // boundary covering the whole city takes in preference to its namesake city municipality
    // (Novi Sad 89010, not the city municipality Novi Sad 80284).
    const QString gradPrefix = QStringLiteral("Град ");
    QMap<QString, QString> cityCodes;  // city code -> city name
    for (const CodeRow &c : std::as_const(codes)) {
        if (!c.cityCode.isEmpty() && c.cityName.startsWith(gradPrefix))
            cityCodes.insert(c.cityCode, c.cityName);
    }
    NameMatcher cityMatcher;
    QStringList cityCodeList = cityCodes.keys();
    for (int i = 0; i < cityCodeList.size(); ++i)
        cityMatcher.add(cityCodes.value(cityCodeList.at(i)), i);
    NameMatcher unitMatcher;
    for (int i = 0; i < codes.size(); ++i)
        unitMatcher.add(codes.at(i).name, i);

    QSet<int> usedCodeRows;
    QSet<QString> usedCityCodes;
    for (SerbianMunicipality &municipality : result.municipalities) {
        const QString &name = municipality.boundary.name;
        const NameMatcher::Match city = cityMatcher.match(name);
        if (city.outcome == NameMatcher::Outcome::Unique) {
            const QString code = cityCodeList.at(city.candidates.first());
            municipality.boundary.code = code;
            usedCityCodes.insert(code);
            report.codesMatched << qMakePair(municipality.sourceName, QStringLiteral("%1 (%2)").arg(code, cityCodes.value(code)));
            if (unitMatcher.match(name).outcome != NameMatcher::Outcome::None)
                report.notes << QCoreApplication::translate("nadzor::boundaries", "%1: the city code %2 (%3) is used, not the code of its city municipality of the same name")
                                    .arg(name, code, cityCodes.value(code));
            continue;
        }
        const NameMatcher::Match unit = unitMatcher.match(name);
        if (unit.outcome == NameMatcher::Outcome::Unique) {
            const CodeRow &c = codes.at(unit.candidates.first());
            municipality.boundary.code = c.code;
            usedCodeRows.insert(unit.candidates.first());
            report.codesMatched << qMakePair(municipality.sourceName, QStringLiteral("%1 (%2)").arg(c.code, c.name));
        } else if (unit.outcome == NameMatcher::Outcome::Ambiguous) {
            QStringList names;
            for (int i : unit.candidates)
                names << codes.at(i).code + QChar(' ') + codes.at(i).name;
            report.ambiguousCodes << QStringLiteral("%1: %2").arg(municipality.sourceName, names.join(QStringLiteral(" | ")));
        } else {
            report.boundariesWithoutCode << municipality.sourceName;
        }
    }
    for (int i = 0; i < codes.size(); ++i) {
        if (usedCodeRows.contains(i))
            continue;
        const CodeRow &c = codes.at(i);
        QString why;
        if (usedCityCodes.contains(c.cityCode))
            why = QCoreApplication::translate("nadzor::boundaries", "city municipality of %1 (the city code %2 was used)").arg(c.cityName, c.cityCode);
        else if (c.district >= 25)
            why = QCoreApplication::translate("nadzor::boundaries", "Kosovo and Metohija, not in the boundary file");
        else
            why = QCoreApplication::translate("nadzor::boundaries", "no boundary matched");
        report.unusedCodeRows << QStringLiteral("%1 %2: %3").arg(c.code, c.name, why);
    }

    // --- Areas. ----------------------------------------------------------------------------
    for (const SerbianMunicipality &m : std::as_const(result.municipalities)) {
        const double area = m.boundary.areaKm2.value_or(0.0);
        report.geodesicTotalKm2 += area;
        if (!m.officialAreaKm2)
            continue;
        report.officialTotalKm2 += *m.officialAreaKm2;
        const double deviation = (area - *m.officialAreaKm2) / *m.officialAreaKm2;
        if (std::fabs(deviation) > 0.02)
            report.areaDeviations << QStringLiteral("%1: geodesic %2 km2, RZS %3 km2 (%4 %)")
                                         .arg(m.boundary.name, QString::number(area, 'f', 1),
                                              QString::number(*m.officialAreaKm2, 'f', 0),
                                              QString::number(100.0 * deviation, 'f', 1));
    }
    return result;
}

} // namespace

domain::Result<SerbianJoin> joinSerbianSources(const QString &sourcesDir)
{
    try {
        return join(sourcesDir);
    } catch (const std::exception &e) {
        return makeError(QStringLiteral("GDAL failed: %1").arg(QString::fromUtf8(e.what())), sourcesDir);
    }
}

} // namespace nadzor::boundaries
