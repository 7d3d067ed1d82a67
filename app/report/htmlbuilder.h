#pragma once
// One self-contained HTML file: inline CSS, the map as a base64 PNG rendered through
// MapRenderer, photos re-encoded as base64 JPEG. Text is escaped; nothing is fetched.
#include "report/documentwriter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace nadzor::report {

class HtmlBuilder : public DocumentWriter {
    Q_DECLARE_TR_FUNCTIONS(nadzor::report::HtmlBuilder)
public:
    explicit HtmlBuilder(const QLocale &locale = QLocale());

    void setDocumentTitle(const QString &title) { m_title = title; }
    void setFooterText(const QString &text) { m_footer = text; }

    void title(const QString &text, const QString &subtitle) override;
    void heading(const QString &text) override;
    void subheading(const QString &text) override;
    void paragraph(const QString &text, bool small = false) override;
    void definitions(const QList<QPair<QString, QString>> &items) override;
    void keyFigures(const QList<QPair<QString, QString>> &items) override;
    void table(const Table &table) override;
    void tablePair(const Table &left, const Table &right) override;
    // Rendered at about 160 dpi for a 180 mm wide figure.
    void map(const ReportMap &map, double heightMm, const QString &caption) override;
    void photos(const QList<QImage> &images, const QString &caption) override;
    void pageBreak() override;

    QByteArray toHtml() const;

    static QString escape(const QString &text);
    // A data: URL of the image as PNG (or JPEG at the given quality when quality >= 0).
    static QString dataUrl(const QImage &image, int jpegQuality = -1);

private:
    QString tableHtml(const Table &table) const;

    QLocale m_locale;
    QString m_title, m_footer, m_body;
};

} // namespace nadzor::report
