// nadzor: the map window without arguments, the headless command line with a subcommand.
#include "cli/cli.h"
#include "i18n/language.h"
#include "i18n/translator.h"
#include "ui/languageswitcher.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QGuiApplication>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QCoreApplication::setOrganizationName(QStringLiteral("Nadzor"));
    QCoreApplication::setApplicationName(QStringLiteral("Nadzor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NADZOR_VERSION));

    if (nadzor::cli::isHeadless(arguments)) {
        // Headless commands paint maps and PDFs: they need fonts (a QGuiApplication) but never a
        // display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        // Messages and --help in the system's language (LC_ALL, LC_MESSAGES, LANG); `nadzor
        // report --language` chooses the report's own.
        nadzor::i18n::install(nadzor::i18n::systemLanguage());
        return nadzor::cli::run(arguments);
    }

    QApplication app(argc, argv);
    // The language of Edit ▸ Preferences, or the system's; changing it there rebuilds the
    // window in the new language (LanguageSwitcher).
    nadzor::i18n::install(nadzor::i18n::languageForPreference(nadzor::i18n::storedPreference()));
    nadzor::ui::LanguageSwitcher switcher;
    auto *window = new nadzor::ui::MainWindow;
    switcher.setWindow(window);
    // `nadzor FILE.nadzor` opens (or creates) that file; without one, or when it cannot be
    // used, the default project in the application data folder.
    bool opened = false;
    if (arguments.size() > 1)
        opened = window->openProject(arguments.at(1), true);
    if (!opened)
        window->openDefaultProject();
    window->show();
    return app.exec();
}
