#include "boundaries/transliteration.h"

#include <QHash>
#include <QStringList>

namespace nadzor::boundaries {
namespace {

// Serbian Cyrillic letter -> Latin, lower case (upper case is derived).
const QHash<QChar, QString> &cyrToLat()
{
    static const QHash<QChar, QString> table = {
        {QChar(0x0430), QStringLiteral("a")},  {QChar(0x0431), QStringLiteral("b")},
        {QChar(0x0432), QStringLiteral("v")},  {QChar(0x0433), QStringLiteral("g")},
        {QChar(0x0434), QStringLiteral("d")},  {QChar(0x0452), QStringLiteral("đ")},
        {QChar(0x0435), QStringLiteral("e")},  {QChar(0x0436), QStringLiteral("ž")},
        {QChar(0x0437), QStringLiteral("z")},  {QChar(0x0438), QStringLiteral("i")},
        {QChar(0x0458), QStringLiteral("j")},  {QChar(0x043A), QStringLiteral("k")},
        {QChar(0x043B), QStringLiteral("l")},  {QChar(0x0459), QStringLiteral("lj")},
        {QChar(0x043C), QStringLiteral("m")},  {QChar(0x043D), QStringLiteral("n")},
        {QChar(0x045A), QStringLiteral("nj")}, {QChar(0x043E), QStringLiteral("o")},
        {QChar(0x043F), QStringLiteral("p")},  {QChar(0x0440), QStringLiteral("r")},
        {QChar(0x0441), QStringLiteral("s")},  {QChar(0x0442), QStringLiteral("t")},
        {QChar(0x045B), QStringLiteral("ć")},  {QChar(0x0443), QStringLiteral("u")},
        {QChar(0x0444), QStringLiteral("f")},  {QChar(0x0445), QStringLiteral("h")},
        {QChar(0x0446), QStringLiteral("c")},  {QChar(0x0447), QStringLiteral("č")},
        {QChar(0x045F), QStringLiteral("dž")}, {QChar(0x0448), QStringLiteral("š")},
    };
    return table;
}

// Latin letter (single character, lower case) -> Cyrillic lower case.
const QHash<QChar, QChar> &latToCyr()
{
    static const QHash<QChar, QChar> table = {
        {u'a', QChar(0x0430)}, {u'b', QChar(0x0431)}, {u'v', QChar(0x0432)},
        {u'g', QChar(0x0433)}, {u'd', QChar(0x0434)}, {QChar(0x0111), QChar(0x0452)},
        {u'e', QChar(0x0435)}, {QChar(0x017E), QChar(0x0436)}, {u'z', QChar(0x0437)},
        {u'i', QChar(0x0438)}, {u'j', QChar(0x0458)}, {u'k', QChar(0x043A)},
        {u'l', QChar(0x043B)}, {u'm', QChar(0x043C)}, {u'n', QChar(0x043D)},
        {u'o', QChar(0x043E)}, {u'p', QChar(0x043F)}, {u'r', QChar(0x0440)},
        {u's', QChar(0x0441)}, {u't', QChar(0x0442)}, {QChar(0x0107), QChar(0x045B)},
        {u'u', QChar(0x0443)}, {u'f', QChar(0x0444)}, {u'h', QChar(0x0445)},
        {u'c', QChar(0x0446)}, {QChar(0x010D), QChar(0x0447)}, {QChar(0x0161), QChar(0x0448)},
    };
    return table;
}

// Word stems in which "nj", "lj" or "dž" are two letters (prefix + stem), lower case. A word
// whose lower-case form starts with one of these keeps the pair apart.
const QStringList &digraphExceptions()
{
    static const QStringList stems = {
        QStringLiteral("injekc"),   QStringLiteral("injunkt"),  QStringLiteral("konjunk"),
        QStringLiteral("konjug"),   QStringLiteral("konjuktur"), QStringLiteral("vanjezi"),
        QStringLiteral("tanjug"),   QStringLiteral("nadživ"),   QStringLiteral("nadžnje"),
        QStringLiteral("nadžanj"),  QStringLiteral("nadždr"),   QStringLiteral("odžal"),
        QStringLiteral("odživ"),    QStringLiteral("podžanr"),  QStringLiteral("podžup"),
        QStringLiteral("podžnje"),  QStringLiteral("predživ"),  QStringLiteral("izvanjez"),
    };
    return stems;
}

bool isCyrillicUpper(QChar c) { return c.isUpper(); }

// Whether the digraph at `pos` in a word belongs to an exception (the two letters are kept
// apart). `wordStart` is where the current word begins.
bool splitsDigraph(const QString &lower, qsizetype wordStart, qsizetype pos)
{
    for (const QString &stem : digraphExceptions()) {
        if (lower.mid(wordStart, stem.size()) != stem)
            continue;
        // The digraph must lie inside the stem for the exception to apply.
        const QString pair = lower.mid(pos, 2);
        const qsizetype at = stem.indexOf(pair);
        if (at >= 0 && wordStart + at == pos)
            return true;
    }
    return false;
}

} // namespace

QString cyrillicToLatin(const QString &text)
{
    const auto &table = cyrToLat();
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar lower = c.toLower();
        const auto it = table.constFind(lower);
        if (it == table.constEnd()) {
            out += c;
            continue;
        }
        const QString &latin = it.value();
        if (c == lower) {
            out += latin;
            continue;
        }
        if (latin.size() == 1) {
            out += latin.toUpper();
            continue;
        }
        // A capital digraph letter (Љ, Њ, Џ): all capitals when the word is written in
        // capitals ("ЉУБОВИЈА" -> "LJUBOVIJA"), otherwise a title-case pair ("Lj").
        const bool nextUpper = i + 1 < text.size() && text.at(i + 1).isLetter()
            && isCyrillicUpper(text.at(i + 1));
        const bool nextIsLetter = i + 1 < text.size() && text.at(i + 1).isLetter();
        const bool prevUpper = i > 0 && text.at(i - 1).isLetter() && text.at(i - 1).isUpper();
        if (nextUpper || (!nextIsLetter && prevUpper))
            out += latin.toUpper();
        else
            out += latin.at(0).toUpper() + latin.mid(1);
    }
    return out;
}

