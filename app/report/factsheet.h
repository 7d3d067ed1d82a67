#pragma once
// The town fact sheet: one page about one municipality. Its map with its cameras and their
// fields of view, its figures and rank among all municipalities, manufacturers, operators and up
// to four photos. Photos are decoded and painted afresh, so no byte (and no metadata) of the
// original files reaches the document.
#include "analysis/aggregation.h"
#include "domain/boundary.h"
#include "domain/camerafilter.h"
#include "domain/result.h"
#include "domain/site.h"
#include "report/densityreport.h"
#include "report/reportmap.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QLocale>

namespace nadzor::report {

class DocumentWriter;

class FactSheet {
    Q_DECLARE_TR_FUNCTIONS(nadzor::report::FactSheet)
public:
    static constexpr int MaxPhotos = 4;

    // `aggregation` over `layer` and `sites` with `filter`; `boundaryIndex` is the municipality's
    // index in the layer.
    FactSheet(domain::BoundaryLayer layer, QList<domain::Site> sites, analysis::Aggregation aggregation,
              domain::CameraFilter filter, int boundaryIndex);

    void setTitle(const QString &title) { m_title = title; }
    QString title() const;
    void setLocale(const QLocale &locale) { m_locale = locale; }
    void setGeneratedAt(const QDateTime &when) { m_generatedAt = when; }
    void setDataSource(const QString &source) { m_dataSource = source; }

    // Up to MaxPhotos photos; later ones are ignored (returns false). Each is redrawn into a
    // fresh image of at most 1600 pixels on its longer side.
    bool addPhoto(const QImage &image);
    // Decodes image bytes (JPEG, PNG, ...); errors name `name`.
    domain::Status addPhoto(const QByteArray &bytes, const QString &name);
    const QList<QImage> &photos() const { return m_photos; }

    const analysis::BoundaryFigures &figures() const;
    // The sites that lie in the municipality (by the aggregation's border rule).
    QList<domain::Site> sitesInMunicipality() const;
    ReportMap map() const;

    QByteArray toCsv() const;
    QByteArray toGeoJson() const;
    QByteArray toHtml() const;
    domain::Status writePdf(const QString &path) const;
    domain::Status write(const QString &path, ReportFormat format) const;
    void describe(DocumentWriter &writer) const;

    // A fresh image holding only the pixels (no text keys, no colour profile), at most
    // `maxSide` pixels on its longer side.
    static QImage cleanImage(const QImage &image, int maxSide = 1600);

private:
    int figureIndex() const;

    domain::BoundaryLayer m_layer;
    QList<domain::Site> m_sites;
    analysis::Aggregation m_aggregation;
    domain::CameraFilter m_filter;
    int m_boundary = -1;
    QString m_title, m_dataSource;
    QLocale m_locale;
    QDateTime m_generatedAt;
    QList<QImage> m_photos;
};

} // namespace nadzor::report
