#include "ui/languageswitcher.h"

#include "maps/mapcanvas.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QEvent>
#include <QThread>
#include <QTimer>

namespace nadzor::ui {

LanguageSwitcher::LanguageSwitcher(QObject *parent) : QObject(parent)
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

LanguageSwitcher::~LanguageSwitcher()
{
    delete m_window.data();
}

void LanguageSwitcher::setWindow(MainWindow *window)
{
    if (m_window && m_window != window)
        delete m_window.data();
    m_window = window;
}

bool LanguageSwitcher::eventFilter(QObject *watched, QEvent *event)
{
    // installTranslator() sends LanguageChange to the application object first; one rebuild
    // serves every translator install() adds or removes.
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance() && m_window
        && !m_pending) {
        m_pending = true;
        QTimer::singleShot(0, this, &LanguageSwitcher::rebuildWhenIdle);
    }
    return QObject::eventFilter(watched, event);
}

void LanguageSwitcher::rebuildWhenIdle()
{
    // The language is usually changed from a modal dialog of the window; the window must
    // outlive that dialog's event loop, so wait until only the outermost loop runs.
    if (QThread::currentThread()->loopLevel() > 1 || QApplication::activeModalWidget()) {
        QTimer::singleShot(20, this, &LanguageSwitcher::rebuildWhenIdle);
        return;
    }
    rebuild();
}

void LanguageSwitcher::rebuild()
{
    m_pending = false;
    MainWindow *old = m_window;
    if (!old)
        return;
    const QString path = old->hasProject() ? old->projectPath() : QString();
    const bool visible = old->isVisible();
    const maps::Viewport viewport = old->canvas()->viewport();
    const QByteArray geometry = old->saveGeometry();
    const QByteArray state = old->saveState();
    // close() saves the window's settings (geometry, docks, map settings); deleting it closes the
    // project and releases its lock, so the new window can open the same file for writing.
    // Closing the only window would end the application: not while it is being replaced.
    const bool quitOnLastWindow = QGuiApplication::quitOnLastWindowClosed();
    QGuiApplication::setQuitOnLastWindowClosed(false);
    old->close();
    delete old;

    auto *window = new MainWindow;
    m_window = window;
    if (path.isEmpty() || !window->openProject(path))
        window->openDefaultProject();
    window->restoreGeometry(geometry);
    window->restoreState(state);
    if (visible) {
        window->show();
        // After the window's own first fit (queued by its show event): the view it had.
        QTimer::singleShot(0, window, [window, viewport] { window->canvas()->setViewport(viewport); });
    }
    QGuiApplication::setQuitOnLastWindowClosed(quitOnLastWindow);
    emit windowReplaced(window);
}

} // namespace nadzor::ui
