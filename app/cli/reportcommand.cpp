// nadzor report PROJECT --format pdf|html|csv|geojson --out FILE [--municipality NAME]
//                       [--filter KEY=VALUE ...] [--metric M] [--title TEXT] [--language L] [--locale L]
//                       [--map choropleth|heatmap]
// The density report (or one municipality's fact sheet) without a display.
#include "analysis/aggregator.h"
#include "boundaries/geodesicarea.h"
#include "boundaries/namematcher.h"
#include "boundaries/serbianlayer.h"
#include "cli/arguments.h"
#include "cli/command.h"
#include "cli/projectinputs.h"
#include "domain/camerafilter.h"
#include "domain/plural.h"
#include "i18n/language.h"
#include "i18n/translator.h"
#include "report/densityreport.h"
#include "report/factsheet.h"
#include "report/mapimageexporter.h"
#include "report/metric.h"
#include "report/numberformatter.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace nadzor::cli {

namespace {

int editDistance(const QString &a, const QString &b)
{
    QVector<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

// The names of the layer closest to `name` (by edit distance of their matching keys).
QStringList closestNames(const domain::BoundaryLayer &layer, const QString &name, int count)
{
    const QString key = boundaries::normaliseName(name);
    QList<QPair<int, QString>> scored;
    for (const domain::Boundary &b : layer.boundaries) {
        const QString other = boundaries::normaliseName(b.name);
        int d = editDistance(key, other);
        if (!key.isEmpty() && other.startsWith(key))
            d = std::min(d, 1);
        scored.append({d, b.name});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &l, const auto &r) { return l.first < r.first; });
    QStringList names;
    for (int i = 0; i < std::min<int>(count, int(scored.size())); ++i)
        names << scored[i].second;
    return names;
}

std::optional<QLocale> parseLocale(const QString &name)
{
    if (name.isEmpty())
        return QLocale::system();
    const QLocale locale(name);
    if (locale.language() == QLocale::C && name != QLatin1String("C"))
        return std::nullopt;
    return locale;
}

// "A4", "A3" (landscape at the DPI), "A4-portrait", or "WIDTHxHEIGHT" pixels.
std::optional<QSize> parseSize(const QString &text, double dpi)
{
    const QString t = text.trimmed().toLower();
    const bool portrait = t.endsWith(QLatin1String("-portrait"));
    const QString paper = portrait ? t.left(t.size() - 9) : t;
    if (paper == QLatin1String("a4"))
        return report::MapImageExporter::paperPixels(QPageSize::A4, !portrait, dpi);
    if (paper == QLatin1String("a3"))
        return report::MapImageExporter::paperPixels(QPageSize::A3, !portrait, dpi);
    const QStringList parts = t.split(QLatin1Char('x'));
    bool okW = false, okH = false;
    const QSize size(parts.value(0).toInt(&okW), parts.value(1).toInt(&okH));
    if (parts.size() != 2 || !okW || !okH || size.isEmpty())
        return std::nullopt;
    return size;
}

} // namespace

