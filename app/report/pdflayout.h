#pragma once
// A small page-layout engine for A4 reports painted with QPainter on a QPdfWriter (300 dpi):
// headings, wrapped paragraphs, label/value lists, key-figure boxes, tables that break across
// pages with their header repeated, side-by-side breakdown tables, a painted map and a photo
// grid; a running header and "Page N of M" footers. The content is added first, then
// write() lays it out twice: once to count the pages, once to paint them.
#include "domain/result.h"
#include "report/documentwriter.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

class QPainter;
class QPdfWriter;

namespace nadzor::report {

class PdfLayout : public DocumentWriter {
    Q_DECLARE_TR_FUNCTIONS(nadzor::report::PdfLayout)
public:
    PdfLayout();
    ~PdfLayout() override;
    PdfLayout(const PdfLayout &) = delete;
    PdfLayout &operator=(const PdfLayout &) = delete;

    // Running header (top left of every page after the first) and footer text (bottom left).
    void setRunningHeader(const QString &text) { m_header = text; }
    void setFooterText(const QString &text) { m_footer = text; }
    void setDocumentTitle(const QString &title) { m_title = title; }

    void title(const QString &text, const QString &subtitle) override;
    void heading(const QString &text) override;
    void subheading(const QString &text) override;
    void paragraph(const QString &text, bool small = false) override;
    // Label/value pairs, the labels in a narrow bold column.
    void definitions(const QList<QPair<QString, QString>> &items) override;
    // A row of boxes: a large value over a small label.
    void keyFigures(const QList<QPair<QString, QString>> &items) override;
    void table(const Table &table) override;
    // Two tables side by side (each kept on one page).
    void tablePair(const Table &left, const Table &right) override;
    // A map of the given height (mm) across the text width, painted by `paint` into the rect
    // (device pixels), with a caption below.
    void map(double heightMm, const std::function<void(QPainter &, const QRectF &)> &paint, const QString &caption);
    // The map painted straight onto the page through MapRenderer: vector in the PDF.
    void map(const ReportMap &map, double heightMm, const QString &caption) override;
    // Up to four photos in one row.
    void photos(const QList<QImage> &images, const QString &caption) override;
    void spacing(double mm);
    void pageBreak() override;

    // Lays out and writes the PDF (A4 portrait, 300 dpi). Errors name the file.
    domain::Status write(const QString &path) const;
    // The number of pages the last write() produced.
    int pageCount() const { return m_pages; }

    static QFont baseFont();

private:
    struct Block;
    class Pass;

    std::vector<std::shared_ptr<Block>> m_blocks;
    QString m_header, m_footer, m_title;
    mutable int m_pages = 0;
};

} // namespace nadzor::report
