#include "i18n/translator.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcI18n, "nadzor.i18n")

namespace nadzor::i18n {

namespace {

struct Installed {
    QList<QTranslator *> translators;
    Language language = Language::English;
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

bool install(Language language)
{
    Installed &state = installed();
    for (QTranslator *t : std::as_const(state.translators)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    state.translators.clear();
    state.language = language;
    QLocale::setDefault(localeFor(language));

    bool ok = true;
    // Qt's own strings first: translators installed later are asked first, so Nadzor's own
    // translation wins wherever both have a context.
    QStringList files;
    if (language != Language::English)
        files << QStringLiteral(":/i18n/qt_%1.qm").arg(code(language));
    files << QStringLiteral(":/i18n/nadzor_%1.qm").arg(code(language));
    for (const QString &file : std::as_const(files)) {
        auto *translator = new QTranslator;
        if (!translator->load(file)) {
            qCWarning(lcI18n) << "cannot load the translation" << file;
            delete translator;
            ok = false;
            continue;
        }
        if (QCoreApplication::instance())
            QCoreApplication::installTranslator(translator);
        state.translators.append(translator);
    }
    return ok;
}

Language currentLanguage()
{
    return installed().language;
}

QLocale currentLocale()
{
    return localeFor(currentLanguage());
}

} // namespace nadzor::i18n
