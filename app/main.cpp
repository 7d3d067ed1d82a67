// nadzor: the map window without arguments, the headless command line with a subcommand.
#include "cli/cli.h"
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
        return nadzor::cli::run(arguments);
    }

    QApplication app(argc, argv);
    nadzor::ui::MainWindow window;
    // `nadzor FILE.nadzor` opens (or creates) that file; without one, or when it cannot be
    // used, the default project in the application data folder.
    bool opened = false;
    if (arguments.size() > 1)
        opened = window.openProject(arguments.at(1), true);
    if (!opened)
        window.openDefaultProject();
    window.show();
    return app.exec();
}
