#include "ui/mainwindow.h"

#include "i18n/placenames.h"
#include "i18n/translator.h"

#include "ui/boundaryimportdialog.h"

#include "boundaries/serbianlayer.h"
#include "io/cameraexporter.h"
#include "io/cameraimporter.h"
#include "io/exportformat.h"
#include "maps/boundarygeometry.h"
#include "maps/boundarylayer.h"
#include "maps/cameralayer.h"
#include "maps/choroplethlayer.h"
#include "maps/heatmaplayer.h"
#include "maps/mapcanvas.h"
#include "maps/mbtilessource.h"
#include "maps/mercator.h"
#include "maps/tilelayer.h"
#include "maps/xyztilesource.h"
#include "store/importsession.h"
#include "store/projectstore.h"
#include "ui/analysisrunner.h"
#include "ui/cameraspanel.h"
#include "ui/choroplethstyle.h"
#include "ui/densitypanel.h"
#include "ui/densitytablemodel.h"
#include "ui/detailspanel.h"
#include "ui/editcontroller.h"
#include "ui/editor.h"
#include "ui/icons.h"
#include "ui/layerspanel.h"
#include "ui/mergeworkflow.h"
#include "ui/presentationcontroller.h"
#include "ui/recentprojects.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QScreen>
#include <QShowEvent>
#include <QTimer>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

Q_LOGGING_CATEGORY(lcUi, "nadzor.ui")

