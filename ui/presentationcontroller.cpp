#include "ui/presentationcontroller.h"

#include "maps/mapcanvas.h"
#include "store/projectstore.h"
#include "ui/imageexportdialog.h"
#include "ui/mainwindow.h"
#include "ui/presentationwindow.h"
#include "ui/reportdialog.h"
#include "ui/slidespanel.h"
#include "ui/slideview.h"

#include <QAction>
#include <QDockWidget>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>

namespace nadzor::ui {

PresentationController::PresentationController(MainWindow *window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("presentationController"));
    m_panel = new SlidesPanel(window);
    m_dock = new QDockWidget(tr("Slides"), window);
    m_dock->setObjectName(QStringLiteral("slidesDock"));
    m_dock->setWidget(m_panel);
    m_dock->setAllowedAreas(Qt::AllDockWidgetAreas);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    if (auto *layers = window->findChild<QDockWidget *>(QStringLiteral("layersDock")))
        window->tabifyDockWidget(layers, m_dock);
    if (auto *layers = window->findChild<QDockWidget *>(QStringLiteral("layersDock")))
        layers->raise();

    m_present = new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Present…"), this);
    m_present->setObjectName(QStringLiteral("presentAction"));
    m_present->setShortcut(QKeySequence(Qt::Key_F5));
    m_present->setStatusTip(tr("Show the slides full screen; arrow keys step, Esc leaves"));
    connect(m_present, &QAction::triggered, this, &PresentationController::present);

    m_addSlide = new QAction(tr("Add &Slide from View"), this);
    m_addSlide->setObjectName(QStringLiteral("addSlideAction"));
    m_addSlide->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_addSlide->setStatusTip(tr("Save what the map shows as a slide of the briefing"));
    connect(m_addSlide, &QAction::triggered, this, [this] { addSlideFromView(); });

    m_exportImage = new QAction(tr("Export Map &Image…"), this);
    m_exportImage->setObjectName(QStringLiteral("exportImageAction"));
    m_exportImage->setStatusTip(tr("Save the map as a PNG or SVG with title, legend and attribution"));
    connect(m_exportImage, &QAction::triggered, this, &PresentationController::showImageExportDialog);

    m_report = new QAction(tr("&Report…"), this);
    m_report->setObjectName(QStringLiteral("reportAction"));
    m_report->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_report->setStatusTip(tr("Write the density report or a town fact sheet (PDF, HTML, CSV, GeoJSON)"));
    connect(m_report, &QAction::triggered, this, &PresentationController::showReportDialog);
    for (QAction *a : {m_present, m_addSlide, m_exportImage, m_report})
        window->addAction(a);  // the shortcuts work with the menus hidden too

    connect(m_panel, &SlidesPanel::addRequested, this, [this] { addSlideFromView(); });
    connect(m_panel, &SlidesPanel::slideActivated, this, &PresentationController::goToSlide);
    connect(m_panel, &SlidesPanel::presentRequested, this, [this](int index) { startPresentation(index); });
    connect(m_panel, &SlidesPanel::slidesChanged, this, &PresentationController::updateActions);
    connect(m_panel, &SlidesPanel::failed, this, [this](const QString &title, const QString &message) {
        if (m_window && m_window->isVisible())
            QMessageBox::warning(m_window, title, message);
        else
            qWarning("%s: %s", qPrintable(title), qPrintable(message));
    });
    connect(window, &MainWindow::projectOpened, this, &PresentationController::projectChanged);
    // Undo, redo and imports reload the data and the figures: read the slides again then too.
    connect(window, &MainWindow::densityUpdated, m_panel, &SlidesPanel::reload);
    updateActions();
}

PresentationController::~PresentationController()
{
    if (m_presentation)
        delete m_presentation.data();
}

void PresentationController::addViewActions(QMenu *menu)
{
    menu->addSeparator();
    menu->addAction(m_present);
    menu->addAction(m_addSlide);
    menu->addAction(m_dock->toggleViewAction());
}

void PresentationController::projectChanged()
{
    m_panel->setStore(m_window ? m_window->projectStore() : nullptr);
    updateActions();
}

