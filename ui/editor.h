#pragma once
// The volunteer's editing workflow in the main window: "Add site" mode (click the map, type
// coordinates, or take a photo's GPS position), the duplicate warning, the camera form in the
// Details dock, photos, moving sites and setting directions on the map, delete with undo,
// review marks and the Review dock, the History dock and merging another volunteer's work. Edits go through EditController (one undoable store edit
// each); MainWindow reloads what it shows when the controller says the project changed.
#include "domain/site.h"

#include <QObject>
#include <functional>

class QAction;
class QMenu;
class QTabWidget;
class QToolBar;

namespace nadzor::store {
class ProjectStore;
}

namespace nadzor::ui {

class CameraForm;
class DetailsPanel;
class EditController;
class HistoryPanel;
class MainWindow;
class MergeWorkflow;
class PhotoStrip;
class PinTool;
class PromptBar;
class ReviewPanel;
class SiteEditTool;

class Editor : public QObject {
    Q_OBJECT
public:
    explicit Editor(MainWindow *window);
    ~Editor() override;

    EditController *controller() const { return m_controller; }
    // The Details dock's widget: the form (with photos) and the read-only summary.
    QWidget *detailsWidget(DetailsPanel *summary);
    void installActions(QMenu *edit, QMenu *panels, QToolBar *toolbar);
    void createDocks(QMenu *panels);

    // MainWindow's hooks.
    void setStore(store::ProjectStore *store);
    void dataReloaded();
    void cameraSelected(qint64 cameraId);

    // The workflow, as the actions run it.
    void setPinMode(bool on);
    bool pinMode() const;
    // Pins a camera at a point, asking first when a site is within the duplicate distance;
    // `then` gets the new camera's id.
    void pinAt(const domain::GeoPoint &position, std::function<void(qint64)> then = {});
    void addSiteAtCoordinatesDialog();
    void addCameraToCurrentSite();
    void deleteCurrent();
    void review(int status);  // domain::VerificationStatus
    void copyFromPrevious();
    void attachPhotoDialog();
    void attachPhotoFiles(const QStringList &paths);
    void addSiteFromPhotoDialog();
    // Edit > Purge Deleted Photos: asks, then removes deleted photos' bytes for good.
    void purgeDeletedPhotos();
    void addSiteFromPhoto(const QString &path, std::optional<domain::GeoPoint> fallback = std::nullopt);
    void preferencesDialog();

    CameraForm *form() const { return m_form; }
    PromptBar *prompt() const { return m_prompt; }
    ReviewPanel *reviewPanel() const { return m_review; }
    // The History dock (the journal, undo to here) and File ▸ Merge Volunteer's Work….
    HistoryPanel *historyPanel() const { return m_history; }
    MergeWorkflow *merge() const { return m_merge; }
    PhotoStrip *photoStrip() const { return m_photos; }
    SiteEditTool *editTool() const { return m_editTool; }
    QAction *pinAction() const { return m_pinAction; }
    QAction *moveAction() const { return m_moveAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *copyAction() const { return m_copyAction; }
    QAction *reviewAction(int status) const;
    qint64 currentCameraId() const { return m_cameraId; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateActions();
    void showMessage(const QString &text, int ms = 6000);
    void loadPhotos();
    void afterPin(qint64 cameraId);
    void showContextMenu(const QPoint &globalPos, qint64 cameraId);
    void offerPhotoPosition(qint64 cameraId, const domain::GeoPoint &gps);
    const domain::Site *siteOfCamera(qint64 cameraId, const domain::Camera **camera = nullptr) const;

    MainWindow *m_window;
    EditController *m_controller;
    PinTool *m_pinTool;
    SiteEditTool *m_editTool;
    PromptBar *m_prompt;
    CameraForm *m_form = nullptr;
    PhotoStrip *m_photos = nullptr;
    QTabWidget *m_tabs = nullptr;
    ReviewPanel *m_review = nullptr;
    HistoryPanel *m_history = nullptr;
    MergeWorkflow *m_merge = nullptr;
    qint64 m_cameraId = 0;
    qint64 m_previousCameraId = 0;

    QAction *m_pinAction = nullptr;
    QAction *m_coordinatesAction = nullptr;
    QAction *m_photoSiteAction = nullptr;
    QAction *m_addCameraAction = nullptr;
    QAction *m_moveAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_attachAction = nullptr;
    QAction *m_purgeAction = nullptr;
    QAction *m_verifyAction = nullptr;
    QAction *m_disputeAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_preferencesAction = nullptr;
};

} // namespace nadzor::ui
