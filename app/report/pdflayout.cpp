#include "report/pdflayout.h"

#include "report/reportmap.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <algorithm>
#include <cmath>

namespace nadzor::report {

namespace {

constexpr int Dpi = 300;
constexpr double PageWidthMm = 210.0;
constexpr double PageHeightMm = 297.0;
constexpr double MarginSideMm = 18.0;
constexpr double MarginTopMm = 20.0;
constexpr double MarginBottomMm = 20.0;

const QColor Ink(33, 37, 41);
const QColor Muted(104, 112, 120);
const QColor Accent(165, 29, 45);
const QColor Rule(206, 212, 218);
const QColor HeaderFill(236, 239, 242);
const QColor Zebra(248, 249, 250);

double mm(double v) { return v * Dpi / 25.4; }

QFont font(double pointSize, bool bold = false)
{
    QFont f = PdfLayout::baseFont();
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

} // namespace

QFont PdfLayout::baseFont()
{
    QFont f;
    f.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("Nimbus Sans")});
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(9.5);
    return f;
}

// One layout run over the blocks: measuring only (painter null) or painting.
class PdfLayout::Pass {
public:
    Pass(QPdfWriter *writer, QPainter *painter, int totalPages, const PdfLayout &doc)
        : m_writer(writer), m_painter(painter), m_total(totalPages), m_doc(doc)
    {
        left = mm(MarginSideMm);
        right = mm(PageWidthMm - MarginSideMm);
        top = mm(MarginTopMm);
        bottom = mm(PageHeightMm - MarginBottomMm);
        y = top;
        decoratePage();
    }

    QPdfWriter *m_writer;
    QPainter *m_painter;
    int m_total;
    const PdfLayout &m_doc;
    int page = 1;
    double left, right, top, bottom, y;

    double width() const { return right - left; }
    bool painting() const { return m_painter != nullptr; }

    double textHeight(const QFont &f, double w, const QString &text, int flags = Qt::TextWordWrap) const
    {
        const QFontMetricsF fm(f, m_writer);
        if (text.isEmpty())
            return fm.height();
        return fm.boundingRect(QRectF(0, 0, std::max(1.0, w), 1e7), flags, text).height();
    }

    void drawText(const QRectF &r, const QFont &f, const QColor &c, int flags, const QString &text)
    {
        if (!m_painter)
            return;
        m_painter->setFont(f);
        m_painter->setPen(c);
        m_painter->drawText(r, flags, text);
    }

    void newPage()
    {
        ++page;
        if (m_painter)
            m_writer->newPage();
        y = top;
        decoratePage();
    }

    // Starts a new page unless `h` fits below the cursor (or the page is still empty).
    void ensure(double h)
    {
        if (y + h > bottom && y > top + 1)
            newPage();
    }

    void decoratePage()
    {
        if (!m_painter)
            return;
        const QFont small = font(7.5);
        const double footerY = mm(PageHeightMm - 12.0);
        m_painter->setPen(QPen(Rule, mm(0.2)));
        m_painter->drawLine(QPointF(left, footerY - mm(2.5)), QPointF(right, footerY - mm(2.5)));
        drawText(QRectF(left, footerY - mm(1.5), width() * 0.7, mm(5)), small, Muted,
                 Qt::AlignLeft | Qt::AlignTop, m_doc.m_footer);
        drawText(QRectF(left + width() * 0.7, footerY - mm(1.5), width() * 0.3, mm(5)), small, Muted,
                 Qt::AlignRight | Qt::AlignTop, PdfLayout::tr("Page %1 of %2").arg(page).arg(m_total));
        if (page > 1 && !m_doc.m_header.isEmpty()) {
            const double headerY = mm(10.0);
            drawText(QRectF(left, headerY, width(), mm(5)), small, Muted, Qt::AlignLeft | Qt::AlignTop,
                     m_doc.m_header);
            m_painter->setPen(QPen(Rule, mm(0.2)));
            m_painter->drawLine(QPointF(left, headerY + mm(4.5)), QPointF(right, headerY + mm(4.5)));
        }
    }

