#pragma once
// The volunteer's edits, as one place that changes the project: every edit is one store call
// (one transaction, one journal entry, committed to the file at once) mirrored by one command
// on a QUndoStack whose undo()/redo() call the store's. The journal is the truth: on opening a
// project the stack is rebuilt from it, so the history survives closing and reopening.
#include "domain/photo.h"
#include "domain/result.h"
#include "domain/site.h"
#include "ui/editpreferences.h"

#include <QObject>
#include <optional>

class QUndoStack;

namespace nadzor::store {
class ProjectStore;
struct MergeOutcome;
}
namespace nadzor::merge {
class MergePlan;
class MergeSource;
}

namespace nadzor::ui {

struct NearbySite {
    domain::Site site;
    double metres = 0.0;
};

struct AttachedPhoto {
    qint64 photoId = 0;
    domain::PhotoMetadata metadata;  // read before the metadata was stripped
};

class EditController : public QObject {
    Q_OBJECT
public:
    explicit EditController(QObject *parent = nullptr);
    ~EditController() override;

    // The store edits go to (not owned); nullptr when no project is open. Rebuilds the stack.
    void setStore(store::ProjectStore *store);
    store::ProjectStore *store() const { return m_store; }
    bool isWritable() const;
    QUndoStack *undoStack() const { return m_stack; }

    const EditPreferences &preferences() const { return m_preferences; }
    void setPreferences(const EditPreferences &preferences);

    // A new site at `position` with one camera (a copy of `camera`); the new camera's id.
    domain::Result<qint64> pinCamera(const domain::GeoPoint &position, const domain::Camera &camera = defaultCamera());
    // A new camera at an existing site; its id.
    domain::Result<qint64> addCamera(qint64 siteId, const domain::Camera &camera = defaultCamera());
    domain::Status updateCamera(const domain::Camera &camera);
    // Position, address, description.
    domain::Status updateSite(const domain::Site &site);
    domain::Status moveSite(qint64 siteId, const domain::GeoPoint &position);
    // Deletes a camera; the last camera of a site takes its site with it. The message for the
    // status bar ("Deleted site 12 (Knez Mihailova 5) — Undo (Ctrl+Z)") goes to *summary.
    domain::Status deleteCamera(qint64 cameraId, QString *summary = nullptr);
    // Sets the review status with the preferences' author and the current UTC time.
    domain::Status review(qint64 cameraId, domain::VerificationStatus status);
    // Stores a photo for a camera (stripped of its metadata by the store).
    domain::Result<AttachedPhoto> attachPhoto(qint64 cameraId, const QByteArray &bytes, const QString &fileName);
    domain::Status deletePhoto(qint64 photoId);
    // Removes the bytes of deleted photos from the project file for good (ProjectStore::
    // purgeDeletedPhotos); edits made before it can no longer be undone. The number purged.
    domain::Result<qint64> purgeDeletedPhotos();
    // Writes a decided merge plan (app/merge: MergeApplier) as one undoable step whose journal
    // entry names the source file and its contributors. When the plan writes nothing, no step
    // is made (the outcome's journalId is 0).
    domain::Result<store::MergeOutcome> applyMerge(const merge::MergePlan &plan, const merge::MergeSource &source);

    // The nearest site within the duplicate distance of the preferences, if any.
    std::optional<NearbySite> nearbySite(const domain::GeoPoint &position, qint64 excludeSiteId = 0) const;
    // Great-circle distance in metres.
    static double distanceMetres(const domain::GeoPoint &a, const domain::GeoPoint &b);
    static domain::Camera defaultCamera();

    // Undo/redo through the stack (and so the store); false with a message on failure.
    bool undo();
    bool redo();
    // Rebuilds the stack from the store's journal (after an import or another change made
    // directly on the store); cheap enough to call after every reload.
    void syncWithJournal();

signals:
    // The project changed (an edit, an undo or a redo): reload what is shown.
    void changed();
    void failed(const QString &message);

private:
    friend class StoreCommand;
    domain::Status recorded(domain::Status status);
    bool storeStep(bool undo);

    store::ProjectStore *m_store = nullptr;
    QUndoStack *m_stack = nullptr;
    EditPreferences m_preferences;
    bool m_replaying = false;
    bool m_stepOk = true;  // while the stack is rebuilt, its commands do nothing
};

} // namespace nadzor::ui
