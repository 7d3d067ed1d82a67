#include "i18n/language.h"

#include <QSettings>

namespace nadzor::i18n {

Language languageFor(const QLocale &locale)
{
    if (locale.language() != QLocale::Serbian)
        return Language::English;
    return locale.script() == QLocale::LatinScript ? Language::SerbianLatin : Language::SerbianCyrillic;
}

Language languageForName(const QString &localeName)
{
    const QString name = localeName.trimmed();
    // POSIX: language[_territory][.codeset][@modifier]. QLocale ignores the modifier, but
    // glibc's sr_RS@latin is the Latin-script Serbian locale.
    const qsizetype at = name.indexOf(QLatin1Char('@'));
    const QString modifier = at >= 0 ? name.mid(at + 1).toLower() : QString();
    QString base = at >= 0 ? name.left(at) : name;
    const qsizetype dot = base.indexOf(QLatin1Char('.'));
    if (dot >= 0)
        base = base.left(dot);
    const QLocale locale(base);
    if (locale.language() == QLocale::Serbian && modifier == QLatin1String("latin"))
        return Language::SerbianLatin;
    return languageFor(locale);
}

Language systemLanguage()
{
    // QLocale::system() keeps the script of sr_RS@latin on glibc systems only through the
    // name of the locale variable, so read the variables as POSIX does first.
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return languageForName(value);
    }
    return languageFor(QLocale::system());
}

QString code(Language language)
{
    switch (language) {
    case Language::SerbianLatin:
        return QStringLiteral("sr_Latn");
    case Language::SerbianCyrillic:
        return QStringLiteral("sr_Cyrl");
    case Language::English:
        break;
    }
    return QStringLiteral("en");
}

std::optional<Language> fromCode(const QString &text)
{
    const QString c = text.trimmed();
    for (Language l : {Language::English, Language::SerbianLatin, Language::SerbianCyrillic})
        if (c.compare(code(l), Qt::CaseInsensitive) == 0)
            return l;
    // Also the obvious spellings: sr-Latn, sr_Latn_RS, sr-Cyrl-RS, en_GB, ...
    if (c.isEmpty())
        return std::nullopt;
    const QLocale locale(QString(c).replace(QLatin1Char('-'), QLatin1Char('_')));
    if (locale.language() == QLocale::English)
        return Language::English;
    if (locale.language() == QLocale::Serbian)
        return languageForName(c);
    return std::nullopt;
}

QStringList codes()
{
    return {code(Language::English), code(Language::SerbianLatin), code(Language::SerbianCyrillic)};
}

QString nativeName(Language language)
{
    switch (language) {
    case Language::SerbianLatin:
        return QStringLiteral("Srpski (latinica)");
    case Language::SerbianCyrillic:
        return QStringLiteral("Српски (ћирилица)");
    case Language::English:
        break;
    }
    return QStringLiteral("English");
}

QString bcp47(Language language)
{
    switch (language) {
    case Language::SerbianLatin:
        return QStringLiteral("sr-Latn");
    case Language::SerbianCyrillic:
        return QStringLiteral("sr-Cyrl");
    case Language::English:
        break;
    }
    return QStringLiteral("en");
}

QLocale localeFor(Language language)
{
    switch (language) {
    case Language::SerbianLatin:
        return QLocale(QLocale::Serbian, QLocale::LatinScript, QLocale::Serbia);
    case Language::SerbianCyrillic:
        return QLocale(QLocale::Serbian, QLocale::CyrillicScript, QLocale::Serbia);
    case Language::English:
        break;
    }
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QString preferenceKey()
{
    return QStringLiteral("ui/language");
}

QString storedPreference()
{
    const QString value = QSettings().value(preferenceKey()).toString();
    return fromCode(value) && codes().contains(value) ? value : QStringLiteral("system");
}

void storePreference(const QString &preference)
{
    QSettings settings;
    if (codes().contains(preference))
        settings.setValue(preferenceKey(), preference);
    else
        settings.setValue(preferenceKey(), QStringLiteral("system"));
}

Language languageForPreference(const QString &preference)
{
    if (codes().contains(preference))
        return *fromCode(preference);
    return systemLanguage();
}

} // namespace nadzor::i18n