    // Table helpers.
    struct Geometry {
        QList<double> widths;
        double padX, padY;
    };
    Geometry tableGeometry(const Table &t, double w) const
    {
        Geometry g;
        g.padX = mm(1.4);
        g.padY = mm(0.9);
        double total = 0;
        for (const TableColumn &c : t.columns)
            total += c.weight;
        for (const TableColumn &c : t.columns)
            g.widths << w * c.weight / std::max(total, 1e-9);
        return g;
    }
    double rowHeight(const Geometry &g, const QStringList &cells, const QFont &f) const
    {
        double h = 0;
        for (int i = 0; i < g.widths.size(); ++i)
            h = std::max(h, textHeight(f, g.widths[i] - 2 * g.padX, cells.value(i)));
        return h + 2 * g.padY;
    }
    void drawRow(const Table &t, const Geometry &g, double x, double h, const QStringList &cells, const QFont &f,
                 const QColor &fill, const QColor &ink)
    {
        if (!m_painter)
            return;
        double total = 0;
        for (double w : g.widths)
            total += w;
        if (fill.isValid())
            m_painter->fillRect(QRectF(x, y, total, h), fill);
        double cx = x;
        for (int i = 0; i < g.widths.size(); ++i) {
            const QRectF r(cx + g.padX, y + g.padY, g.widths[i] - 2 * g.padX, h - 2 * g.padY);
            drawText(r, f, ink, int(t.columns.value(i).align | Qt::AlignVCenter) | Qt::TextWordWrap, cells.value(i));
            cx += g.widths[i];
        }
        m_painter->setPen(QPen(Rule, mm(0.15)));
        m_painter->drawLine(QPointF(x, y + h), QPointF(x + total, y + h));
    }
    QStringList headerCells(const Table &t) const
    {
        QStringList cells;
        for (const TableColumn &c : t.columns)
            cells << c.title;
        return cells;
    }
    double tableHeight(const Table &t, double w) const
    {
        const Geometry g = tableGeometry(t, w);
        double h = rowHeight(g, headerCells(t), font(7.8, true));
        for (int r = 0; r < t.rows.size(); ++r)
            h += rowHeight(g, t.rows[r], font(7.8, t.emphasised.contains(r)));
        if (!t.caption.isEmpty())
            h += mm(1.2) + textHeight(font(7.2), w, t.caption);
        return h;
    }
    // Paints a table at (x, y) that is known to fit; returns its height.
    double drawWholeTable(const Table &t, double x, double w)
    {
        const double y0 = y;
        const Geometry g = tableGeometry(t, w);
        const QFont hf = font(7.8, true);
        double h = rowHeight(g, headerCells(t), hf);
        drawRow(t, g, x, h, headerCells(t), hf, HeaderFill, Ink);
        y += h;
        for (int r = 0; r < t.rows.size(); ++r) {
            const QFont f = font(7.8, t.emphasised.contains(r));
            h = rowHeight(g, t.rows[r], f);
            drawRow(t, g, x, h, t.rows[r], f, r % 2 ? Zebra : QColor(), Ink);
            y += h;
        }
        if (!t.caption.isEmpty()) {
            y += mm(1.2);
            const double ch = textHeight(font(7.2), w, t.caption);
            drawText(QRectF(x, y, w, ch), font(7.2), Muted, Qt::TextWordWrap | Qt::AlignLeft, t.caption);
            y += ch;
        }
        const double used = y - y0;
        y = y0;
        return used;
    }
};

struct PdfLayout::Block {
    std::function<void(Pass &)> run;
};

PdfLayout::PdfLayout() = default;
PdfLayout::~PdfLayout() = default;

