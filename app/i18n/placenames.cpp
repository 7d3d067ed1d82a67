#include "i18n/placenames.h"

#include "boundaries/transliteration.h"
#include "i18n/translator.h"

namespace nadzor::i18n {

QString displayName(const QString &placeName)
{
    return displayName(placeName, currentLanguage());
}

QString displayName(const QString &placeName, Language language)
{
    switch (language) {
    case Language::SerbianLatin:
        return boundaries::cyrillicToLatin(placeName);
    case Language::SerbianCyrillic:
        return boundaries::latinToCyrillic(placeName);
    case Language::English:
        break;
    }
    return placeName;
}

} // namespace nadzor::i18n
