#pragma once
// What a report says, independent of the format: the density report and the fact sheet
// describe their content once through this interface, and the PDF layout and the HTML
// builder each render it in their own way.
#include <QImage>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace nadzor::report {

class ReportMap;

struct TableColumn {
    QString title;
    double weight = 1.0;  // share of the table's width
    Qt::Alignment align = Qt::AlignLeft;
};

struct Table {
    QList<TableColumn> columns;
    QList<QStringList> rows;
    QList<int> emphasised;  // rows drawn in bold (totals)
    QString caption;        // small text under the table
};

class DocumentWriter {
public:
    virtual ~DocumentWriter() = default;

    virtual void title(const QString &text, const QString &subtitle) = 0;
    virtual void heading(const QString &text) = 0;
    virtual void subheading(const QString &text) = 0;
    virtual void paragraph(const QString &text, bool small = false) = 0;
    // Label/value pairs.
    virtual void definitions(const QList<QPair<QString, QString>> &items) = 0;
    // Boxes with a large value over a small label.
    virtual void keyFigures(const QList<QPair<QString, QString>> &items) = 0;
    virtual void table(const Table &table) = 0;
    virtual void tablePair(const Table &left, const Table &right) = 0;
    // A map across the text width, `heightMm` tall on paper, with a caption.
    virtual void map(const ReportMap &map, double heightMm, const QString &caption) = 0;
    virtual void photos(const QList<QImage> &images, const QString &caption) = 0;
    virtual void pageBreak() = 0;
};

} // namespace nadzor::report