void PdfLayout::title(const QString &text, const QString &subtitle)
{
    m_blocks.push_back(std::make_shared<Block>(Block{[text, subtitle](Pass &p) {
        const QFont tf = font(20, true);
        const double th = p.textHeight(tf, p.width(), text);
        p.drawText(QRectF(p.left, p.y, p.width(), th), tf, Ink, Qt::TextWordWrap | Qt::AlignLeft, text);
        p.y += th + mm(1.5);
        if (!subtitle.isEmpty()) {
            const QFont sf = font(10.5);
            const double sh = p.textHeight(sf, p.width(), subtitle);
            p.drawText(QRectF(p.left, p.y, p.width(), sh), sf, Muted, Qt::TextWordWrap | Qt::AlignLeft, subtitle);
            p.y += sh;
        }
        p.y += mm(2);
        if (p.painting()) {
            p.m_painter->fillRect(QRectF(p.left, p.y, mm(30), mm(0.9)), Accent);
            p.m_painter->fillRect(QRectF(p.left + mm(30), p.y + mm(0.35), p.width() - mm(30), mm(0.2)), Rule);
        }
        p.y += mm(5);
    }}));
}

void PdfLayout::heading(const QString &text)
{
    m_blocks.push_back(std::make_shared<Block>(Block{[text](Pass &p) {
        const QFont f = font(13, true);
        const double h = p.textHeight(f, p.width(), text);
        p.ensure(h + mm(20));  // never a heading alone at the bottom of a page
        if (p.y > p.top + 1)
            p.y += mm(4);
        p.drawText(QRectF(p.left, p.y, p.width(), h), f, Accent, Qt::TextWordWrap | Qt::AlignLeft, text);
        p.y += h + mm(2);
    }}));
}

void PdfLayout::subheading(const QString &text)
{
    m_blocks.push_back(std::make_shared<Block>(Block{[text](Pass &p) {
        const QFont f = font(10.5, true);
        const double h = p.textHeight(f, p.width(), text);
        p.ensure(h + mm(15));
        if (p.y > p.top + 1)
            p.y += mm(2);
        p.drawText(QRectF(p.left, p.y, p.width(), h), f, Ink, Qt::TextWordWrap | Qt::AlignLeft, text);
        p.y += h + mm(1.5);
    }}));
}

void PdfLayout::paragraph(const QString &text, bool small)
{
    m_blocks.push_back(std::make_shared<Block>(Block{[text, small](Pass &p) {
        const QFont f = font(small ? 8 : 9.5);
        const double h = p.textHeight(f, p.width(), text);
        p.ensure(h);
        p.drawText(QRectF(p.left, p.y, p.width(), h), f, small ? Muted : Ink, Qt::TextWordWrap | Qt::AlignLeft, text);
        p.y += h + mm(small ? 1.2 : 2.2);
    }}));
}

void PdfLayout::definitions(const QList<QPair<QString, QString>> &items)
{
    m_blocks.push_back(std::make_shared<Block>(Block{[items](Pass &p) {
        const QFont lf = font(8.8, true);
        const QFont vf = font(8.8);
        const double labelW = mm(44);
        const double valueW = p.width() - labelW - mm(3);
        for (const auto &item : items) {
            const double h = std::max(p.textHeight(lf, labelW, item.first), p.textHeight(vf, valueW, item.second));
            p.ensure(h);
            p.drawText(QRectF(p.left, p.y, labelW, h), lf, Ink, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                       item.first);
            p.drawText(QRectF(p.left + labelW + mm(3), p.y, valueW, h), vf, Ink,
                       Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, item.second);
            p.y += h + mm(1.8);
        }
        p.y += mm(1);
    }}));
}