namespace nadzor::ui {

namespace {

// Z-orders of the map's layers, bottom to top.
constexpr int kBasemapZ = 0;
constexpr int kChoroplethZ = 10;
constexpr int kHeatmapZ = 20;
constexpr int kOutlinesZ = 30;
constexpr int kCamerasZ = 40;

QString number(double value, int decimals = 0)
{
    return i18n::currentLocale().toString(value, 'f', decimals);  // 1,234 or 1.234
}

maps::GeoBounds worldRectToBounds(const QRectF &world)
{
    const QPointF nw = maps::mercator::worldToLonLat(world.left(), world.top());
    const QPointF se = maps::mercator::worldToLonLat(world.right(), world.bottom());
    return maps::GeoBounds::fromCorners(nw.x(), nw.y(), se.x(), se.y());
}

QString exportFilters()
{
    return QObject::tr("GeoJSON (*.geojson);;CSV (*.csv);;GeoPackage (*.gpkg);;KML (*.kml);;OpenStreetMap XML (*.osm)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Nadzor"));
    setObjectName(QStringLiteral("mainWindow"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);
    resize(1440, 900);

    // The map and its layers.
    m_canvas = new maps::MapCanvas(this);
    m_canvas->setObjectName(QStringLiteral("mapCanvas"));
    setCentralWidget(m_canvas);

    m_basemap = std::make_shared<maps::BoundaryLayer>();
    m_basemap->setName(tr("Basemap (vector)"));
    m_basemap->setZOrder(kBasemapZ);
    maps::BoundaryStyle basemapStyle;
    basemapStyle.labels = false;  // the outline overlay writes the names above the choropleth
    m_basemap->setStyle(basemapStyle);

    m_choropleth = std::make_shared<maps::ChoroplethLayer>();
    m_choropleth->setName(tr("Density"));
    m_choropleth->setZOrder(kChoroplethZ);
    m_choropleth->setOutline(QColor(255, 255, 255, 150), 0.4);
    // The wash fades out towards street zoom (outlines stay), so cameras and streets read.
    m_choropleth->setFillFade(11.0, 14.0);

    m_heatmap = std::make_shared<maps::HeatmapLayer>();
    m_heatmap->setName(tr("Heatmap"));
    m_heatmap->setZOrder(kHeatmapZ);
    m_heatmap->setOpacity(0.85);
    m_heatmap->setVisible(false);

    m_outlines = std::make_shared<maps::BoundaryLayer>();
    m_outlines->setName(tr("Municipalities"));
    m_outlines->setZOrder(kOutlinesZ);
    maps::BoundaryStyle outlineStyle;
    outlineStyle.fill = false;
    outlineStyle.outlineColor = QColor(90, 84, 76, 150);
    outlineStyle.edgeColor = QColor(70, 64, 56);
    outlineStyle.edgeWidthPt = 1.3;
    m_outlines->setStyle(outlineStyle);

    m_cameras = std::make_shared<maps::CameraLayer>();
    m_cameras->setZOrder(kCamerasZ);

    m_canvas->layers()->addLayer(m_basemap);
    m_canvas->layers()->addLayer(m_choropleth);
    m_canvas->layers()->addLayer(m_heatmap);
    m_canvas->layers()->addLayer(m_outlines);
    m_canvas->layers()->addLayer(m_cameras);

    m_runner = new AnalysisRunner(this);
    connect(m_runner, &AnalysisRunner::densityReady, this, &MainWindow::densityReady);
    connect(m_runner, &AnalysisRunner::heatmapReady, this, &MainWindow::heatmapReady);

    m_editor = new Editor(this);
    connect(m_editor->controller(), &EditController::changed, this, [this] { reloadData(); });
    createDocks();
    m_presentation = new PresentationController(this);
    createActions();
    createStatusBar();

    connect(m_canvas, &maps::MapCanvas::viewportChanged, this, &MainWindow::viewportChanged);
    connect(m_canvas, &maps::MapCanvas::cursorPositionChanged, this, &MainWindow::cursorMoved);
    connect(m_canvas, &maps::MapCanvas::cameraClicked, this, [this](qint64 id) { selectCamera(id, false); });
    connect(m_canvas, &maps::MapCanvas::mapClicked, this, &MainWindow::mapClicked);
    connect(m_canvas->layers(), &maps::LayerStack::changed, this, &MainWindow::updateNotice);
    connect(m_runner, &AnalysisRunner::busyChanged, this, [this](bool busy) {
        m_busyLabel->setVisible(busy);
        m_densityPanel->setBusy(busy);
    });

    restoreSettings();
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow() = default;

// ---------------------------------------------------------------------------------------------
// Building the window

void MainWindow::createDocks()
{
    m_layersPanel = new LayersPanel(this);
    m_camerasPanel = new CamerasPanel(this);
    m_densityPanel = new DensityPanel(this);
    m_detailsPanel = new DetailsPanel(this);

    const auto makeDock = [this](const QString &title, const QString &name, QWidget *widget) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(widget);
        dock->setAllowedAreas(Qt::AllDockWidgetAreas);
        return dock;
    };
    m_layersDock = makeDock(tr("Layers"), QStringLiteral("layersDock"), m_layersPanel);
    m_detailsDock = makeDock(tr("Details"), QStringLiteral("detailsDock"), m_editor->detailsWidget(m_detailsPanel));
    m_densityDock = makeDock(tr("Density"), QStringLiteral("densityDock"), m_densityPanel);
    m_camerasDock = makeDock(tr("Cameras"), QStringLiteral("camerasDock"), m_camerasPanel);

    // As in QGIS: layers on the left; the tables on the right with the details of what is
    // picked below them.
    addDockWidget(Qt::LeftDockWidgetArea, m_layersDock);
    addDockWidget(Qt::RightDockWidgetArea, m_densityDock);
    splitDockWidget(m_densityDock, m_detailsDock, Qt::Vertical);
    tabifyDockWidget(m_densityDock, m_camerasDock);
    m_densityDock->raise();
    applyDefaultDockSizes();

    connect(m_layersPanel, &LayersPanel::settingsChanged, this, &MainWindow::applyMapSettings);
    connect(m_camerasPanel, &CamerasPanel::filterChanged, this, &MainWindow::filterChanged);
    connect(m_camerasPanel, &CamerasPanel::cameraActivated, this, [this](qint64 id) { selectCamera(id, true); });
    connect(m_densityPanel, &DensityPanel::boundaryActivated, this, &MainWindow::zoomToBoundary);
}

void MainWindow::createActions()
{
    const auto icon = [this](QStyle::StandardPixmap pixmap) { return style()->standardIcon(pixmap); };

    m_newAction = new QAction(QIcon::fromTheme(QStringLiteral("document-new"), icon(QStyle::SP_FileIcon)), tr("&New Project…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Create a new project file"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newProject);

    m_openAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open"), icon(QStyle::SP_DialogOpenButton)), tr("&Open Project…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a project file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openProjectDialog);

    m_importAction = new QAction(QIcon::fromTheme(QStringLiteral("document-import"), icon(QStyle::SP_ArrowDown)), tr("&Import Cameras…"), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import cameras from GeoJSON, CSV, GPX, KML, GeoPackage, Shapefile or OSM"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importDialog);

    m_exportAction = new QAction(QIcon::fromTheme(QStringLiteral("document-export"), icon(QStyle::SP_ArrowUp)), tr("&Export Cameras…"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Export the cameras that pass the filter"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportDialog);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-undo"), icon(QStyle::SP_ArrowBack)), tr("&Undo"), this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, this, &MainWindow::undo);
    m_redoAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-redo"), icon(QStyle::SP_ArrowForward)), tr("&Redo"), this);
    // The platform's Redo first; Ctrl+Shift+Z everywhere (some platforms only bind Ctrl+Y).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    m_redoAction->setShortcuts(redoKeys);
    connect(m_redoAction, &QAction::triggered, this, &MainWindow::redo);

    m_findAction = new QAction(Icons::magnifier(Icons::Magnifier::Plain, QStringLiteral("edit-find")), tr("&Find Cameras…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_camerasDock->show();
        m_camerasDock->raise();
        m_camerasPanel->focusSearch();
    });

    m_zoomInAction = new QAction(Icons::magnifier(Icons::Magnifier::Plus, QStringLiteral("zoom-in")), tr("Zoom &In"), this);
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    connect(m_zoomInAction, &QAction::triggered, m_canvas, &maps::MapCanvas::zoomIn);
    m_zoomOutAction = new QAction(Icons::magnifier(Icons::Magnifier::Minus, QStringLiteral("zoom-out")), tr("Zoom &Out"), this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, m_canvas, &maps::MapCanvas::zoomOut);
    m_zoomInAction->setIconText(tr("Zoom In"));
    m_zoomOutAction->setIconText(tr("Zoom Out"));
    m_zoomFullAction = new QAction(Icons::magnifier(Icons::Magnifier::Fit, QStringLiteral("zoom-fit-best")), tr("Zoom to &Municipalities"), this);
    m_zoomFullAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_zoomFullAction, &QAction::triggered, this, [this] { m_canvas->fitToLayer(m_outlines.get()); });

