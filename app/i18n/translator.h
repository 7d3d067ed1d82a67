#pragma once
// Installs a language for the whole process: Nadzor's translations and Qt's own (both compiled
// in as :/i18n/nadzor_<code>.qm and :/i18n/qt_<code>.qm) and the default locale for numbers
// and dates. Posts QEvent::LanguageChange to the application like every installTranslator.
#include "i18n/language.h"

namespace nadzor::i18n {

// Removes the translators installed before, loads the language's and sets QLocale's default.
// False (with nothing installed but the locale) when a translation could not be loaded.
bool install(Language language);
// The language last installed (English before any install()).
Language currentLanguage();
// The locale of the installed language (localeFor(currentLanguage())).
QLocale currentLocale();

} // namespace nadzor::i18n