void PdfLayout::keyFigures(const QList<QPair<QString, QString>> &items)
{
    m_blocks.push_back(std::make_shared<Block>(Block{[items](Pass &p) {
        if (items.isEmpty())
            return;
        const double gap = mm(3);
        const int n = int(items.size());
        const double w = (p.width() - gap * (n - 1)) / n;
        const QFont vf = font(15, true);
        const QFont lf = font(7.6);
        double lh = 0;
        for (const auto &item : items)
            lh = std::max(lh, p.textHeight(lf, w - mm(4), item.second));
        const double vh = p.textHeight(vf, w, QStringLiteral("0"));
        const double h = mm(2.5) + vh + mm(0.8) + lh + mm(2.5);
        p.ensure(h);
        for (int i = 0; i < n; ++i) {
            const double x = p.left + i * (w + gap);
            if (p.painting()) {
                p.m_painter->fillRect(QRectF(x, p.y, w, h), Zebra);
                p.m_painter->fillRect(QRectF(x, p.y, mm(0.8), h), Accent);
            }
            p.drawText(QRectF(x + mm(3), p.y + mm(2.5), w - mm(4), vh), vf, Ink, Qt::AlignLeft | Qt::AlignVCenter,
                       items[i].first);
            p.drawText(QRectF(x + mm(3), p.y + mm(2.5) + vh + mm(0.8), w - mm(4), lh), lf, Muted,
                       Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, items[i].second);
        }
        p.y += h + mm(4);
    }}));
}

void PdfLayout::table(const Table &t)
{
    m_blocks.push_back(std::make_shared<Block>(Block{[t](Pass &p) {
        const Pass::Geometry g = p.tableGeometry(t, p.width());
        const QFont hf = font(7.8, true);
        const QStringList header = p.headerCells(t);
        const double hh = p.rowHeight(g, header, hf);
        const double first = t.rows.isEmpty() ? 0 : p.rowHeight(g, t.rows.first(), font(7.8));
        p.ensure(hh + first);
        p.drawRow(t, g, p.left, hh, header, hf, HeaderFill, Ink);
        p.y += hh;
        for (int r = 0; r < t.rows.size(); ++r) {
            const QFont f = font(7.8, t.emphasised.contains(r));
            const double h = p.rowHeight(g, t.rows[r], f);
            // The last row (a total) never stands alone under a repeated header.
            const double keep = r == t.rows.size() - 2
                ? p.rowHeight(g, t.rows[r + 1], font(7.8, t.emphasised.contains(r + 1)))
                : 0.0;
            if (p.y + h + keep > p.bottom) {
                p.newPage();
                p.drawRow(t, g, p.left, hh, header, hf, HeaderFill, Ink);  // the header again
                p.y += hh;
            }
            p.drawRow(t, g, p.left, h, t.rows[r], f, r % 2 ? Zebra : QColor(), Ink);
            p.y += h;
        }
        if (!t.caption.isEmpty()) {
            const QFont cf = font(7.2);
            const double ch = p.textHeight(cf, p.width(), t.caption);
            p.ensure(ch + mm(1.2));
            p.y += mm(1.2);
            p.drawText(QRectF(p.left, p.y, p.width(), ch), cf, Muted, Qt::TextWordWrap | Qt::AlignLeft, t.caption);
            p.y += ch;
        }
        p.y += mm(3);
    }}));
}

void PdfLayout::tablePair(const Table &left, const Table &right)
{
    m_blocks.push_back(std::make_shared<Block>(Block{[left, right](Pass &p) {
        const double gap = mm(6);
        const double w = (p.width() - gap) / 2;
        const double h = std::max(p.tableHeight(left, w), p.tableHeight(right, w));
        p.ensure(h);
        p.drawWholeTable(left, p.left, w);
        p.drawWholeTable(right, p.left + w + gap, w);
        p.y += h + mm(3);
    }}));
}

void PdfLayout::map(double heightMm, const std::function<void(QPainter &, const QRectF &)> &paint,
                    const QString &caption)
{
    m_blocks.push_back(std::make_shared<Block>(Block{[heightMm, paint, caption](Pass &p) {
        const QFont cf = font(7.2);
        const double ch = caption.isEmpty() ? 0 : p.textHeight(cf, p.width(), caption) + mm(1.2);
        const double h = std::min(mm(heightMm), p.bottom - p.top - ch);
        p.ensure(h + ch);
        const QRectF rect(p.left, p.y, p.width(), h);
        if (p.painting()) {
            p.m_painter->save();
            p.m_painter->setClipRect(rect);
            paint(*p.m_painter, rect);
            p.m_painter->restore();
            p.m_painter->setPen(QPen(Rule, mm(0.2)));
            p.m_painter->setBrush(Qt::NoBrush);
            p.m_painter->drawRect(rect);
        }
        p.y += h;
        if (!caption.isEmpty()) {
            p.y += mm(1.2);
            p.drawText(QRectF(p.left, p.y, p.width(), ch), cf, Muted, Qt::TextWordWrap | Qt::AlignLeft, caption);
            p.y += ch - mm(1.2);
        }
        p.y += mm(4);
    }}));
}

