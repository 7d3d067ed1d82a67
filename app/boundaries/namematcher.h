#pragma once
// Matching place names whatever their script, diacritics and administrative suffixes:
// "Osecina Municipality", "Osečina" and "Осечина" are one place; "Arandjelovac",
// "Arandelovac" and "Aranđelovac" are one place; "Belgrade City", "Beograd - grad" and
// "Град Београд" are one place.
#include <QHash>
#include <QList>
#include <QString>

namespace nadzor::boundaries {

// The matching key of a name:
//  1. Serbian Cyrillic is transliterated to Latin;
//  2. "đ" becomes "dj", other diacritics are dropped (č, ć -> c; š -> s; ž -> z; ü -> u, ...);
//  3. lower case; punctuation and spaces separate words;
//  4. administrative words are dropped: trailing "municipality", "municipal" (also the
//     truncated "Municipal*"), "city", "opstina", "opcina", "grad" (so "Niš - grad" is "Niš";
//     but "Stari grad" keeps its "grad"), leading "grad", "city of", "opstina",
//     "municipality of";
//  5. English exonyms become the Serbian name ("Belgrade" -> "Beograd");
//  6. the words are joined without spaces and "dj" is folded to "d", so that both ASCII
//     spellings of đ ("Arandjelovac", "Arandelovac") meet.
// Result: "Osecina Municipality" -> "osecina", "Aranđelovac" -> "arandelovac".
QString normaliseName(const QString &name);

// An index of candidate names (several names may point at one candidate) looked up by the
// normalised key.
class NameMatcher {
public:
    enum class Outcome { None, Unique, Ambiguous };
    struct Match {
        Outcome outcome = Outcome::None;
        QList<int> candidates;  // the candidates' indices (one when Unique)
    };

    // Adds a name for candidate `index`. Adding the same key twice for one index is harmless.
    void add(const QString &name, int index);
    Match match(const QString &name) const;
    bool isEmpty() const { return m_index.isEmpty(); }

private:
    QHash<QString, QList<int>> m_index;
};

} // namespace nadzor::boundaries