    m_fullScreenAction = new QAction(tr("&Full Screen"), this);
    m_fullScreenAction->setShortcut(QKeySequence::FullScreen);
    m_fullScreenAction->setCheckable(true);
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) {
        if (on)
            showFullScreen();
        else
            showNormal();
    });

    // Menus.
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_editor->merge()->action());
    QAction *importBoundaries = file->addAction(tr("Import &Boundaries…"), this, &MainWindow::importBoundariesDialog);
    importBoundaries->setStatusTip(tr("Import municipality boundaries from any vector file and choose their name, code and population fields"));
    file->addAction(m_exportAction);
    file->addAction(m_presentation->exportImageAction());
    file->addAction(m_presentation->reportAction());
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_zoomFullAction);
    m_viewMenu->addSeparator();
    QMenu *panels = m_viewMenu->addMenu(tr("&Panels"));
    for (QDockWidget *dock : {m_layersDock, m_camerasDock, m_densityDock, m_detailsDock})
        panels->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_fullScreenAction);
    m_presentation->addViewActions(m_viewMenu);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About Nadzor"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    // Toolbar.
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(18, 18));
    toolbar->addAction(m_openAction);
    toolbar->addAction(m_importAction);
    toolbar->addAction(m_exportAction);
    toolbar->addSeparator();
    toolbar->addAction(m_undoAction);
    toolbar->addAction(m_redoAction);
    toolbar->addSeparator();
    toolbar->addAction(m_zoomInAction);
    toolbar->addAction(m_zoomOutAction);
    toolbar->addAction(m_zoomFullAction);
    toolbar->addSeparator();
    toolbar->addAction(m_findAction);
    m_viewMenu->addAction(toolbar->toggleViewAction());
    m_editor->installActions(edit, panels, toolbar);
    m_editor->createDocks(panels);
}

void MainWindow::createStatusBar()
{
    m_busyLabel = new QLabel(tr("Computing…"), this);
    m_busyLabel->setVisible(false);
    m_noticeLabel = new QLabel(this);
    m_noticeLabel->setObjectName(QStringLiteral("noticeLabel"));
    m_noticeLabel->setStyleSheet(QStringLiteral("color: #b35c00;"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_scaleLabel = new QLabel(this);
    m_scaleLabel->setObjectName(QStringLiteral("scaleLabel"));
    m_scaleLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("Scale 1:10,000,000  zoom 18.0")));
    m_coordLabel = new QLabel(QStringLiteral("—"), this);
    m_coordLabel->setObjectName(QStringLiteral("coordLabel"));
    m_coordLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_coordLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("44.000000° N, 20.000000° E")));
    statusBar()->addWidget(m_busyLabel);
    statusBar()->addWidget(m_noticeLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_scaleLabel);
    statusBar()->addPermanentWidget(m_coordLabel);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    if (settings.contains(QStringLiteral("geometry")))
        restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    else if (const QScreen *screen = QGuiApplication::primaryScreen())
        resize(screen->availableSize().boundedTo(QSize(1600, 1000)));
    if (settings.contains(QStringLiteral("state")))
        restoreState(settings.value(QStringLiteral("state")).toByteArray());
    settings.endGroup();

    settings.beginGroup(QStringLiteral("map"));
    MapSettings s;
    s.basemap = BasemapKind(settings.value(QStringLiteral("basemap"), int(s.basemap)).toInt());
    s.mbtilesPath = settings.value(QStringLiteral("mbtiles")).toString();
    if (s.basemap == BasemapKind::MBTiles && !QFileInfo::exists(s.mbtilesPath))
        s.basemap = BasemapKind::Vector;
    if (s.basemap < BasemapKind::Vector || s.basemap > BasemapKind::MBTiles)
        s.basemap = BasemapKind::Vector;
    s.boundaries = settings.value(QStringLiteral("boundaries"), s.boundaries).toBool();
    s.choropleth = settings.value(QStringLiteral("choropleth"), s.choropleth).toBool();
    const int metric = settings.value(QStringLiteral("metric"), int(s.metric)).toInt();
    if (metric >= 0 && metric <= int(DensityMetric::Cameras))
        s.metric = DensityMetric(metric);
    const int method = settings.value(QStringLiteral("method"), int(s.method)).toInt();
    if (method >= 0 && method <= int(analysis::ClassificationMethod::EqualInterval))
        s.method = analysis::ClassificationMethod(method);
    s.classes = std::clamp(settings.value(QStringLiteral("classes"), s.classes).toInt(), 3, 9);
    s.heatmap = settings.value(QStringLiteral("heatmap"), s.heatmap).toBool();
    s.heatmapRadiusMetres = settings.value(QStringLiteral("heatmapRadius"), s.heatmapRadiusMetres).toDouble();
    s.kernel = settings.value(QStringLiteral("kernel")).toInt() == int(analysis::Kernel::Gaussian)
        ? analysis::Kernel::Gaussian : analysis::Kernel::Quartic;
    if (settings.contains(QStringLiteral("heatmapMaximum")))
        s.heatmapMaximum = settings.value(QStringLiteral("heatmapMaximum")).toDouble();
    s.cameras = settings.value(QStringLiteral("cameras"), s.cameras).toBool();
    settings.endGroup();
    m_settings = MapSettings();  // force every part to be applied
    m_settings.basemap = BasemapKind(-1);
    applyMapSettings(s);
    m_layersPanel->setSettings(s);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.endGroup();
    settings.beginGroup(QStringLiteral("map"));
    settings.setValue(QStringLiteral("basemap"), int(m_settings.basemap));
    settings.setValue(QStringLiteral("mbtiles"), m_settings.mbtilesPath);
    settings.setValue(QStringLiteral("boundaries"), m_settings.boundaries);
    settings.setValue(QStringLiteral("choropleth"), m_settings.choropleth);
    settings.setValue(QStringLiteral("metric"), int(m_settings.metric));
    settings.setValue(QStringLiteral("method"), int(m_settings.method));
    settings.setValue(QStringLiteral("classes"), m_settings.classes);
    settings.setValue(QStringLiteral("heatmap"), m_settings.heatmap);
    settings.setValue(QStringLiteral("heatmapRadius"), m_settings.heatmapRadiusMetres);
    settings.setValue(QStringLiteral("kernel"), int(m_settings.kernel));
    if (m_settings.heatmapMaximum)
        settings.setValue(QStringLiteral("heatmapMaximum"), *m_settings.heatmapMaximum);
    else
        settings.remove(QStringLiteral("heatmapMaximum"));
    settings.setValue(QStringLiteral("cameras"), m_settings.cameras);
    settings.endGroup();
}