QString reportUsage()
{
    return QCoreApplication::translate("nadzor::cli",
        "nadzor report PROJECT --format pdf|html|csv|geojson --out FILE [--municipality NAME]\n"
        "              [--filter KEY=VALUE ...] [--metric METRIC] [--title TEXT] [--language L]\n"
        "              [--locale L]\n"
        "              [--map choropleth|heatmap]\n"
        "nadzor report PROJECT --format png|svg --out FILE [--size A4|A3|WxH] [--dpi N] ...\n\n"
        "Writes the density report: title and date, a map (choropleth of the metric, or a\n"
        "heatmap) with legend, scale bar and attribution, the municipalities sorted by the\n"
        "metric, breakdowns by manufacturer and operator, and the methodology and sources.\n"
        "CSV and GeoJSON hold the table only (the columns of 'nadzor density').\n"
        "With --municipality NAME, a one-page fact sheet of that municipality instead (any\n"
        "script or spelling: Osečina, Osecina, Осечина), with up to four of its photos.\n\n"
        "Boundaries: the project's newest boundary layer, otherwise the bundled Serbian\n"
        "municipalities.\n\n"
        "  --format     pdf, html, csv or geojson (default: the suffix of --out)\n"
        "  --metric     cameras, cameras_per_km2 (default), cameras_per_1000,\n"
        "               inhabitants_per_camera, sites: the table's order and the map's colours\n"
        "  --map        choropleth (default) or heatmap\n"
        "  --language   en, sr_Latn or sr_Cyrl: headings, text, tables and municipality names\n"
        "               (default: the system's, from LC_ALL, LC_MESSAGES or LANG)\n"
        "  --locale     number and date format, e.g. sr_RS, sr_Latn_RS, en_GB (default: that\n"
        "               of the language)\n"
        "  --filter     as for 'nadzor density': manufacturer=, operator=, type=, zone=,\n"
        "               source=, face=, status=, from=, to=, text= (repeatable)\n\n"
        "--format png or svg exports the map alone (with title, legend, scale bar and\n"
        "attribution): --size A4 or A3 (landscape; add -portrait) or WIDTHxHEIGHT pixels\n"
        "(default A4), --dpi N (default 300; the PNG records it). Up to A3 at 300 dpi.\n\n"
        "The file is written under a temporary name beside FILE and renamed when complete.");
}

