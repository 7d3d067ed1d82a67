#pragma once
// File ▸ Merge Volunteer's Work…: another volunteer's project (*.nadzor) or any camera file the
// importers read is loaded and compared with the project (app/merge: MergeSource, MergePlanner)
// on a worker thread, through a read-only connection of its own to the project file; then
// MergeReviewDialog shows the likely duplicates pair by pair, and Apply writes the decided plan
// as one undoable step whose journal entry names the file and its contributors.
#include "merge/mergeplan.h"
#include "merge/mergesource.h"
#include "ui/mergereviewdialog.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <memory>

class QAction;

namespace nadzor::ui {

class EditController;
class MainWindow;

class MergeWorkflow : public QObject {
    Q_OBJECT
public:
    MergeWorkflow(MainWindow *window, EditController *controller, QObject *parent = nullptr);
    ~MergeWorkflow() override;

    QAction *action() const { return m_action; }
    // Asks for the file, then start().
    void chooseFile();
    // Starts comparing `path` with the project in the background; the review dialog opens
    // when that is done (reviewReady). False (with a message) when there is no writable
    // project or a merge is already being prepared.
    bool start(const QString &path);
    bool isPreparing() const;
    // Blocks until the comparison is done and the dialog is open (tests, screenshots).
    void waitForReview();
    // The open review dialog, or nullptr.
    MergeReviewDialog *dialog() const { return m_dialog; }
    // Writes what the dialog decided (what Apply does); the new journal entry's id, 0 when
    // nothing was written, -1 on error.
    qint64 apply();
    void updateEnabled();

signals:
    void reviewReady(MergeReviewDialog *dialog);
    // A merge was written (journalId of its entry) or failed.
    void merged(qint64 journalId, const QString &summary);
    void failed(const QString &message);

private:
    struct Prepared {
        std::shared_ptr<merge::MergeSource> source;
        std::shared_ptr<merge::MergePlan> plan;
        QString error;
    };
    static Prepared prepare(const QString &projectPath, const QString &sourcePath);
    void prepared();
    void showError(const QString &message);

    MainWindow *m_window;
    EditController *m_controller;
    QAction *m_action = nullptr;
    QFutureWatcher<Prepared> m_watcher;
    std::shared_ptr<merge::MergeSource> m_source;
    QPointer<MergeReviewDialog> m_dialog;
    QString m_path;
};

} // namespace nadzor::ui