void MainWindow::applyDefaultDockSizes()
{
    resizeDocks({m_layersDock, m_densityDock}, {265, 500}, Qt::Horizontal);
    resizeDocks({m_densityDock, m_detailsDock}, {std::max(300, height() * 62 / 100), std::max(160, height() * 25 / 100)},
                Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_stateRestored && !event->spontaneous()) {
        m_stateRestored = true;  // sizes from the saved state, or the defaults once laid out
        if (!QSettings().contains(QStringLiteral("mainWindow/state")))
            QTimer::singleShot(0, this, &MainWindow::applyDefaultDockSizes);
    }
    if (m_fitOnShow) {
        m_fitOnShow = false;
        QTimer::singleShot(0, this, [this] {
            if (m_geometry)
                m_canvas->fitBounds(m_geometry->extent(), 24);
        });
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

// ---------------------------------------------------------------------------------------------
// Projects

QString MainWindow::defaultProjectPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("Untitled.nadzor"));
}

bool MainWindow::openDefaultProject()
{
    const QString path = defaultProjectPath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        showError(tr("Cannot create the default project"),
                  tr("%1: the folder cannot be created.").arg(QFileInfo(path).absolutePath()));
        return false;
    }
    return openProject(path, true);
}

bool MainWindow::openProject(const QString &path, bool createIfMissing)
{
    const bool isNew = createIfMissing && !QFileInfo::exists(path);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = isNew ? store::ProjectStore::create(path) : store::ProjectStore::open(path);
    QApplication::restoreOverrideCursor();
    if (!result.ok()) {
        showError(isNew ? tr("Cannot create the project") : tr("Cannot open the project"), result.errorString());
        return false;
    }
    return adoptStore(result.take(), isNew);
}

bool MainWindow::adoptStore(std::unique_ptr<store::ProjectStore> newStore, bool isNew)
{
    QElapsedTimer timer;
    timer.start();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto layers = newStore->boundaryLayers();
    if (!layers.ok()) {
        QApplication::restoreOverrideCursor();
        showError(tr("Cannot open the project"), layers.errorString());
        return false;
    }
    domain::BoundaryLayer layer;
    if (!layers.value().isEmpty()) {
        layer = layers.value().last();  // the newest
    } else {
        auto bundled = boundaries::bundledSerbianLayer();
        if (!bundled.ok()) {
            QApplication::restoreOverrideCursor();
            showError(tr("Cannot load the municipalities"), bundled.errorString());
            return false;
        }
        layer = bundled.take();
        // A new project carries its boundaries in the file; an existing one is not changed
        // just by being opened. Seeding the layer is part of creating the project, not an
        // edit: no journal entry, so Undo starts disabled.
        if (isNew && !newStore->isReadOnly()) {
            auto saved = newStore->saveBoundaryLayer(layer, false);
            if (!saved.ok()) {
                QApplication::restoreOverrideCursor();
                showError(tr("Cannot save the municipalities into the project"), saved.errorString());
                return false;
            }
        }
    }
    auto sites = newStore->sites();
    QApplication::restoreOverrideCursor();
    if (!sites.ok()) {
        showError(tr("Cannot read the project's cameras"), sites.errorString());
        return false;
    }

    // Everything read: switch over.
    m_store = std::move(newStore);
    m_editor->setStore(m_store.get());
    const bool sameLayer = layer.boundaries.size() == m_boundaryLayer.boundaries.size()
        && layer.name == m_boundaryLayer.name && layer.source == m_boundaryLayer.source && m_geometry;
    setBoundaryLayer(layer);
    m_sites = sites.take();
    m_selectedCamera = 0;
    m_detailsPanel->clear();
    m_canvas->setSelectedCameras({});
    m_camerasPanel->setSites(m_sites);
    m_runner->setSites(m_sites);
    if (!sameLayer || !isVisible()) {
        m_canvas->fitBounds(m_geometry ? m_geometry->extent() : maps::GeoBounds(), 24);
        m_fitOnShow = !isVisible();
    }

    RecentProjects::add(m_store->path());
    updateActions();
    updateTitle();
    qCInfo(lcUi) << "opened" << m_store->path() << "with" << m_sites.size() << "sites in" << timer.elapsed() << "ms";
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_store->path())), 4000);
    // Another Nadzor may hold the project for writing: the status bar says so (updateNotice).
    updateNotice();
    emit projectOpened(m_store->path());
    return true;
}

