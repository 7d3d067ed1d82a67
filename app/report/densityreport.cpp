#include "report/reportfile.h"
#include "report/densityreport.h"

#include "analysis/aggregator.h"
#include "boundaries/serbianlayer.h"
#include "report/densitytablewriter.h"
#include "report/htmlbuilder.h"
#include "report/numberformatter.h"
#include "report/pdflayout.h"
#include "report/reporttables.h"

#include <QRegularExpression>

namespace nadzor::report {

DensityReport::DensityReport(domain::BoundaryLayer layer, QList<domain::Site> sites,
                             analysis::Aggregation aggregation, domain::CameraFilter filter)
    : m_layer(boundaries::localisedSerbianLayer(std::move(layer))), m_sites(std::move(sites)),
      m_aggregation(std::move(aggregation)), m_filter(std::move(filter)), m_generatedAt(QDateTime::currentDateTime())
{
}

QString DensityReport::title() const
{
    return m_title.isEmpty() ? tr("Surveillance cameras by municipality") : m_title;
}

std::optional<ReportFormat> DensityReport::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("csv"))
        return ReportFormat::Csv;
    if (n == QLatin1String("geojson") || n == QLatin1String("json"))
        return ReportFormat::GeoJson;
    if (n == QLatin1String("html") || n == QLatin1String("htm"))
        return ReportFormat::Html;
    if (n == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    return std::nullopt;
}

QString DensityReport::formatName(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Csv: return QStringLiteral("csv");
    case ReportFormat::GeoJson: return QStringLiteral("geojson");
    case ReportFormat::Html: return QStringLiteral("html");
    case ReportFormat::Pdf: return QStringLiteral("pdf");
    }
    return {};
}