int runReport(const QStringList &args, Context &context)
{
    QStringList positional, filters;
    QString formatName, out, municipality, metricName, title, localeName, languageName, mapName, sizeName, dpiName;
    ArgumentParser parser(QStringLiteral("report"));
    parser.setPositional(&positional, 1, 1);
    parser.addOption(QStringLiteral("--format"), &formatName);
    parser.addOption(QStringLiteral("--out"), &out);
    parser.addOption(QStringLiteral("--municipality"), &municipality);
    parser.addOption(QStringLiteral("--metric"), &metricName);
    parser.addOption(QStringLiteral("--title"), &title);
    parser.addOption(QStringLiteral("--locale"), &localeName);
    parser.addOption(QStringLiteral("--language"), &languageName);
    parser.addOption(QStringLiteral("--map"), &mapName);
    parser.addOption(QStringLiteral("--size"), &sizeName);
    parser.addOption(QStringLiteral("--dpi"), &dpiName);
    parser.addListOption(QStringLiteral("--filter"), &filters);
    if (!parser.parse(args, context.err))
        return ExitUsage;
    const QString project = positional.first();
    if (project.isEmpty() || out.isEmpty()) {
        context.err << QCoreApplication::translate("nadzor::cli", "Usage: %1").arg(reportUsage().section(QLatin1Char('\n'), 0, 3)) << "\n";
        return ExitUsage;
    }
    if (formatName.isEmpty())
        formatName = QFileInfo(out).suffix();
    const QString imageFormat = formatName.toLower();
    const bool image = imageFormat == QLatin1String("png") || imageFormat == QLatin1String("svg");
    const auto format = report::DensityReport::formatFromName(formatName);
    if (!format && !image) {
        context.err << QCoreApplication::translate("nadzor::cli", "nadzor report: unknown format '%1' (use pdf, html, csv, geojson, png or svg)")
                           .arg(formatName)
                    << "\n";
        return ExitUsage;
    }
    bool dpiOk = true;
    const double dpi = dpiName.isEmpty() ? 300.0 : dpiName.toDouble(&dpiOk);
    const auto pixels = parseSize(sizeName.isEmpty() ? QStringLiteral("a4") : sizeName, dpi);
    if (!dpiOk || !pixels) {
        context.err << QCoreApplication::translate("nadzor::cli", "nadzor report: --size wants A4, A3 or WIDTHxHEIGHT and --dpi a number") << "\n";
        return ExitUsage;
    }
    const auto metric = metricName.isEmpty() ? std::optional<report::Metric>(report::Metric::CamerasPerKm2)
                                             : report::Metrics::fromKey(metricName);
    if (!metric) {
        context.err << QCoreApplication::translate("nadzor::cli", "nadzor report: unknown metric '%1' (use %2)")
                           .arg(metricName, report::Metrics::keys().join(QStringLiteral(", ")))
                    << "\n";
        return ExitUsage;
    }
    report::MapKind mapKind = report::MapKind::Choropleth;
    if (mapName == QLatin1String("heatmap"))
        mapKind = report::MapKind::Heatmap;
    else if (!mapName.isEmpty() && mapName != QLatin1String("choropleth")) {
        context.err << QCoreApplication::translate("nadzor::cli", "nadzor report: unknown map '%1' (use choropleth or heatmap)").arg(mapName) << "\n";
        return ExitUsage;
    }
    // The report's language: --language, or the system's (LC_ALL, LC_MESSAGES, LANG); numbers
    // and dates follow it unless --locale says otherwise.
    const auto language = languageName.isEmpty() ? std::optional<i18n::Language>(i18n::systemLanguage())
                                                  : i18n::fromCode(languageName);
    if (!language) {
        context.err << QCoreApplication::translate("nadzor::cli", "nadzor report: unknown language '%1' (use %2)")
                           .arg(languageName, i18n::codes().join(QStringLiteral(", ")))
                    << "\n";
        return ExitUsage;
    }
    i18n::install(*language);
    const bool localeOfLanguage = localeName.isEmpty() && (!languageName.isEmpty() || *language != i18n::Language::English);
    const auto locale = localeOfLanguage ? std::optional<QLocale>(i18n::localeFor(*language)) : parseLocale(localeName);
    if (!locale) {
        context.err << QCoreApplication::translate("nadzor::cli", "nadzor report: unknown locale '%1' (e.g. sr_RS, sr_Latn_RS, en_GB)").arg(localeName) << "\n";
        return ExitUsage;
    }
    const auto filter = domain::CameraFilter::parse(filters);
    if (!filter) {
        context.err << "nadzor report: " << filter.errorString() << "\n";
        return ExitUsage;
    }
    auto opened = openExistingProject(project);
    if (!opened) {
        context.err << "nadzor report: " << opened.errorString() << "\n";
        return ExitFailure;
    }
    const std::unique_ptr<store::ProjectStore> projectStore = opened.take();
    auto projectLayer = projectBoundaryLayer(*projectStore);
    if (!projectLayer) {
        context.err << "nadzor report: " << projectLayer.errorString() << "\n";
        return ExitFailure;
    }
    const domain::BoundaryLayer layer = projectLayer.take();
    const QString layerName = boundaries::localisedSerbianLayer(layer).name;  // for messages

    // The municipality, matched across scripts and spellings.
    int boundaryIndex = -1;
    if (!municipality.isEmpty()) {
        boundaries::NameMatcher matcher;
        for (int i = 0; i < layer.boundaries.size(); ++i) {
            matcher.add(layer.boundaries[i].name, i);
            if (!layer.boundaries[i].code.isEmpty())
                matcher.add(layer.boundaries[i].code, i);
        }
        const auto match = matcher.match(municipality);
        if (match.outcome == boundaries::NameMatcher::Outcome::Unique) {
            boundaryIndex = match.candidates.first();
        } else if (match.outcome == boundaries::NameMatcher::Outcome::Ambiguous) {
            QStringList names;
            for (int i : match.candidates)
                names << layer.boundaries[i].name + (layer.boundaries[i].code.isEmpty()
                                                         ? QString()
                                                         : QStringLiteral(" (") + layer.boundaries[i].code + QLatin1Char(')'));
            context.err << QCoreApplication::translate("nadzor::cli", "nadzor report: municipality '%1' is ambiguous in '%2': %3; give its code instead")
                               .arg(municipality, layerName, names.join(QStringLiteral(", ")))
                        << "\n";
            return ExitFailure;
        } else {
            context.err << QCoreApplication::translate("nadzor::cli", "nadzor report: no municipality '%1' in '%2'. Closest: %3")
                               .arg(municipality, layerName, closestNames(layer, municipality, 5).join(QStringLiteral(", ")))
                        << "\n";
            return ExitFailure;
        }
    }

    auto sites = projectStore->sites();
    if (!sites) {
        context.err << "nadzor report: " << sites.errorString() << "\n";
        return ExitFailure;
    }
    analysis::Aggregator aggregator(layer, [](const domain::MultiPolygon &g) -> std::optional<double> {
        return boundaries::geodesicAreaKm2(g);
    });
    aggregator.setFilter(filter.value());
    const analysis::Aggregation aggregation = aggregator.aggregate(sites.value());
    const QString source = QCoreApplication::translate("nadzor::cli", "project file %1").arg(QFileInfo(project).fileName());

    domain::Status written;
    if (image) {
        const report::ReportMap map = boundaryIndex >= 0
            ? report::FactSheet(layer, sites.value(), aggregation, filter.value(), boundaryIndex).map()
            : report::ReportMap::density(layer, aggregation, sites.value(), filter.value(), *metric, mapKind,
                                         report::NumberFormatter(*locale));
        report::MapImageExporter exporter(map);
        exporter.setTitle(!title.isEmpty() ? title
                          : boundaryIndex >= 0 ? layer.boundaries[boundaryIndex].name
                          : mapKind == report::MapKind::Heatmap ? QCoreApplication::translate("nadzor::cli", "Camera density")
                                                                : report::Metrics::label(*metric));
        written = imageFormat == QLatin1String("png") ? exporter.exportPng(out, *pixels, dpi)
                                                      : exporter.exportSvg(out, *pixels, dpi);
        if (written)
            context.err << QCoreApplication::translate("nadzor::cli", "nadzor report: map of %1 x %2 pixels at %3 dpi written to %4.")
                               .arg(pixels->width())
                               .arg(pixels->height())
                               .arg(dpi)
                               .arg(out)
                        << "\n";
    } else if (boundaryIndex >= 0) {
        report::FactSheet sheet(layer, sites.value(), aggregation, filter.value(), boundaryIndex);
        sheet.setLocale(*locale);
        sheet.setTitle(title);
        sheet.setDataSource(source);
        // Up to four photos of the municipality's sites and cameras that pass the filter.
        for (const domain::Site &site : sheet.sitesInMunicipality()) {
            if (sheet.photos().size() >= report::FactSheet::MaxPhotos)
                break;
            QList<domain::Photo> photos;
            if (auto p = projectStore->photosOfSite(site.id))
                photos += p.value();
            for (const domain::Camera &camera : site.cameras)
                if (filter.value().matches(site, camera))
                    if (auto p = projectStore->photosOfCamera(camera.id))
                        photos += p.value();
            for (const domain::Photo &photo : photos) {
                const domain::Status added = sheet.addPhoto(photo.data, photo.fileName);
                if (!added)
                    context.err << QCoreApplication::translate("nadzor::cli", "nadzor report: warning: photo skipped: %1").arg(added.errorString()) << "\n";
                if (sheet.photos().size() >= report::FactSheet::MaxPhotos)
                    break;
            }
        }
        written = sheet.write(out, *format);
        if (written)
            context.err << QCoreApplication::translate("nadzor::cli", "nadzor report: %1: %2 at %3 (%4); written to %5.")
                               .arg(layer.boundaries[boundaryIndex].name, domain::countedCameras(sheet.figures().cameras),
                                    domain::countedSites(sheet.figures().sites), aggregation.filterDescription, out)
                        << "\n";
    } else {
        report::DensityReport densityReport(layer, sites.value(), aggregation, filter.value());
        densityReport.setLocale(*locale);
        densityReport.setTitle(title);
        densityReport.setMetric(*metric);
        densityReport.setMapKind(mapKind);
        densityReport.setDataSource(source);
        written = densityReport.write(out, *format);
        if (written) {
            const qint64 boundaryCount = layer.boundaries.size();
            context.err << QCoreApplication::translate("nadzor::cli", "nadzor report: %1 at %2 (%3) in %4 of '%5'; written to %6.")
                               .arg(domain::countedCameras(aggregation.cameras), domain::countedSites(aggregation.sites),
                                    aggregation.filterDescription,
                                    domain::plural(QCoreApplication::translate("nadzor::cli", "%n boundary(ies)", nullptr, int(boundaryCount)),
                                                   boundaryCount),
                                    layerName, out)
                        << "\n";
        }
    }
    if (!written) {
        context.err << "nadzor report: " << written.errorString() << "\n";
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace nadzor::cli
