#pragma once
// The main window: the map in the centre; Layers, Cameras, Density and Details docks; menus,
// toolbar and status bar. It works on one project file at a time; every edit is committed to
// the file by the store as it is made, so there is never anything unsaved.
#include "domain/boundary.h"
#include "domain/camerafilter.h"
#include "domain/site.h"
#include "ui/mapsettings.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;

namespace nadzor::store {
class ProjectStore;
}
namespace nadzor::maps {
class BoundaryGeometry;
class BoundaryLayer;
class CameraLayer;
class ChoroplethLayer;
class HeatmapLayer;
class MapCanvas;
class TileLayer;
}

namespace nadzor::ui {

class AnalysisRunner;
class CamerasPanel;
class DensityPanel;
class DetailsPanel;
class Editor;
class LayersPanel;
class PresentationController;
struct DensityResult;
struct HeatmapResult;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a project file; on failure shows the store's message and keeps what was open.
    // With `createIfMissing`, a file that does not exist is created as a new project.
    bool openProject(const QString &path, bool createIfMissing = false);
    // Creates (or reopens) the default project in the application data folder.
    bool openDefaultProject();
    // The default project's path: <AppDataLocation>/Untitled.nadzor.
    static QString defaultProjectPath();

    // Imports a camera file into the project in one undoable step; false (with a message) on error.
    bool importCameras(const QString &path);
    // Saves a boundary layer into the project (one undoable step) and makes it the map's and
    // the density table's layer; false (with a message) on error.
    bool saveBoundaryLayer(domain::BoundaryLayer &layer);
    // Exports the cameras that pass the current filter; the format follows the file's suffix.
    bool exportCameras(const QString &path);

    QString projectPath() const;
    bool hasProject() const;
    const domain::BoundaryLayer &boundaryLayer() const { return m_boundaryLayer; }
    const QList<domain::Site> &sites() const { return m_sites; }
    const MapSettings &mapSettings() const { return m_settings; }
    void applyMapSettings(const MapSettings &settings);
    // The project and the camera filter, for slides, presentation mode and reports.
    store::ProjectStore *projectStore() const { return m_store.get(); }
    const domain::CameraFilter &cameraFilter() const { return m_filter; }
    void setCameraFilter(const domain::CameraFilter &filter) { filterChanged(filter); }
    PresentationController *presentation() const { return m_presentation; }

    // For tests and the screenshots: the widgets and the layers.
    maps::MapCanvas *canvas() const { return m_canvas; }
    LayersPanel *layersPanel() const { return m_layersPanel; }
    CamerasPanel *camerasPanel() const { return m_camerasPanel; }
    DensityPanel *densityPanel() const { return m_densityPanel; }
    DetailsPanel *detailsPanel() const { return m_detailsPanel; }
    // The editing workflow: pinning, the camera form, photos, review (see Editor).
    Editor *editor() const { return m_editor; }
    maps::ChoroplethLayer *choroplethLayer() const { return m_choropleth.get(); }
    maps::HeatmapLayer *heatmapLayer() const { return m_heatmap.get(); }
    maps::CameraLayer *cameraLayer() const { return m_cameras.get(); }
    maps::BoundaryLayer *boundaryOverlay() const { return m_outlines.get(); }
    maps::BoundaryLayer *vectorBasemap() const { return m_basemap.get(); }
    AnalysisRunner *analysis() const { return m_runner; }
    // Whether aggregation or heatmap work is scheduled or running.
    bool isBusy() const;
    // Runs the pending work to the end (tests, screenshots).
    void waitForIdle();

    // Selects a camera (map highlight, table row, details); 0 clears.
    void selectCamera(qint64 cameraId, bool panTo);
    // Zooms the map to a municipality of the current boundary layer.
    void zoomToBoundary(qint64 boundaryId);

signals:
    void projectOpened(const QString &path);
    // The density figures and the choropleth were brought up to date.
    void densityUpdated();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createDocks();
    void createStatusBar();
    void restoreSettings();
    void applyDefaultDockSizes();
    void saveSettings() const;

    bool adoptStore(std::unique_ptr<store::ProjectStore> store, bool isNew);
    bool reloadData();
    void setBoundaryLayer(const domain::BoundaryLayer &layer);
    void showError(const QString &title, const QString &text);

    void newProject();
    void openProjectDialog();
    void importDialog();
    void importBoundariesDialog();
    void exportDialog();
    void undo();
    void redo();
    void about();
    void updateRecentMenu();
    void updateActions();
    void updateTitle();

    void setBasemap(BasemapKind kind, const QString &mbtilesPath);
    void restyleChoropleth();
    void updateChoroplethOpacity();
    void densityReady(const DensityResult &result);
    void heatmapReady(const HeatmapResult &result);
    void viewportChanged();
    void cursorMoved(double lon, double lat);
    void mapClicked(double lon, double lat);
    void updateNotice();
    void filterChanged(const domain::CameraFilter &filter);

    std::unique_ptr<store::ProjectStore> m_store;
    domain::BoundaryLayer m_boundaryLayer;
    QVector<qint64> m_boundaryIds;
    std::shared_ptr<const maps::BoundaryGeometry> m_geometry;
    QList<domain::Site> m_sites;
    domain::CameraFilter m_filter;
    MapSettings m_settings;
    std::shared_ptr<DensityResult> m_density;

    maps::MapCanvas *m_canvas = nullptr;
    std::shared_ptr<maps::BoundaryLayer> m_basemap;
    std::shared_ptr<maps::TileLayer> m_tiles;
    std::shared_ptr<maps::ChoroplethLayer> m_choropleth;
    std::shared_ptr<maps::HeatmapLayer> m_heatmap;
    std::shared_ptr<maps::BoundaryLayer> m_outlines;
    std::shared_ptr<maps::CameraLayer> m_cameras;
    AnalysisRunner *m_runner = nullptr;

    LayersPanel *m_layersPanel = nullptr;
    PresentationController *m_presentation = nullptr;  // slides, presentation, reports
    CamerasPanel *m_camerasPanel = nullptr;
    DensityPanel *m_densityPanel = nullptr;
    DetailsPanel *m_detailsPanel = nullptr;
    Editor *m_editor = nullptr;
    QDockWidget *m_layersDock = nullptr;
    QDockWidget *m_camerasDock = nullptr;
    QDockWidget *m_densityDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomFullAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;

    QLabel *m_coordLabel = nullptr;
    QLabel *m_scaleLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QLabel *m_busyLabel = nullptr;
    qint64 m_selectedCamera = 0;
    bool m_fitOnShow = false;
    bool m_stateRestored = false;  // fit the municipalities once the canvas has its real size
};

} // namespace nadzor::ui