std::optional<int> DensityReport::populationYear(const QString &attribution)
{
    static const QRegularExpression re(QStringLiteral("(?:population|stanovništvo|становништво)\\D{0,12}((?:19|20)\\d\\d)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(attribution);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt();
}

QVector<int> DensityReport::sortedOrder() const
{
    return ReportTables::sortedOrder(m_aggregation, m_metric);
}

QByteArray DensityReport::toCsv() const
{
    return DensityTableWriter::toCsv(m_aggregation, sortedOrder());
}

QByteArray DensityReport::toGeoJson() const
{
    return DensityTableWriter::toGeoJson(m_aggregation, m_layer, analysis::Aggregator::borderRule(), sortedOrder());
}

ReportMap DensityReport::map() const
{
    return ReportMap::density(m_layer, m_aggregation, m_sites, m_filter, m_metric, m_mapKind, NumberFormatter(m_locale));
}

QList<QPair<QString, QString>> DensityReport::methodology() const
{
    const NumberFormatter n(m_locale);
    const analysis::Aggregation &a = m_aggregation;
    QList<QPair<QString, QString>> items;
    items.append({tr("Camera data"),
                  tr("%1 cameras at %2 sites that pass the filter, as recorded in %3. The figures count "
                     "the cameras recorded there, not every camera that exists: a municipality with few "
                     "recorded cameras may simply have been surveyed less.")
                      .arg(n.integer(a.cameras), n.integer(a.sites),
                           m_dataSource.isEmpty() ? tr("the project") : m_dataSource)});
    items.append({tr("Filter"), a.filterDescription.isEmpty() ? m_filter.describe() : a.filterDescription});
    QString boundaries = m_layer.name;
    if (!m_layer.source.isEmpty() && m_layer.source != m_layer.name)
        boundaries += QStringLiteral(" (") + m_layer.source + QLatin1Char(')');
    items.append({tr("Boundaries"), tr("%1: %2 boundaries. %3")
                                        .arg(boundaries, n.integer(qint64(m_layer.boundaries.size())),
                                             m_layer.attribution.isEmpty() ? tr("The layer names no source.")
                                                                           : m_layer.attribution)});
    int withPopulation = 0, withArea = 0;
    for (const analysis::BoundaryFigures &f : a.boundaries) {
        withPopulation += f.population ? 1 : 0;
        withArea += f.areaKm2 ? 1 : 0;
    }
    const auto year = populationYear(m_layer.attribution);
    items.append({tr("Population"),
                  (year ? tr("Population figures for %1, as given by the boundary layer's source.").arg(*year)
                        : tr("The boundary layer does not state the year of its population figures."))
                      + QLatin1Char(' ')
                      + tr("Known for %1 of %2 boundaries.")
                            .arg(n.integer(qint64(withPopulation)), n.integer(qint64(a.boundaries.size())))});
    items.append({tr("Areas"), tr("Areas in km² as given by the boundary layer or, where it gives none, computed "
                                  "on the WGS84 ellipsoid. Known for %1 of %2 boundaries.")
                                   .arg(n.integer(qint64(withArea)), n.integer(qint64(a.boundaries.size())))});
    items.append({tr("Counting rule"),
                  tr("A camera counts when it passes the filter; a site counts when at least one of its "
                     "cameras passes. Every site is given to exactly one boundary, so no camera is counted "
                     "twice. %1")
                      .arg(analysis::Aggregator::borderRule())});
    items.append({tr("Densities"), tr("Cameras per km² = cameras ÷ area; cameras per 1,000 inhabitants = cameras ÷ "
                                      "population × 1,000; inhabitants per camera = population ÷ cameras. "
                                      "“%1” where the area or population is unknown or no camera was counted.")
                                       .arg(NumberFormatter::unknown())});
    items.append({tr("Outside every boundary"),
                  a.outsideCameras == 0
                      ? tr("None: every counted camera lies inside a boundary of the layer.")
                      : tr("%1 cameras at %2 sites lie outside every boundary of the layer. They are in the "
                           "totals above but in no municipality's row.")
                            .arg(n.integer(a.outsideCameras), n.integer(a.outsideSites))});
    const ReportMap m = map();
    items.append({tr("Map"), m_mapKind == MapKind::Choropleth
                                 ? tr("%1 in up to five classes by natural breaks (Jenks); darker means more "
                                      "surveillance; grey where there is no value.")
                                       .arg(Metrics::label(m_metric))
                                 : tr("Kernel density of the counted cameras (quartic kernel, radius %1 km), in "
                                      "cameras per km², clipped to the boundaries.")
                                       .arg(n.decimal(m.heatmapRadius() / 1000.0, 1))});
    items.append({tr("Generated"), tr("%1 by Nadzor %2.").arg(n.dateTime(m_generatedAt), QStringLiteral(NADZOR_VERSION))});
    return items;
}

void DensityReport::describe(DocumentWriter &w) const
{
    const NumberFormatter n(m_locale);
    const analysis::Aggregation &a = m_aggregation;
    int withCameras = 0;
    for (const analysis::BoundaryFigures &f : a.boundaries)
        withCameras += f.cameras > 0 ? 1 : 0;

    w.title(title(), tr("%1 · %2 · generated %3")
                         .arg(m_layer.name, a.filterDescription, n.date(m_generatedAt.date())));
    w.keyFigures({{n.integer(a.cameras), tr("cameras counted")},
                  {n.integer(a.sites), tr("sites (poles, facades, corners)")},
                  {tr("%1 of %2").arg(n.integer(qint64(withCameras)), n.integer(qint64(a.boundaries.size()))),
                   tr("municipalities with at least one camera")},
                  {n.integer(a.outsideCameras), tr("cameras outside every boundary")}});
    const ReportMap m = map();
    const QString mapCaption = (m_mapKind == MapKind::Choropleth
                                    ? tr("Map: %1 by municipality.").arg(Metrics::label(m_metric))
                                    : tr("Map: density of the counted cameras (kernel radius %1 km).")
                                          .arg(n.decimal(m.heatmapRadius() / 1000.0, 1)))
        + QLatin1Char(' ') + m_layer.attribution;
    w.map(m, 168, mapCaption);
    w.pageBreak();

    w.heading(tr("Municipalities by %1").arg(Metrics::label(m_metric).toLower()));
    Table table = ReportTables::densityTable(a, sortedOrder(), n, tr("Municipality"));
    table.caption = tr("Sorted by %1, densest first; “%2”: unknown. Cameras outside every boundary (%3) are not in any row.")
                        .arg(Metrics::label(m_metric).toLower(), NumberFormatter::unknown(), n.integer(a.outsideCameras));
    w.table(table);

    w.heading(tr("Manufacturers and operators"));
    w.paragraph(tr("All %1 counted cameras, inside or outside the boundaries.").arg(n.integer(a.cameras)), true);
    w.tablePair(ReportTables::breakdownTable(a.byManufacturer, tr("Manufacturer"), n),
                ReportTables::breakdownTable(a.byOperator, tr("Operator"), n));

    w.heading(tr("Methodology and sources"));
    w.definitions(methodology());
}

QByteArray DensityReport::toHtml() const
{
    HtmlBuilder html(m_locale);
    html.setDocumentTitle(title());
    html.setFooterText(tr("Generated %1 by Nadzor %2. %3")
                           .arg(NumberFormatter(m_locale).dateTime(m_generatedAt), QStringLiteral(NADZOR_VERSION),
                                m_layer.attribution));
    describe(html);
    return html.toHtml();
}

domain::Status DensityReport::writePdf(const QString &path) const
{
    PdfLayout pdf;
    pdf.setDocumentTitle(title());
    pdf.setRunningHeader(title());
    pdf.setFooterText(tr("Generated %1 · Nadzor %2")
                          .arg(NumberFormatter(m_locale).dateTime(m_generatedAt), QStringLiteral(NADZOR_VERSION)));
    describe(pdf);
    return pdf.write(path);
}

domain::Status DensityReport::write(const QString &path, ReportFormat format) const
{
    return writeReportFile(*this, path, format);
}

} // namespace nadzor::report
