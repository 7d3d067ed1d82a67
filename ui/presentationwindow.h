#pragma once
// Presentation mode: the project's slides full screen on a chosen screen, for a briefing on a
// projector. No editing chrome: the map, the slide's title large at the top with "slide N of M",
// a large legend, scale bar and attribution (PresentationOverlay). Right, Down, Page Down and
// Space go to the next slide; Left, Up, Page Up and Backspace to the previous one; Home and End
// to the first and last; Esc leaves (presenter clickers send these keys). Each step flies to
// the slide (FlightPath: zoom out, pan, zoom in) in flightDuration() ms, 0 jumping at once.
//
// The map shows the main window's own layers (a second canvas over the same layer objects), so
// a slide's layers and filter are applied through the main window; leaving the presentation
// puts the main window's map settings and filter back as they were.
#include "domain/camerafilter.h"
#include "domain/slide.h"
#include "maps/viewport.h"
#include "ui/mapsettings.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QScreen;
class QVariantAnimation;

namespace nadzor::maps {
class MapCanvas;
}

namespace nadzor::ui {

class MainWindow;
class PresentationOverlay;

class PresentationWindow : public QWidget {
    Q_OBJECT
public:
    PresentationWindow(MainWindow *mainWindow, const QList<domain::Slide> &slides, QWidget *parent = nullptr);
    ~PresentationWindow() override;

    // Shows the presentation full screen on `screen` (default: the main window's) at slide
    // `index`, without a flight.
    void start(int index = 0, QScreen *screen = nullptr);

    int count() const { return int(m_slides.size()); }
    int currentIndex() const { return m_index; }
    const domain::Slide &currentSlide() const { return m_slides.at(m_index); }
    // Goes to slide `index` (clamped), flying there unless `animate` is false.
    void goTo(int index, bool animate = true);
    void next();
    void previous();
    void first();
    void last();
    // Ends the flight at its target at once.
    void finishFlight();
    bool isFlying() const;

    void setFlightDuration(int ms);
    int flightDuration() const { return m_flightMs; }

    // Where slide `index` shows on this window's map.
    maps::Viewport viewportFor(int index) const;

    maps::MapCanvas *canvas() const { return m_canvas; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *counterLabel() const { return m_counter; }
    PresentationOverlay *overlay() const { return m_overlay; }

signals:
    // A slide was reached (its title shown, its layers applied); the flight may still run.
    void slideChanged(int index);
    // The flight to the current slide ended.
    void arrived(int index);
    // The presentation was left (Esc or closing); the main window has its settings back.
    void finished();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void syncLayers();
    void applySlide(const domain::Slide &slide);
    void layout();
    void flightStep(double t);
    void flightEnded();
    void restoreMainWindow();

    QPointer<MainWindow> m_main;
    QList<domain::Slide> m_slides;
    int m_index = -1;
    int m_flightMs = 800;

    maps::MapCanvas *m_canvas = nullptr;
    PresentationOverlay *m_overlay = nullptr;
    QWidget *m_band = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_counter = nullptr;
    QVariantAnimation *m_flight = nullptr;
    maps::Viewport m_flightFrom, m_flightTo;

    MapSettings m_savedSettings;
    domain::CameraFilter m_savedFilter;
    bool m_restored = false;
};

} // namespace nadzor::ui
