#pragma once
// The density report: cameras per municipality for journalists and parliament. Machine-
// readable (CSV, GeoJSON with the same columns as `nadzor density`) or for readers (HTML, PDF):
// title and date, the map (choropleth or heatmap) with legend, scale bar and attribution, the
// table sorted by a chosen metric, breakdowns by manufacturer and operator, and a methodology
// and sources section that says where every figure comes from and what it leaves out.
#include "analysis/aggregation.h"
#include "domain/boundary.h"
#include "domain/camerafilter.h"
#include "domain/result.h"
#include "domain/site.h"
#include "report/metric.h"
#include "report/reportmap.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <optional>

namespace nadzor::report {

class DocumentWriter;

enum class ReportFormat { Csv, GeoJson, Html, Pdf };

class DensityReport {
    Q_DECLARE_TR_FUNCTIONS(nadzor::report::DensityReport)
public:
    // `aggregation` must come from analysis::Aggregator over `layer` and `sites` with `filter`.
    DensityReport(domain::BoundaryLayer layer, QList<domain::Site> sites, analysis::Aggregation aggregation,
                  domain::CameraFilter filter);

    void setTitle(const QString &title) { m_title = title; }
    QString title() const;
    void setLocale(const QLocale &locale) { m_locale = locale; }
    void setMetric(Metric metric) { m_metric = metric; }
    void setMapKind(MapKind kind) { m_mapKind = kind; }
    // When the report was made (default: now); tests fix it.
    void setGeneratedAt(const QDateTime &when) { m_generatedAt = when; }
    // Where the cameras come from ("project file osecina.nadzor"), for the methodology.
    void setDataSource(const QString &source) { m_dataSource = source; }

    const analysis::Aggregation &aggregation() const { return m_aggregation; }
    // Rows densest first by the metric (see ReportTables::sortedOrder).
    QVector<int> sortedOrder() const;

    QByteArray toCsv() const;
    QByteArray toGeoJson() const;
    QByteArray toHtml() const;
    // A4 PDF at 300 dpi, the map painted as vectors.
    domain::Status writePdf(const QString &path) const;
    // Writes any format through a temporary file beside `path`, renamed on success.
    domain::Status write(const QString &path, ReportFormat format) const;
    // The content, for any DocumentWriter.
    void describe(DocumentWriter &writer) const;
    ReportMap map() const;

    static std::optional<ReportFormat> formatFromName(const QString &name);
    static QString formatName(ReportFormat format);
    // The population year stated in a layer attribution ("population 2020: ..."), if any.
    static std::optional<int> populationYear(const QString &attribution);

private:
    QList<QPair<QString, QString>> methodology() const;

    domain::BoundaryLayer m_layer;
    QList<domain::Site> m_sites;
    analysis::Aggregation m_aggregation;
    domain::CameraFilter m_filter;
    QString m_title, m_dataSource;
    QLocale m_locale;
    Metric m_metric = Metric::CamerasPerKm2;
    MapKind m_mapKind = MapKind::Choropleth;
    QDateTime m_generatedAt;
};

} // namespace nadzor::report
