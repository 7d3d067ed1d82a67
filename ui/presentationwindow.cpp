#include "ui/presentationwindow.h"

#include "maps/layerstack.h"
#include "maps/mapcanvas.h"
#include "ui/analysisrunner.h"
#include "ui/flightpath.h"
#include "ui/mainwindow.h"
#include "ui/presentationoverlay.h"
#include "ui/slideview.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QVariantAnimation>
#include <QWindow>

#include <algorithm>

namespace nadzor::ui {

PresentationWindow::PresentationWindow(MainWindow *mainWindow, const QList<domain::Slide> &slides, QWidget *parent)
    : QWidget(parent, Qt::Window), m_main(mainWindow), m_slides(slides)
{
    setObjectName(QStringLiteral("presentationWindow"));
    setWindowTitle(tr("Nadzor — Presentation"));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(20, 22, 26));
    setPalette(pal);

    m_canvas = new maps::MapCanvas(this);
    m_canvas->setObjectName(QStringLiteral("presentationCanvas"));
    m_canvas->setFocusPolicy(Qt::NoFocus);  // the arrow keys step through slides, not pan
    m_canvas->setAnimationDuration(0);
    maps::RenderOptions options = m_canvas->renderer().options();
    options.legend = false;       // the overlay draws them large
    options.scaleBar = false;
    options.attribution = false;
    options.statusNotices = false;
    m_canvas->renderer().setOptions(options);

    m_overlay = new PresentationOverlay(m_canvas, this);

    // The title band: the slide's title large, "N / M" at the right.
    m_band = new QWidget(this);
    m_band->setObjectName(QStringLiteral("slideBand"));
    m_band->setAttribute(Qt::WA_StyledBackground, true);
    m_band->setStyleSheet(QStringLiteral("#slideBand { background: rgba(20, 22, 26, 224); }"
                                         "QLabel { color: white; background: transparent; }"));
    m_title = new QLabel(m_band);
    m_title->setObjectName(QStringLiteral("slideTitle"));
    QFont titleFont = font();
    titleFont.setPointSizeF(32);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_counter = new QLabel(m_band);
    m_counter->setObjectName(QStringLiteral("slideCounter"));
    QFont counterFont = font();
    counterFont.setPointSizeF(20);
    m_counter->setFont(counterFont);
    m_counter->setStyleSheet(QStringLiteral("color: rgba(255, 255, 255, 200);"));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *bandLayout = new QHBoxLayout(m_band);
    bandLayout->setContentsMargins(36, 14, 36, 14);
    bandLayout->addWidget(m_title, 1);
    bandLayout->addWidget(m_counter, 0);

    m_flight = new QVariantAnimation(this);
    m_flight->setStartValue(0.0);
    m_flight->setEndValue(1.0);
    m_flight->setEasingCurve(QEasingCurve::Linear);  // FlightPath eases in and out itself
    connect(m_flight, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) { flightStep(v.toDouble()); });
    connect(m_flight, &QVariantAnimation::finished, this, &PresentationWindow::flightEnded);

    if (m_main) {
        m_savedSettings = m_main->mapSettings();
        m_savedFilter = m_main->cameraFilter();
        m_canvas->renderer().setOptions(options);
        syncLayers();
        connect(m_main->canvas()->layers(), &maps::LayerStack::changed, this, &PresentationWindow::syncLayers);
    }
}

PresentationWindow::~PresentationWindow()
{
    restoreMainWindow();
}

void PresentationWindow::syncLayers()
{
    // The same layer objects as the main map; only the set changes (a new tile layer when the
    // basemap changes), so compare before touching the stack.
    if (!m_main)
        return;
    const auto wanted = m_main->canvas()->layers()->layers();
    const auto have = m_canvas->layers()->layers();
    if (wanted == have)
        return;
    m_canvas->layers()->clear();
    for (const auto &layer : wanted)
        m_canvas->layers()->addLayer(layer);
}

void PresentationWindow::start(int index, QScreen *screen)
{
    if (!screen)
        screen = m_main ? m_main->screen() : QGuiApplication::primaryScreen();
    if (!windowHandle())
        create();
    if (screen && windowHandle())
        windowHandle()->setScreen(screen);
    if (screen)
        setGeometry(screen->geometry());
    showFullScreen();
    raise();
    activateWindow();
    setFocus(Qt::OtherFocusReason);
    layout();
    if (!m_slides.isEmpty())
        goTo(index, false);
}

void PresentationWindow::setFlightDuration(int ms)
{
    m_flightMs = std::max(0, ms);
}

bool PresentationWindow::isFlying() const
{
    return m_flight->state() == QAbstractAnimation::Running;
}