void PresentationController::updateActions()
{
    store::ProjectStore *store = m_window ? m_window->projectStore() : nullptr;
    m_present->setEnabled(!m_panel->slides().isEmpty());
    m_addSlide->setEnabled(store && !store->isReadOnly());
    m_exportImage->setEnabled(m_window != nullptr);
    m_report->setEnabled(m_window && !m_window->boundaryLayer().boundaries.isEmpty());
}

bool PresentationController::addSlideFromView(const QString &title)
{
    if (!m_window)
        return false;
    QString name = title.trimmed();
    if (name.isEmpty()) {
        const QString suggested = tr("Slide %1").arg(m_panel->slides().size() + 1);
        if (m_window->isVisible()) {
            bool ok = false;
            name = QInputDialog::getText(m_window, tr("Add Slide"), tr("Title shown on the slide:"), QLineEdit::Normal,
                                         suggested, &ok);
            if (!ok)
                return false;
        }
        if (name.trimmed().isEmpty())
            name = suggested;
    }
    const domain::Slide slide = SlideView::capture(name.trimmed(), m_window->canvas()->viewport(), m_window->mapSettings(),
                                                   m_window->cameraFilter());
    auto added = m_panel->addSlide(slide);
    if (!added) {
        if (m_window->isVisible())
            QMessageBox::warning(m_window, tr("Cannot add the slide"), added.errorString());
        return false;
    }
    m_dock->show();
    m_window->statusBar()->showMessage(tr("Added slide %1: %2").arg(m_panel->slides().size()).arg(name), 4000);
    return true;
}

void PresentationController::goToSlide(int index)
{
    if (!m_window || index < 0 || index >= m_panel->slides().size())
        return;
    const domain::Slide &slide = m_panel->slides().at(index);
    m_window->applyMapSettings(SlideView::settings(slide, m_window->mapSettings()));
    m_window->setCameraFilter(SlideView::filter(slide));
    maps::MapCanvas *canvas = m_window->canvas();
    canvas->setViewport(SlideView::viewport(slide, canvas->size(), canvas->devicePixelRatioF()));
    if (!slide.filter.isEmpty())
        m_window->statusBar()->showMessage(tr("Slide filter: %1").arg(SlideView::filter(slide).describe()), 8000);
}

void PresentationController::present()
{
    if (m_presentation) {
        m_presentation->close();
        return;
    }
    QScreen *screen = nullptr;
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.size() > 1 && m_window) {
        // Default to a screen the main window is not on: the projector, usually.
        QStringList names;
        int preferred = 0;
        for (int i = 0; i < screens.size(); ++i) {
            const QScreen *s = screens[i];
            names << tr("%1 (%2 × %3)").arg(s->name()).arg(s->size().width()).arg(s->size().height());
            if (s != m_window->screen() && preferred == 0)
                preferred = i;
        }
        bool ok = false;
        const QString chosen = QInputDialog::getItem(m_window, tr("Present"), tr("Show the presentation on:"), names,
                                                     preferred, false, &ok);
        if (!ok)
            return;
        screen = screens.value(names.indexOf(chosen));
    }
    startPresentation(std::max(0, m_panel->currentIndex()), screen);
}

PresentationWindow *PresentationController::startPresentation(int index, QScreen *screen)
{
    if (!m_window || m_panel->slides().isEmpty())
        return nullptr;
    if (m_presentation)
        m_presentation->close();
    auto *window = new PresentationWindow(m_window, m_panel->slides());
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setFlightDuration(m_flightMs);
    connect(window, &PresentationWindow::slideChanged, m_panel, &SlidesPanel::setCurrentIndex);
    m_presentation = window;
    window->start(index, screen);
    return window;
}

void PresentationController::showImageExportDialog()
{
    if (!m_window)
        return;
    ImageExportDialog dialog(m_window, m_window);
    if (m_panel->currentIndex() >= 0)
        dialog.setTitle(m_panel->slides().at(m_panel->currentIndex()).title);
    if (dialog.exec() == QDialog::Accepted)
        m_window->statusBar()->showMessage(tr("Map image written to %1").arg(dialog.path()), 8000);
}

void PresentationController::showReportDialog()
{
    if (!m_window)
        return;
    ReportDialog dialog(m_window, m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_window->statusBar()->showMessage(tr("Report written to %1").arg(dialog.path()), 8000);
}

} // namespace nadzor::ui