void PdfLayout::map(const ReportMap &reportMap, double heightMm, const QString &caption)
{
    const ReportMap copy = reportMap;  // shares the layer stack
    map(heightMm, [copy](QPainter &painter, const QRectF &rect) { copy.paint(painter, rect); }, caption);
}

void PdfLayout::photos(const QList<QImage> &images, const QString &caption)
{
    m_blocks.push_back(std::make_shared<Block>(Block{[images, caption](Pass &p) {
        if (images.isEmpty())
            return;
        const int n = std::min<int>(4, int(images.size()));
        const int columns = 4;  // one row, so a fact sheet stays on one page
        const int rows = 1;
        const double gap = mm(3);
        const double cellW = (p.width() - gap * (columns - 1)) / columns;
        const double cellH = cellW * 0.75;
        const QFont cf = font(7.2);
        const double ch = caption.isEmpty() ? 0 : p.textHeight(cf, p.width(), caption) + mm(1.2);
        const double h = rows * cellH + (rows - 1) * gap;
        p.ensure(h + ch);
        for (int i = 0; i < n; ++i) {
            const QRectF cell(p.left + (i % columns) * (cellW + gap), p.y + (i / columns) * (cellH + gap), cellW,
                              cellH);
            if (!p.painting())
                continue;
            p.m_painter->fillRect(cell, Zebra);
            const QImage &img = images.at(i);
            if (img.isNull())
                continue;
            const QSizeF fitted = QSizeF(img.size()).scaled(cell.size(), Qt::KeepAspectRatio);
            const QRectF target(cell.center().x() - fitted.width() / 2, cell.center().y() - fitted.height() / 2,
                                fitted.width(), fitted.height());
            p.m_painter->drawImage(target, img);
        }
        p.y += h;
        if (!caption.isEmpty()) {
            p.y += mm(1.2);
            p.drawText(QRectF(p.left, p.y, p.width(), ch), cf, Muted, Qt::TextWordWrap | Qt::AlignLeft, caption);
            p.y += ch - mm(1.2);
        }
        p.y += mm(4);
    }}));
}

void PdfLayout::spacing(double v)
{
    m_blocks.push_back(std::make_shared<Block>(Block{[v](Pass &p) { p.y += mm(v); }}));
}

void PdfLayout::pageBreak()
{
    m_blocks.push_back(std::make_shared<Block>(Block{[](Pass &p) {
        if (p.y > p.top + 1)
            p.newPage();
    }}));
}

domain::Status PdfLayout::write(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return domain::makeError(tr("cannot write: %1").arg(file.errorString()), path);
    QPdfWriter writer(&file);
    writer.setResolution(Dpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout::Millimeter));
    writer.setTitle(m_title);
    writer.setCreator(QStringLiteral("Nadzor %1").arg(QStringLiteral(NADZOR_VERSION)));

    // Pass 1 counts the pages, pass 2 paints them with "Page N of M".
    int pages = 0;
    {
        Pass measure(&writer, nullptr, 0, *this);
        for (const auto &block : m_blocks)
            block->run(measure);
        pages = measure.page;
    }
    QPainter painter;
    if (!painter.begin(&writer))
        return domain::makeError(tr("cannot start the PDF"), path);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    {
        Pass paint(&writer, &painter, pages, *this);
        for (const auto &block : m_blocks)
            block->run(paint);
        pages = paint.page;
    }
    if (!painter.end())
        return domain::makeError(tr("cannot finish the PDF"), path);
    if (!file.commit())
        return domain::makeError(tr("cannot write: %1").arg(file.errorString()), path);
    m_pages = pages;
    return {};
}

} // namespace nadzor::report