void MainWindow::setBoundaryLayer(const domain::BoundaryLayer &layer)
{
    m_boundaryLayer = layer;
    m_boundaryIds.clear();
    for (const domain::Boundary &b : layer.boundaries)
        m_boundaryIds << b.id;
    // Map labels in the script of the interface language; the bundled layer's name and
    // attribution in its language.
    domain::BoundaryLayer shown = boundaries::localisedSerbianLayer(layer);
    for (domain::Boundary &b : shown.boundaries)
        b.name = i18n::displayName(b.name);
    m_geometry = maps::BoundaryGeometry::build(shown);
    m_basemap->setGeometry(m_geometry);
    m_outlines->setGeometry(m_geometry);
    m_choropleth->setGeometry(m_geometry);
    m_choropleth->setColors({});
    m_choropleth->setLegend({});
    m_density.reset();
    m_runner->setBoundaryLayer(layer);
}

bool MainWindow::reloadData()
{
    if (!m_store)
        return false;
    auto sites = m_store->sites();
    if (!sites.ok()) {
        showError(tr("Cannot read the project's cameras"), sites.errorString());
        return false;
    }
    auto layers = m_store->boundaryLayers();
    if (layers.ok() && !layers.value().isEmpty()) {
        const domain::BoundaryLayer &newest = layers.value().last();
        if (newest.id != m_boundaryLayer.id)
            setBoundaryLayer(newest);
    }
    m_sites = sites.take();
    m_camerasPanel->setSites(m_sites);
    m_runner->setSites(m_sites);
    if (m_selectedCamera) {
        const qint64 id = m_selectedCamera;
        m_selectedCamera = 0;
        selectCamera(id, false);
    }
    m_editor->dataReloaded();
    updateActions();
    return true;
}

QString MainWindow::projectPath() const
{
    return m_store ? m_store->path() : QString();
}

bool MainWindow::hasProject() const
{
    return m_store != nullptr;
}

void MainWindow::showError(const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorMessage"));
    box.setWindowModality(Qt::WindowModal);
    box.exec();
}

