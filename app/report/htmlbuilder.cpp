#include "report/htmlbuilder.h"

#include "i18n/language.h"
#include "report/reportmap.h"

#include <QBuffer>
#include <QImageWriter>

namespace nadzor::report {

namespace {

const char *const Css = R"CSS(
:root { --ink:#212529; --muted:#687078; --accent:#a51d2d; --rule:#ced4da; --fill:#eceff2; --zebra:#f8f9fa; }
* { box-sizing: border-box; }
body { margin: 0; background: #e9ecef; color: var(--ink);
  font: 15px/1.5 "Noto Sans", "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; }
main { max-width: 960px; margin: 24px auto; background: #fff; padding: 40px 56px 28px;
  box-shadow: 0 1px 4px rgba(0,0,0,.12); }
h1 { font-size: 30px; line-height: 1.2; margin: 0 0 6px; }
.subtitle { color: var(--muted); margin: 0 0 14px; font-size: 16px; }
.rule { height: 4px; background: linear-gradient(to right, var(--accent) 0 120px, var(--rule) 120px 100%);
  background-size: 100% 1px, 100%; margin: 10px 0 24px; }
h2 { color: var(--accent); font-size: 20px; margin: 30px 0 10px; }
h3 { font-size: 16px; margin: 20px 0 8px; }
p.small, .caption { color: var(--muted); font-size: 12.5px; }
.caption { margin: 6px 0 18px; }
figure { margin: 0; }
figure img { width: 100%; height: auto; display: block; border: 1px solid var(--rule); }
.figures { display: flex; gap: 12px; margin: 8px 0 20px; }
.figure { flex: 1; background: var(--zebra); border-left: 4px solid var(--accent); padding: 10px 12px; }
.figure .value { font-size: 24px; font-weight: 700; }
.figure .label { color: var(--muted); font-size: 12.5px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 4px 0 6px; }
th { background: var(--fill); text-align: left; font-weight: 700; }
th, td { padding: 4px 7px; border-bottom: 1px solid var(--rule); vertical-align: top; }
tbody tr:nth-child(even) { background: var(--zebra); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: 700; }
.pair { display: flex; gap: 24px; }
.pair > div { flex: 1; min-width: 0; }
dl { display: grid; grid-template-columns: 200px 1fr; gap: 6px 14px; margin: 6px 0 16px; }
dt { font-weight: 700; }
dd { margin: 0; }
.photos { display: grid; grid-template-columns: repeat(4, 1fr); gap: 10px; }
.photos img { width: 100%; height: 160px; object-fit: contain; background: var(--zebra); }
footer { color: var(--muted); font-size: 12px; border-top: 1px solid var(--rule); margin-top: 32px; padding-top: 8px; }
@media print { body { background: #fff; } main { box-shadow: none; margin: 0; max-width: none; padding: 0; } }
)CSS";

} // namespace

HtmlBuilder::HtmlBuilder(const QLocale &locale) : m_locale(locale) {}

QString HtmlBuilder::escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString HtmlBuilder::dataUrl(const QImage &image, int jpegQuality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const bool jpeg = jpegQuality >= 0;
    QImageWriter writer(&buffer, jpeg ? "jpeg" : "png");
    if (jpeg) {
        writer.setQuality(jpegQuality);
        writer.write(image.convertToFormat(QImage::Format_RGB32));
    } else {
        writer.write(image);
    }
    return QStringLiteral("data:%1;base64,").arg(jpeg ? QStringLiteral("image/jpeg") : QStringLiteral("image/png"))
        + QString::fromLatin1(bytes.toBase64());
}

void HtmlBuilder::title(const QString &text, const QString &subtitle)
{
    m_body += QStringLiteral("<h1>%1</h1>\n").arg(escape(text));
    if (!subtitle.isEmpty())
        m_body += QStringLiteral("<p class=\"subtitle\">%1</p>\n").arg(escape(subtitle));
    m_body += QStringLiteral("<div class=\"rule\"></div>\n");
}

void HtmlBuilder::heading(const QString &text)
{
    m_body += QStringLiteral("<h2>%1</h2>\n").arg(escape(text));
}

void HtmlBuilder::subheading(const QString &text)
{
    m_body += QStringLiteral("<h3>%1</h3>\n").arg(escape(text));
}

void HtmlBuilder::paragraph(const QString &text, bool small)
{
    m_body += small ? QStringLiteral("<p class=\"small\">%1</p>\n").arg(escape(text))
                    : QStringLiteral("<p>%1</p>\n").arg(escape(text));
}

void HtmlBuilder::definitions(const QList<QPair<QString, QString>> &items)
{
    m_body += QStringLiteral("<dl>\n");
    for (const auto &item : items)
        m_body += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(escape(item.first), escape(item.second));
    m_body += QStringLiteral("</dl>\n");
}

void HtmlBuilder::keyFigures(const QList<QPair<QString, QString>> &items)
{
    m_body += QStringLiteral("<div class=\"figures\">\n");
    for (const auto &item : items)
        m_body += QStringLiteral("<div class=\"figure\"><div class=\"value\">%1</div><div class=\"label\">%2</div></div>\n")
                      .arg(escape(item.first), escape(item.second));
    m_body += QStringLiteral("</div>\n");
}

QString HtmlBuilder::tableHtml(const Table &t) const
{
    auto cls = [&](int column) {
        return t.columns.value(column).align & Qt::AlignRight ? QStringLiteral(" class=\"num\"") : QString();
    };
    QString s = QStringLiteral("<table>\n<thead><tr>");
    for (int c = 0; c < t.columns.size(); ++c)
        s += QStringLiteral("<th%1>%2</th>").arg(cls(c), escape(t.columns[c].title));
    s += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (int r = 0; r < t.rows.size(); ++r) {
        s += t.emphasised.contains(r) ? QStringLiteral("<tr class=\"total\">") : QStringLiteral("<tr>");
        for (int c = 0; c < t.columns.size(); ++c)
            s += QStringLiteral("<td%1>%2</td>").arg(cls(c), escape(t.rows[r].value(c)));
        s += QStringLiteral("</tr>\n");
    }
    s += QStringLiteral("</tbody>\n</table>\n");
    if (!t.caption.isEmpty())
        s += QStringLiteral("<p class=\"caption\">%1</p>\n").arg(escape(t.caption));
    return s;
}

void HtmlBuilder::table(const Table &t)
{
    m_body += tableHtml(t);
}

void HtmlBuilder::tablePair(const Table &left, const Table &right)
{
    m_body += QStringLiteral("<div class=\"pair\"><div>\n") + tableHtml(left) + QStringLiteral("</div><div>\n")
        + tableHtml(right) + QStringLiteral("</div></div>\n");
}

void HtmlBuilder::map(const ReportMap &map, double heightMm, const QString &caption)
{
    constexpr double WidthMm = 174.0;
    constexpr double Dpi = 150.0;
    const QSize pixels(int(WidthMm / 25.4 * Dpi), int(heightMm / 25.4 * Dpi));
    const QImage image = map.image(pixels, Dpi);
    m_body += QStringLiteral("<figure><img alt=\"%1\" width=\"%2\" height=\"%3\" src=\"%4\"></figure>\n")
                  .arg(escape(caption))
                  .arg(pixels.width())
                  .arg(pixels.height())
                  .arg(dataUrl(image.convertToFormat(QImage::Format_RGB32)));
    if (!caption.isEmpty())
        m_body += QStringLiteral("<p class=\"caption\">%1</p>\n").arg(escape(caption));
}

void HtmlBuilder::photos(const QList<QImage> &images, const QString &caption)
{
    if (images.isEmpty())
        return;
    m_body += QStringLiteral("<div class=\"photos\">\n");
    for (int i = 0; i < std::min<int>(4, int(images.size())); ++i)
        m_body += QStringLiteral("<img alt=\"%1\" src=\"%2\">\n")
                      .arg(escape(tr("Photo %1").arg(i + 1)), dataUrl(images.at(i), 82));
    m_body += QStringLiteral("</div>\n");
    if (!caption.isEmpty())
        m_body += QStringLiteral("<p class=\"caption\">%1</p>\n").arg(escape(caption));
}

void HtmlBuilder::pageBreak() {}

QByteArray HtmlBuilder::toHtml() const
{
    // Serbian names its script (sr-Latn, sr-Cyrl): readers, search engines and hyphenation need it.
    const QString lang = m_locale.language() == QLocale::Serbian ? i18n::bcp47(i18n::languageFor(m_locale))
                                                                 : m_locale.bcp47Name();
    QString s = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                               "<meta name=\"generator\" content=\"Nadzor %2\">\n<title>%3</title>\n<style>%4</style>\n"
                               "</head>\n<body>\n<main>\n")
                    .arg(escape(lang), QStringLiteral(NADZOR_VERSION), escape(m_title), QString::fromLatin1(Css));
    s += m_body;
    if (!m_footer.isEmpty())
        s += QStringLiteral("<footer>%1</footer>\n").arg(escape(m_footer));
    s += QStringLiteral("</main>\n</body>\n</html>\n");
    return s.toUtf8();
}

} // namespace nadzor::report
