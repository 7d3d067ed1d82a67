#pragma once
// Slides, presentation mode and documents in the main window: the Slides dock, View ▸ Present…
// (F5; asks for a screen when there are several), Add Slide (Ctrl+M), File ▸ Export Map
// Image… and File ▸ Report…. The main window creates one and puts its actions in its menus.
#include "domain/slide.h"
#include "ui/presentationwindow.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMenu;
class QScreen;

namespace nadzor::ui {

class MainWindow;
class SlidesPanel;

class PresentationController : public QObject {
    Q_OBJECT
public:
    explicit PresentationController(MainWindow *window);
    ~PresentationController() override;

    QAction *presentAction() const { return m_present; }
    QAction *addSlideAction() const { return m_addSlide; }
    QAction *exportImageAction() const { return m_exportImage; }
    QAction *reportAction() const { return m_report; }
    // Puts Present…, Add Slide and the Slides panel's toggle into `menu` (the View menu).
    void addViewActions(QMenu *menu);

    QDockWidget *slidesDock() const { return m_dock; }
    SlidesPanel *slidesPanel() const { return m_panel; }

    // Adds a slide of what the main map shows now; an empty title asks for one when the
    // window is visible and otherwise numbers it ("Slide 3").
    bool addSlideFromView(const QString &title = {});
    // Shows slide `index` in the main window: its layers, filter and extent.
    void goToSlide(int index);
    // Starts the presentation at slide `index` on `screen` (default: the main window's);
    // nullptr when the project has no slides.
    PresentationWindow *startPresentation(int index = 0, QScreen *screen = nullptr);
    // The running presentation, or nullptr.
    PresentationWindow *presentation() const { return m_presentation; }
    // Flight duration of presentations started from now on (ms; 0 jumps).
    void setFlightDuration(int ms) { m_flightMs = ms; }

    void showImageExportDialog();
    void showReportDialog();

private:
    void present();
    void projectChanged();
    void updateActions();

    QPointer<MainWindow> m_window;
    SlidesPanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
    QAction *m_present = nullptr;
    QAction *m_addSlide = nullptr;
    QAction *m_exportImage = nullptr;
    QAction *m_report = nullptr;
    QPointer<PresentationWindow> m_presentation;
    int m_flightMs = 800;
};

} // namespace nadzor::ui