void MainWindow::newProject()
{
    const QString start = m_store ? QFileInfo(m_store->path()).absolutePath()
                                  : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"), start,
                                                tr("Nadzor projects (*.nadzor)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".nadzor");
    if (QFileInfo::exists(path)) {
        showError(tr("Cannot create the project"),
                  tr("%1 already exists. Nadzor never overwrites a file: choose another name, or open it.")
                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openProject(path, true);
}

void MainWindow::openProjectDialog()
{
    const QString start = m_store ? QFileInfo(m_store->path()).absolutePath() : QString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), start,
                                                      tr("Nadzor projects (*.nadzor);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentProjects::list();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1  %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("Clear List"), this, [] { RecentProjects::clear(); });
    clear->setEnabled(!recent.isEmpty());
}

void MainWindow::updateActions()
{
    const bool writable = m_store && !m_store->isReadOnly();
    m_importAction->setEnabled(writable);
    m_exportAction->setEnabled(m_store != nullptr);
    const bool canUndo = writable && m_store->canUndo();
    const bool canRedo = writable && m_store->canRedo();
    m_undoAction->setEnabled(canUndo);
    m_redoAction->setEnabled(canRedo);
    m_undoAction->setText(canUndo ? tr("&Undo %1").arg(m_store->undoSummary()) : tr("&Undo"));
    m_redoAction->setText(canRedo ? tr("&Redo %1").arg(m_store->redoSummary()) : tr("&Redo"));
    m_undoAction->setIconText(tr("Undo"));
    m_redoAction->setIconText(tr("Redo"));
    m_undoAction->setToolTip(m_undoAction->text().remove(QLatin1Char('&')));
    m_redoAction->setToolTip(m_redoAction->text().remove(QLatin1Char('&')));
}

void MainWindow::updateTitle()
{
    if (!m_store) {
        setWindowTitle(tr("Nadzor"));
        return;
    }
    setWindowFilePath(m_store->path());
    setWindowTitle(tr("%1%2 — Nadzor")
                       .arg(QFileInfo(m_store->path()).fileName(),
                            m_store->isReadOnly() ? tr(" (read-only)") : QString()));
}

void MainWindow::undo()
{
    if (!m_store || !m_store->canUndo())
        return;
    const QString summary = m_store->undoSummary();
    if (!m_editor->controller()->undo()) {
        showError(tr("Cannot undo"), m_store->errorString());
        updateActions();
        return;
    }
    statusBar()->showMessage(tr("Undone: %1").arg(summary), 4000);
}

void MainWindow::redo()
{
    if (!m_store || !m_store->canRedo())
        return;
    const QString summary = m_store->redoSummary();
    if (!m_editor->controller()->redo()) {
        showError(tr("Cannot redo"), m_store->errorString());
        updateActions();
        return;
    }
    statusBar()->showMessage(tr("Redone: %1").arg(summary), 4000);
}

// ---------------------------------------------------------------------------------------------
// Import and export

void MainWindow::importBoundariesDialog()
{
    BoundaryImportDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    domain::BoundaryLayer layer = dialog.layer();
    if (!saveBoundaryLayer(layer))
        return;
    const QStringList report = dialog.report();
    if (!report.isEmpty()) {
        QMessageBox box(QMessageBox::Information, tr("Boundaries imported"),
                        tr("%n boundaries imported into '%1'.", nullptr, int(layer.boundaries.size())).arg(layer.name),
                        QMessageBox::Ok, this);
        box.setDetailedText(report.join(QLatin1Char('\n')));
        box.exec();
    }
}

bool MainWindow::saveBoundaryLayer(domain::BoundaryLayer &layer)
{
    if (!m_store)
        return false;
    auto saved = m_store->saveBoundaryLayer(layer);
    if (!saved) {
        showError(tr("Cannot save the boundaries"), saved.errorString());
        return false;
    }
    statusBar()->showMessage(tr("Boundary layer '%1': %n boundaries — Undo (Ctrl+Z)", nullptr,
                                int(layer.boundaries.size())).arg(layer.name), 8000);
    return reloadData();
}

void MainWindow::importDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Cameras"), QString(),
        tr("Camera files (*.geojson *.json *.csv *.gpx *.kml *.gpkg *.shp *.fgb *.osm *.pbf);;All files (*)"));
    if (!path.isEmpty())
        importCameras(path);
}

bool MainWindow::importCameras(const QString &path)
{
    if (!m_store || m_store->isReadOnly()) {
        showError(tr("Cannot import"), tr("The project is read-only."));
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    statusBar()->showMessage(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    QElapsedTimer timer;
    timer.start();
    auto session = m_store->beginImport(tr("Imported %1").arg(QFileInfo(path).fileName()));
    if (!session.ok()) {
        QApplication::restoreOverrideCursor();
        statusBar()->clearMessage();
        showError(tr("Cannot import"), session.errorString());
        return false;
    }
    std::unique_ptr<store::ImportSession> importSession = session.take();
    qint64 rejected = 0;
    QStringList rejections;
    io::CameraImporter importer;
    auto stats = importer.importFile(path, io::ImportOptions(), [&](domain::Site &site) -> domain::Status {
        const domain::Status added = importSession->addSite(site);
        if (!added.ok()) {
            ++rejected;
            if (rejections.size() < 5)
                rejections << added.errorString();
        }
        return {};  // a rejected site is left out; the import goes on
    });
    if (!stats.ok()) {
        importSession->rollback();
        QApplication::restoreOverrideCursor();
        statusBar()->clearMessage();
        showError(tr("Cannot import %1").arg(QFileInfo(path).fileName()), stats.errorString());
        return false;
    }
    const qint64 cameras = importSession->cameraCount();
    const qint64 sites = importSession->siteCount();
    const domain::Status committed = importSession->commit();
    importSession.reset();
    QApplication::restoreOverrideCursor();
    if (!committed.ok()) {
        statusBar()->clearMessage();
        showError(tr("Cannot import %1").arg(QFileInfo(path).fileName()), committed.errorString());
        return false;
    }
    reloadData();
    statusBar()->showMessage(tr("Imported %1 cameras at %2 sites from %3 in %4 s")
                                 .arg(number(double(cameras)), number(double(sites)), QFileInfo(path).fileName(),
                                      number(timer.elapsed() / 1000.0, 1)),
                             8000);
    QStringList notes = stats.value().warnings.mid(0, 5);
    if (rejected > 0)
        notes.prepend(tr("%n site(s) could not be added:", nullptr, int(rejected)) + QStringLiteral("\n  ")
                      + rejections.join(QStringLiteral("\n  ")));
    if (!notes.isEmpty() && isVisible())
        QMessageBox::information(this, tr("Import finished with notes"),
                                 tr("Imported %1 cameras at %2 sites.").arg(number(double(cameras)), number(double(sites)))
                                     + QStringLiteral("\n\n") + notes.join(QStringLiteral("\n")));
    return true;
}

void MainWindow::exportDialog()
{
    QString selected;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Cameras"), QString(), exportFilters(), &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty()) {
        const int star = selected.indexOf(QStringLiteral("*."));
        if (star >= 0)
            path += selected.mid(star + 1, selected.indexOf(QLatin1Char(')'), star) - star - 1);
    }
    exportCameras(path);
}

bool MainWindow::exportCameras(const QString &path)
{
    if (!m_store)
        return false;
    QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        suffix = QStringLiteral("geojson");
    const std::optional<io::ExportFormat> format = io::exportFormatFromName(suffix);
    if (!format) {
        showError(tr("Cannot export"), tr("%1: unknown format; use one of %2.")
                                           .arg(QFileInfo(path).fileName(), io::exportFormatNames().join(QStringLiteral(", "))));
        return false;
    }
    // The cameras that pass the filter, at their sites.
    QList<domain::Site> selected;
    for (const domain::Site &site : std::as_const(m_sites)) {
        domain::Site copy = site;
        copy.cameras.clear();
        for (const domain::Camera &camera : site.cameras)
            if (m_filter.matches(site, camera))
                copy.cameras << camera;
        if (!copy.cameras.isEmpty())
            selected << copy;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    io::CameraExporter exporter;
    auto written = exporter.exportSites(selected, path, *format);
    QApplication::restoreOverrideCursor();
    if (!written.ok()) {
        showError(tr("Cannot export"), written.errorString());
        return false;
    }
    statusBar()->showMessage(tr("Exported %1 cameras to %2 (%3)")
                                 .arg(number(double(written.value())), QDir::toNativeSeparators(path), m_filter.describe()),
                             8000);
    return true;
}

// ---------------------------------------------------------------------------------------------
// The map

void MainWindow::applyMapSettings(const MapSettings &settings)
{
    const MapSettings old = m_settings;
    m_settings = settings;
    if (old.basemap != settings.basemap || old.mbtilesPath != settings.mbtilesPath)
        setBasemap(settings.basemap, settings.mbtilesPath);
    m_outlines->setVisible(settings.boundaries);
    m_choropleth->setVisible(settings.choropleth);
    if (old.metric != settings.metric || old.method != settings.method || old.classes != settings.classes)
        restyleChoropleth();
    m_heatmap->setVisible(settings.heatmap);
    m_runner->setHeatmapOptions(settings.heatmapRadiusMetres, settings.kernel, settings.heatmapMaximum);
    m_runner->setHeatmapEnabled(settings.heatmap);
    if (settings.heatmap && !old.heatmap)
        viewportChanged();
    m_cameras->setVisible(settings.cameras);
    if (m_layersPanel->settings() != settings)
        m_layersPanel->setSettings(settings);
}

void MainWindow::setBasemap(BasemapKind kind, const QString &mbtilesPath)
{
    if (m_tiles) {
        m_canvas->layers()->removeLayer(m_tiles.get());
        m_tiles.reset();
    }
    maps::TileSource *source = nullptr;
    if (kind == BasemapKind::OpenStreetMap) {
        source = new maps::XyzTileSource(maps::XyzTileSource::openStreetMap());
    } else if (kind == BasemapKind::MBTiles) {
        auto opened = maps::MbTilesSource::open(mbtilesPath);
        if (opened.ok()) {
            source = opened.take().release();
        } else {
            showError(tr("Cannot open the MBTiles basemap"), opened.errorString());
            kind = BasemapKind::Vector;
            m_settings.basemap = kind;
            m_layersPanel->setSettings(m_settings);
        }
    }
    if (source) {
        m_tiles = std::make_shared<maps::TileLayer>(source);
        m_tiles->setName(source->name());
        m_tiles->setZOrder(kBasemapZ);
        connect(source, &maps::TileSource::offlineChanged, this, &MainWindow::updateNotice);
        m_canvas->layers()->addLayer(m_tiles);
    }
    // Over tiles the density is translucent, so streets show through.
    m_basemap->setVisible(kind == BasemapKind::Vector);
    m_settings.basemap = kind;
    updateChoroplethOpacity();
    updateNotice();
}

void MainWindow::restyleChoropleth()
{
    if (!m_density) {
        m_choropleth->setColors({});
        m_choropleth->setLegend({});
        return;
    }
    const ChoroplethStyle style = ChoroplethStyle::build(m_density->aggregation, m_boundaryIds, m_settings.metric,
                                                         m_settings.method, m_settings.classes);
    m_choropleth->setColors(style.colors, ChoroplethStyle::noDataColor());
    m_choropleth->setLegend(style.legend);
}

void MainWindow::densityReady(const DensityResult &result)
{
    qCInfo(lcUi) << "density of" << result.cameraCount << "cameras computed in" << result.elapsedMs << "ms";
    m_density = std::make_shared<DensityResult>(result);
    m_densityPanel->setAggregation(result.aggregation, m_boundaryIds);
    restyleChoropleth();
    m_cameras->setIndex(result.cameras);
    if (m_selectedCamera)
        m_canvas->setSelectedCameras({m_selectedCamera});
    const qint64 shown = result.cameras ? result.cameras->size() : 0;
    m_countLabel->setText(shown == result.cameraCount
                              ? tr("%1 cameras").arg(number(double(result.cameraCount)))
                              : tr("%1 of %2 cameras").arg(number(double(shown)), number(double(result.cameraCount))));
    emit densityUpdated();
}

void MainWindow::heatmapReady(const HeatmapResult &result)
{
    qCInfo(lcUi) << "heatmap" << result.grid.columns << "x" << result.grid.rows << "computed in" << result.elapsedMs << "ms";
    if (!result.grid.isValid()) {
        m_heatmap->setGrid({}, maps::HeatmapLayer::defaultRamp());
        return;
    }
    m_heatmap->setGrid(result.grid, maps::HeatmapLayer::defaultRamp(), 0.0f,
                       result.maxValue > 0 ? result.maxValue : 1.0f);
}

void MainWindow::viewportChanged()
{
    const maps::Viewport &vp = m_canvas->viewport();
    const double denominator = vp.scaleDenominator(logicalDpiX());
    double rounded = denominator;
    if (denominator > 1000) {
        const double magnitude = std::pow(10.0, std::floor(std::log10(denominator)) - 1);
        rounded = std::round(denominator / magnitude) * magnitude;
    }
    m_scaleLabel->setText(tr("Scale 1:%1  zoom %2").arg(number(rounded), number(vp.zoom(), 1)));
    if (m_settings.heatmap)
        m_runner->setHeatmapView(vp.visibleBounds(), std::clamp(vp.width(), 64, 1600));
    updateChoroplethOpacity();
}

void MainWindow::updateChoroplethOpacity()
{
    // A municipality's colour says nothing at street level, where it would hide the streets
    // and the cameras' cones: the density fades from zoom 11 to 15.
    const double base = m_settings.basemap == BasemapKind::Vector ? 0.92 : 0.6;
    const double zoom = m_canvas->viewport().zoom();
    const double fade = std::clamp((zoom - 11.0) / 4.0, 0.0, 1.0);
    const double opacity = std::round(base * (1.0 - 0.75 * fade) * 20.0) / 20.0;
    if (std::abs(m_choropleth->opacity() - opacity) > 1e-9)
        m_choropleth->setOpacity(opacity);
}

void MainWindow::cursorMoved(double lon, double lat)
{
    m_coordLabel->setText(QStringLiteral("%1° %2, %3° %4")
                              .arg(std::abs(lat), 0, 'f', 5)
                              .arg(lat >= 0 ? QLatin1Char('N') : QLatin1Char('S'))
                              .arg(std::abs(lon), 0, 'f', 5)
                              .arg(lon >= 0 ? QLatin1Char('E') : QLatin1Char('W')));
}

void MainWindow::mapClicked(double lon, double lat)
{
    selectCamera(0, false);
    if (!m_geometry)
        return;
    const QPointF screen = m_canvas->viewport().lonLatToScreen(lon, lat);
    const int index = m_geometry->boundaryAt(screen, m_canvas->viewport());
    const qint64 id = index >= 0 ? m_geometry->boundaries().at(index).id : 0;
    m_densityPanel->selectBoundary(id);
    if (index < 0 || !m_density)
        return;
    for (const analysis::BoundaryFigures &f : std::as_const(m_density->aggregation.boundaries)) {
        if (f.index < 0 || f.index >= m_boundaryIds.size() || m_boundaryIds.at(f.index) != id)
            continue;
        QString text = tr("%1: %2 cameras at %3 sites").arg(i18n::displayName(f.name), number(double(f.cameras)), number(double(f.sites)));
        if (f.camerasPer1000)
            text += tr(", %1 per 1,000 inhabitants").arg(number(*f.camerasPer1000, 3));
        if (f.camerasPerKm2)
            text += tr(", %1 per km²").arg(number(*f.camerasPerKm2, 3));
        statusBar()->showMessage(text, 10000);
        break;
    }
}

void MainWindow::updateNotice()
{
    QStringList notices;
    if (m_store && !m_store->notice().isEmpty())
        notices << m_store->notice();
    for (const auto &layer : m_canvas->layers()->layers())
        if (layer->isVisible() && !layer->statusNotice().isEmpty())
            notices << layer->statusNotice();
    notices.removeDuplicates();
    m_noticeLabel->setText(notices.join(QStringLiteral(" · ")));
}

void MainWindow::filterChanged(const domain::CameraFilter &filter)
{
    m_filter = filter;
    m_runner->setFilter(filter);
}

void MainWindow::selectCamera(qint64 cameraId, bool panTo)
{
    m_selectedCamera = cameraId;
    m_editor->cameraSelected(cameraId);
    if (!cameraId) {
        m_canvas->setSelectedCameras({});
        m_detailsPanel->clear();
        m_camerasPanel->selectCamera(0);
        return;
    }
    m_canvas->setSelectedCameras({cameraId});
    m_camerasPanel->selectCamera(cameraId);
    for (const domain::Site &site : std::as_const(m_sites)) {
        for (const domain::Camera &camera : site.cameras) {
            if (camera.id != cameraId)
                continue;
            m_detailsPanel->showCamera(site, camera);
            if (panTo) {
                maps::Viewport vp = m_canvas->viewport();
                vp.setCentre(site.position.lon, site.position.lat);
                vp.setZoom(std::max(vp.zoom(), 16.0));
                m_canvas->setViewport(vp);
            }
            return;
        }
    }
}

void MainWindow::zoomToBoundary(qint64 boundaryId)
{
    if (!m_geometry)
        return;
    const int index = m_geometry->indexOf(boundaryId);
    if (index < 0)
        return;
    m_canvas->fitBounds(worldRectToBounds(m_geometry->boundaries().at(index).worldBounds), 40);
}

bool MainWindow::isBusy() const
{
    return m_runner->isBusy();
}

void MainWindow::waitForIdle()
{
    m_runner->waitForIdle();
}

void MainWindow::about()
{
    QStringList attributions;
    const QString layerAttribution = boundaries::localisedSerbianLayer(m_boundaryLayer).attribution;
    if (!layerAttribution.isEmpty())
        attributions << layerAttribution.toHtmlEscaped();
    attributions << tr("Map tiles (when chosen): © OpenStreetMap contributors, ODbL.");
    attributions << tr("Colour schemes: ColorBrewer, Cynthia A. Brewer, Pennsylvania State University.");
    QMessageBox::about(
        this, tr("About Nadzor"),
        tr("<h3>Nadzor %1</h3>"
           "<p>Mapping surveillance cameras in Serbia: where they are, who runs them, and how "
           "densely they cover each municipality.</p>"
           "<p>Built with Qt %2, SQLite, GDAL and PROJ.</p>"
           "<p><b>Data</b><br>%3</p>")
            .arg(QStringLiteral(NADZOR_VERSION), QString::fromLatin1(qVersion()),
                 attributions.join(QStringLiteral("<br>"))));
}

} // namespace nadzor::ui
