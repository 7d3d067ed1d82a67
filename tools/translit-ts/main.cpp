// nadzor-translit-ts LATIN.ts CYRILLIC.ts
// Writes the Serbian Cyrillic translation file from the Serbian Latin one: every <translation>
// and <numerusform> is transliterated by nadzor::i18n::latinMessageToCyrillic (placeholders,
// accelerators, HTML, URLs, file extensions and technical tokens kept), everything else (sources,
// contexts, locations, finished/unfinished state) is copied as it is, and the language becomes
// sr_Cyrl. Run it after editing the Latin file, then read the Cyrillic one by eye.
#include "i18n/scriptconverter.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

namespace {

QString unescape(QString text)
{
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&apos;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

QString escape(QString text)
{
    text.replace(QLatin1String("&"), QLatin1String("&amp;"));
    text.replace(QLatin1String("<"), QLatin1String("&lt;"));
    text.replace(QLatin1String(">"), QLatin1String("&gt;"));
    text.replace(QLatin1String("\""), QLatin1String("&quot;"));
    text.replace(QLatin1String("'"), QLatin1String("&apos;"));
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        err << "usage: nadzor-translit-ts LATIN.ts CYRILLIC.ts\n";
        return 2;
    }
    QFile in(args.at(1));
    if (!in.open(QIODevice::ReadOnly)) {
        err << "nadzor-translit-ts: cannot read " << args.at(1) << ": " << in.errorString() << "\n";
        return 1;
    }
    QString text = QString::fromUtf8(in.readAll());
    text.replace(QLatin1String("language=\"sr_Latn\""), QLatin1String("language=\"sr_Cyrl\""));

    // The text of translations and plural forms; <source>, <comment> and the rest stay.
    static const QRegularExpression element(
        QStringLiteral(R"((<(translation|numerusform)\b[^>]*>)([^<]*)(</\2>))"));
    QString out;
    qsizetype last = 0;
    int converted = 0;
    auto it = element.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const QString message = unescape(m.captured(3));
        out += m.captured(1) + escape(nadzor::i18n::latinMessageToCyrillic(message)) + m.captured(4);
        last = m.capturedEnd();
        if (!message.isEmpty())
            ++converted;
    }
    out += text.mid(last);

    QFile file(args.at(2));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err << "nadzor-translit-ts: cannot write " << args.at(2) << ": " << file.errorString() << "\n";
        return 1;
    }
    file.write(out.toUtf8());
    err << "nadzor-translit-ts: " << converted << " messages written to " << args.at(2) << "\n";
    return 0;
}
