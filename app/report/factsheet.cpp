#include "report/reportfile.h"

#include "boundaries/serbianlayer.h"
#include "i18n/placenames.h"
#include "report/factsheet.h"

#include "analysis/aggregator.h"
#include "analysis/pointlocator.h"
#include "report/densitytablewriter.h"
#include "report/htmlbuilder.h"
#include "report/numberformatter.h"
#include "report/pdflayout.h"
#include "report/reporttables.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>

namespace nadzor::report {

FactSheet::FactSheet(domain::BoundaryLayer layer, QList<domain::Site> sites, analysis::Aggregation aggregation,
                     domain::CameraFilter filter, int boundaryIndex)
    : m_layer(boundaries::localisedSerbianLayer(std::move(layer))), m_sites(std::move(sites)),
      m_aggregation(std::move(aggregation)), m_filter(std::move(filter)), m_boundary(boundaryIndex), m_generatedAt(QDateTime::currentDateTime())
{
}

QString FactSheet::title() const
{
    return m_title.isEmpty() ? tr("%1: surveillance cameras").arg(i18n::displayName(figures().name)) : m_title;
}

int FactSheet::figureIndex() const
{
    for (int i = 0; i < m_aggregation.boundaries.size(); ++i)
        if (m_aggregation.boundaries[i].index == m_boundary)
            return i;
    return -1;
}

const analysis::BoundaryFigures &FactSheet::figures() const
{
    static const analysis::BoundaryFigures none;
    const int i = figureIndex();
    return i >= 0 ? m_aggregation.boundaries.at(i) : none;
}

QImage FactSheet::cleanImage(const QImage &image, int maxSide)
{
    if (image.isNull())
        return {};
    QSize size = image.size();
    if (std::max(size.width(), size.height()) > maxSide)
        size.scale(maxSide, maxSide, Qt::KeepAspectRatio);
    QImage clean(size, QImage::Format_RGB32);
    clean.fill(Qt::white);
    QPainter painter(&clean);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(QRect(QPoint(0, 0), size), image);
    painter.end();
    return clean;
}

bool FactSheet::addPhoto(const QImage &image)
{
    if (m_photos.size() >= MaxPhotos || image.isNull())
        return false;
    m_photos.append(cleanImage(image));
    return true;
}

domain::Status FactSheet::addPhoto(const QByteArray &bytes, const QString &name)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull())
        return domain::makeError(tr("not an image Nadzor can read: %1").arg(reader.errorString()), name);
    addPhoto(image);
    return {};
}

QList<domain::Site> FactSheet::sitesInMunicipality() const
{
    QList<domain::Site> inside;
    if (m_boundary < 0 || m_boundary >= m_layer.boundaries.size())
        return inside;
    const analysis::PointLocator locator(m_layer);
    for (const domain::Site &site : m_sites)
        if (locator.locate(site.position) == m_boundary)
            inside.append(site);
    return inside;
}

ReportMap FactSheet::map() const
{
    return ReportMap::town(m_layer, m_boundary, sitesInMunicipality(), m_filter);
}

QByteArray FactSheet::toCsv() const
{
    const int i = figureIndex();
    return DensityTableWriter::toCsv(m_aggregation, i >= 0 ? QVector<int>{i} : QVector<int>{});
}

QByteArray FactSheet::toGeoJson() const
{
    const int i = figureIndex();
    return DensityTableWriter::toGeoJson(m_aggregation, m_layer, analysis::Aggregator::borderRule(),
                                         i >= 0 ? QVector<int>{i} : QVector<int>{});
}

void FactSheet::describe(DocumentWriter &w) const
{
    const NumberFormatter n(m_locale);
    const analysis::BoundaryFigures &f = figures();
    const int index = figureIndex();
    const analysis::Aggregation &a = m_aggregation;

    w.title(title(), tr("Fact sheet · %1 · %2 · generated %3")
                         .arg(m_layer.name, a.filterDescription, n.date(m_generatedAt.date())));
    w.keyFigures({{n.integer(f.cameras), tr("cameras")},
                  {n.integer(f.sites), tr("sites")},
                  {n.decimal(f.camerasPerKm2, Metrics::decimals(Metric::CamerasPerKm2)), Metrics::label(Metric::CamerasPerKm2)},
                  {n.decimal(f.camerasPer1000, Metrics::decimals(Metric::CamerasPer1000)),
                   Metrics::label(Metric::CamerasPer1000)}});

    QStringList ranks;
    for (Metric m : {Metric::CamerasPerKm2, Metric::CamerasPer1000, Metric::Cameras}) {
        const auto r = ReportTables::rank(a, index, m);
        if (r)
            ranks << tr("%1 of %2 by %3").arg(n.integer(qint64(r->rank)), n.integer(qint64(r->of)),
                                              Metrics::label(m).toLower());
    }
    const auto year = DensityReport::populationYear(m_layer.attribution);
    QString facts = tr("Area %1 km², population %2%3.")
                        .arg(n.decimal(f.areaKm2, 1), n.integer(f.population),
                             year && f.population ? QStringLiteral(" (%1)").arg(*year) : QString());
    if (!ranks.isEmpty())
        facts += QLatin1Char(' ') + tr("Rank among the %1 municipalities (1 = most surveilled): %2.")
                                        .arg(n.integer(qint64(a.boundaries.size())), ranks.join(QStringLiteral("; ")));
    w.paragraph(facts);

    w.map(map(), m_photos.isEmpty() ? 112 : 88,
          tr("Map: %1 and its %2 counted cameras; cones show the field of view where the direction is known. %3")
              .arg(i18n::displayName(f.name), n.integer(f.cameras), m_layer.attribution));

    w.tablePair(ReportTables::breakdownTable(f.byManufacturer, tr("Manufacturer"), n, 5),
                ReportTables::breakdownTable(f.byOperator, tr("Operator"), n, 5));
    if (!m_photos.isEmpty())
        w.photos(m_photos, tr("Photos from the project (re-encoded; their original files and metadata are not included)."));

    w.paragraph(tr("Sources and method. Cameras: %1, %2 (%3); the figures count recorded cameras, not every camera "
                   "that exists. Counting: a camera counts when it passes the filter; each site is given to exactly "
                   "one municipality: %4 Ranks compare the municipalities that have a value. Generated %5 by "
                   "Nadzor %6.")
                    .arg(m_dataSource.isEmpty() ? tr("the project") : m_dataSource,
                         tr("filter: %1").arg(a.filterDescription),
                         tr("%1 cameras in all, %2 outside every boundary")
                             .arg(n.integer(a.cameras), n.integer(a.outsideCameras)),
                         analysis::Aggregator::borderRule(),
                         n.dateTime(m_generatedAt), QStringLiteral(NADZOR_VERSION)),
                true);
}

QByteArray FactSheet::toHtml() const
{
    HtmlBuilder html(m_locale);
    html.setDocumentTitle(title());
    html.setFooterText(m_layer.attribution);
    describe(html);
    return html.toHtml();
}

domain::Status FactSheet::writePdf(const QString &path) const
{
    PdfLayout pdf;
    pdf.setDocumentTitle(title());
    pdf.setRunningHeader(title());
    pdf.setFooterText(tr("Generated %1 · Nadzor %2")
                          .arg(NumberFormatter(m_locale).dateTime(m_generatedAt), QStringLiteral(NADZOR_VERSION)));
    describe(pdf);
    return pdf.write(path);
}

domain::Status FactSheet::write(const QString &path, ReportFormat format) const
{
    return writeReportFile(*this, path, format);
}

} // namespace nadzor::report