maps::Viewport PresentationWindow::viewportFor(int index) const
{
    if (index < 0 || index >= m_slides.size())
        return m_canvas->viewport();
    return SlideView::viewport(m_slides.at(index), m_canvas->size(), m_canvas->devicePixelRatioF());
}

void PresentationWindow::goTo(int index, bool animate)
{
    if (m_slides.isEmpty())
        return;
    index = std::clamp(index, 0, int(m_slides.size()) - 1);
    if (index == m_index && !isFlying())
        return;
    finishFlight();
    m_index = index;
    const domain::Slide &slide = m_slides.at(index);
    m_title->setText(slide.title.isEmpty() ? tr("Untitled slide") : slide.title);
    m_counter->setText(tr("%1 / %2").arg(index + 1).arg(m_slides.size()));
    m_counter->setToolTip(tr("Slide %1 of %2").arg(index + 1).arg(m_slides.size()));
    applySlide(slide);

    m_flightFrom = m_canvas->viewport();
    m_flightTo = viewportFor(index);
    emit slideChanged(index);
    if (!animate || m_flightMs == 0 || !isVisible()) {
        m_canvas->setViewport(m_flightTo);
        flightEnded();
        return;
    }
    // Long journeys take a little longer, within reason.
    const FlightPath path(m_flightFrom, m_flightTo);
    const double factor = std::clamp(path.length() / 2.5, 0.75, 1.6);
    m_flight->setDuration(int(m_flightMs * factor));
    m_flight->start();
}

void PresentationWindow::next() { goTo(m_index + 1); }
void PresentationWindow::previous() { goTo(m_index - 1); }
void PresentationWindow::first() { goTo(0); }
void PresentationWindow::last() { goTo(int(m_slides.size()) - 1); }

void PresentationWindow::finishFlight()
{
    if (!isFlying())
        return;
    m_flight->stop();
    m_canvas->setViewport(m_flightTo);
    flightEnded();
}

void PresentationWindow::flightStep(double t)
{
    if (m_flight->state() != QAbstractAnimation::Running)
        return;
    m_canvas->setViewport(FlightPath(m_flightFrom, m_flightTo).at(t));
}

void PresentationWindow::flightEnded()
{
    m_canvas->setViewport(m_flightTo);
    // The heatmap is computed for what this screen shows.
    if (m_main && m_index >= 0 && m_slides.at(m_index).heatmap)
        m_main->analysis()->setHeatmapView(m_canvas->viewport().visibleBounds(), std::clamp(m_canvas->width(), 64, 1600));
    emit arrived(m_index);
}

void PresentationWindow::applySlide(const domain::Slide &slide)
{
    if (!m_main)
        return;
    const MapSettings settings = SlideView::settings(slide, m_main->mapSettings());
    if (settings != m_main->mapSettings())
        m_main->applyMapSettings(settings);
    const domain::CameraFilter filter = SlideView::filter(slide);
    if (SlideView::filterExpressions(filter) != SlideView::filterExpressions(m_main->cameraFilter()))
        m_main->setCameraFilter(filter);
    m_overlay->setHeatmapRadius(slide.heatmap ? slide.heatmapRadiusMetres : 0.0);
}

void PresentationWindow::restoreMainWindow()
{
    if (m_restored || !m_main)
        return;
    m_restored = true;
    if (m_main->mapSettings() != m_savedSettings)
        m_main->applyMapSettings(m_savedSettings);
    if (SlideView::filterExpressions(m_main->cameraFilter()) != SlideView::filterExpressions(m_savedFilter))
        m_main->setCameraFilter(m_savedFilter);
    // The main map's heatmap follows its own view again.
    m_main->canvas()->setViewport(m_main->canvas()->viewport());
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        break;
    case Qt::Key_Home:
        first();
        break;
    case Qt::Key_End:
        last();
        break;
    case Qt::Key_Escape:
    case Qt::Key_F5:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool PresentationWindow::event(QEvent *event)
{
    // Tab and Backtab would move the focus away; a presentation has nowhere to go.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            key->key() == Qt::Key_Tab ? next() : previous();
            return true;
        }
    }
    return QWidget::event(event);
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layout();
    if (m_index >= 0 && !isFlying()) {
        m_flightTo = viewportFor(m_index);
        m_canvas->setViewport(m_flightTo);
    }
}

void PresentationWindow::layout()
{
    m_canvas->setGeometry(rect());
    m_overlay->setGeometry(rect());
    const int bandH = m_band->sizeHint().height();
    m_band->setGeometry(0, 0, width(), bandH);
    m_overlay->raise();
    m_band->raise();
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
    m_flight->stop();
    restoreMainWindow();
    QWidget::closeEvent(event);
    emit finished();
}

} // namespace nadzor::ui
