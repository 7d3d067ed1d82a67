#pragma once
// The languages of Nadzor's user interface and reports: English, Serbian in Latin script
// (latinica) and Serbian in Cyrillic script (ћирилица), and how they follow the locale.
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace nadzor::i18n {

enum class Language { English, SerbianLatin, SerbianCyrillic };

// The language a locale asks for: Serbian in Latin script (sr_Latn*, sr_RS@latin) is
// SerbianLatin; any other Serbian (sr, sr_RS, sr_Cyrl*; Cyrillic is Serbia's default script)
// is SerbianCyrillic; everything else is English.
Language languageFor(const QLocale &locale);
// The same for a POSIX or BCP 47 locale name as found in LANG, LC_ALL or on the command line
// ("sr_RS.UTF-8@latin", "sr-Latn-RS", "de_DE"); the "@latin" modifier, which QLocale drops,
// is honoured.
Language languageForName(const QString &localeName);
// The system's language (QLocale::system(), which reads LC_ALL, LC_MESSAGES and LANG).
Language systemLanguage();

// Codes used in the preference, on the command line and in file names: "en", "sr_Latn",
// "sr_Cyrl".
QString code(Language language);
std::optional<Language> fromCode(const QString &code);
QStringList codes();
// The language's own name for menus: "English", "Srpski (latinica)", "Српски (ћирилица)".
QString nativeName(Language language);
// BCP 47 tag for HTML lang attributes: "en", "sr-Latn", "sr-Cyrl".
QString bcp47(Language language);

// The locale for numbers and dates: en_US, sr_Latn_RS, sr_Cyrl_RS (1.234,5 in Serbian).
QLocale localeFor(Language language);

// The stored preference (QSettings "ui/language"): "system" (the default), "en", "sr_Latn" or
// "sr_Cyrl"; an unknown stored value reads as "system".
QString preferenceKey();
QString storedPreference();
void storePreference(const QString &preference);
// The language a preference string stands for ("system" follows systemLanguage()).
Language languageForPreference(const QString &preference);

} // namespace nadzor::i18n
