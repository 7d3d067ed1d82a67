#pragma once
// Applies a new interface language at once: when a translator is installed
// (QEvent::LanguageChange on the application), the main window is rebuilt on the same project,
// with its geometry, dock layout and map view. Every edit is already in the
// project file, so nothing is lost; no restart is needed. main() and the tests own one.
#include <QObject>
#include <QPointer>

namespace nadzor::ui {

class MainWindow;

class LanguageSwitcher : public QObject {
    Q_OBJECT
public:
    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    // Takes ownership of the window (deleted with the switcher or when replaced).
    void setWindow(MainWindow *window);
    MainWindow *window() const { return m_window; }

    // Replaces the window by a new one on the same project, now.
    void rebuild();
    // Whether a rebuild is scheduled (waiting for the event loop to leave a dialog).
    bool isPending() const { return m_pending; }

signals:
    void windowReplaced(nadzor::ui::MainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildWhenIdle();

    QPointer<MainWindow> m_window;
    bool m_pending = false;
};

} // namespace nadzor::ui