QString latinToCyrillic(const QString &input)
{
    // Compose first, so that "z" + combining caron is read as "ž".
    const QString text = input.normalized(QString::NormalizationForm_C);
    const QString lower = text.toLower();
    const auto &table = latToCyr();
    QString out;
    out.reserve(text.size());
    qsizetype wordStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar lc = lower.at(i);
        if (!c.isLetter()) {
            out += c;
            wordStart = i + 1;
            continue;
        }
        const bool upper = c != lc;
        auto put = [&](QChar cyrLower) { out += upper ? cyrLower.toUpper() : cyrLower; };

        // Unicode digraph letters (rare in practice): Ǉ ǈ ǉ, Ǌ ǋ ǌ, Ǆ ǅ ǆ.
        const ushort u = c.unicode();
        if (u >= 0x01C4 && u <= 0x01CC) {
            const bool capital = u == 0x01C4 || u == 0x01C5 || u == 0x01C7 || u == 0x01C8
                || u == 0x01CA || u == 0x01CB;
            QChar cyr = u <= 0x01C6 ? QChar(0x045F) : (u <= 0x01C9 ? QChar(0x0459) : QChar(0x045A));
            out += capital ? cyr.toUpper() : cyr;
            continue;
        }

        if (i + 1 < text.size()) {
            const QString pair = lower.mid(i, 2);
            QChar digraph;
            if (pair == QStringLiteral("lj"))
                digraph = QChar(0x0459);
            else if (pair == QStringLiteral("nj"))
                digraph = QChar(0x045A);
            else if (pair == QStringLiteral("dž"))
                digraph = QChar(0x045F);
            if (!digraph.isNull() && !splitsDigraph(lower, wordStart, i)) {
                put(digraph);
                ++i;
                continue;
            }
        }
        const auto it = table.constFind(lc);
        if (it == table.constEnd())
            out += c;
        else
            put(it.value());
    }
    return out;
}

} // namespace nadzor::boundaries
