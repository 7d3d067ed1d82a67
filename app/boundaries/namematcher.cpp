#include "boundaries/namematcher.h"

#include "boundaries/transliteration.h"

#include <QSet>
#include <QStringList>

namespace nadzor::boundaries {
namespace {

const QSet<QString> &trailingWords()
{
    static const QSet<QString> words = {
        QStringLiteral("municipality"), QStringLiteral("municipal"), QStringLiteral("city"),
        QStringLiteral("opstina"),      QStringLiteral("opcina"),    QStringLiteral("grad"),
    };
    return words;
}

const QHash<QString, QString> &exonyms()
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("belgrade"), QStringLiteral("beograd")},
    };
    return names;
}

} // namespace

QString normaliseName(const QString &name)
{
    QString latin = cyrillicToLatin(name.normalized(QString::NormalizationForm_C));
    latin.replace(QChar(0x0111), QStringLiteral("dj"));  // đ
    latin.replace(QChar(0x0110), QStringLiteral("Dj"));  // Đ
    const QString decomposed = latin.normalized(QString::NormalizationForm_D);

    QStringList words;
    QString word;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;  // a combining diacritic
        if (c.isLetterOrNumber()) {
            word += c.toCaseFolded();
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;

    // Administrative words at the end ("Osečina Municipality", "Niš - grad") and the start
    // ("Grad Niš", "City of Belgrade").
    while (words.size() > 1 && trailingWords().contains(words.last())) {
        if (words.last() == QStringLiteral("grad") && words.at(words.size() - 2) == QStringLiteral("stari"))
            break;  // "Stari grad" is a name, not "Stari" + suffix
        words.removeLast();
    }
    while (words.size() > 1) {
        const QString &first = words.first();
        if (first == QStringLiteral("grad") || first == QStringLiteral("opstina")) {
            words.removeFirst();
        } else if (words.size() > 2 && (first == QStringLiteral("city") || first == QStringLiteral("municipality"))
                   && words.at(1) == QStringLiteral("of")) {
            words.removeFirst();
            words.removeFirst();
        } else {
            break;
        }
    }
    for (QString &w : words)
        w = exonyms().value(w, w);

    QString key = words.join(QString());
    key.replace(QStringLiteral("dj"), QStringLiteral("d"));
    return key;
}

void NameMatcher::add(const QString &name, int index)
{
    const QString key = normaliseName(name);
    if (key.isEmpty())
        return;
    QList<int> &list = m_index[key];
    if (!list.contains(index))
        list << index;
}

NameMatcher::Match NameMatcher::match(const QString &name) const
{
    Match m;
    const auto it = m_index.constFind(normaliseName(name));
    if (it == m_index.constEnd())
        return m;
    m.candidates = it.value();
    m.outcome = m.candidates.size() == 1 ? Outcome::Unique : Outcome::Ambiguous;
    return m;
}

} // namespace nadzor::boundaries
