#pragma once
// Serbian transliteration between Cyrillic (ћирилица) and Latin (latinica), letter for letter
// as the official Serbian alphabets map onto each other (Љ↔Lj, Њ↔Nj, Џ↔Dž, Ђ↔Đ, Ћ↔Ć, Ч↔Č,
// Ж↔Ž, Ш↔Š, ...). Pure functions, used for name matching and by the translations.
#include <QString>

namespace nadzor::boundaries {

// Serbian Cyrillic to Latin. Characters that are not Serbian Cyrillic pass through unchanged.
// Capital digraph letters follow their word: "Љубовија" -> "Ljubovija", "ЉУБОВИЈА" -> "LJUBOVIJA".
QString cyrillicToLatin(const QString &text);

// Serbian Latin to Cyrillic. "lj", "nj" and "dž" become Љ, Њ, Џ, except in the words of a
// small exception list where the two letters belong to different morphemes ("injekcija" ->
// "инјекција", "nadživeti" -> "надживети", "odžaliti" -> "оджалити" (not "оџалити"),
// "podžupan" -> "поджупан", "konjunkcija" -> "конјункција").
//
// Limits, honestly: Latin script is ambiguous where Cyrillic is not, and no list is complete.
//  - Only the exception stems listed in transliteration.cpp are known; any other compound
//    with a prefix ending in -n/-d before j/ž (rare: "vanjezički", "nadžnjeti", ...) is only
//    right if its stem is on that list.
//  - ASCII spellings are not undone: "dj" stays "дј" (never Ђ), "c" stays "ц" (never Ч/Ћ),
//    "s"/"z" stay "с"/"з". Give this function proper Latin with diacritics.
//  - Foreign words and names (Latin letters q, w, x, y) pass through unchanged.
QString latinToCyrillic(const QString &text);

} // namespace nadzor::boundaries
