#pragma once
// Place names in the script of the language: the bundled layer and most imported layers write
// Serbian names in Latin ("Osečina"); Cyrillic Serbian shows them as "Осечина" and Latin
// Serbian shows Cyrillic names as Latin. English keeps the name as stored.
#include "i18n/language.h"

namespace nadzor::i18n {

// The name in the script of the installed language (currentLanguage()).
QString displayName(const QString &placeName);
// The name in the script of `language`.
QString displayName(const QString &placeName, Language language);

} // namespace nadzor::i18n
