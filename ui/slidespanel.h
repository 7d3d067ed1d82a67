#pragma once
// The Slides dock: the project's saved views in presentation order. Add the current view
// (Ctrl+M), rename (F2), move up and down (buttons or drag), delete, double-click to go to a
// slide, and present from the selected one. Every change is one
// undoable edit of the project (ProjectStore's slide API).
#include "domain/result.h"
#include "domain/slide.h"

#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace nadzor::store {
class ProjectStore;
}

namespace nadzor::ui {

class SlidesPanel : public QWidget {
    Q_OBJECT
public:
    explicit SlidesPanel(QWidget *parent = nullptr);

    // The project whose slides are listed; nullptr empties the list.
    void setStore(store::ProjectStore *store);
    // Reads the slides again (after an undo, a redo or another change), keeping the selection.
    void reload();
    const QList<domain::Slide> &slides() const { return m_slides; }
    // The selected slide's index, or -1.
    int currentIndex() const;
    void setCurrentIndex(int index);

    // The edits, as the buttons do them; errors are shown by the caller.
    domain::Result<qint64> addSlide(domain::Slide slide);
    domain::Status renameSlide(int index, const QString &title);
    domain::Status moveSlide(int index, int newIndex);
    domain::Status deleteSlide(int index);

    QListWidget *list() const { return m_list; }

signals:
    // "Add slide" was pressed: the owner captures the current view and calls addSlide().
    void addRequested();
    // A slide was double-clicked (or Enter pressed on it).
    void slideActivated(int index);
    void presentRequested(int index);
    // Something failed; `message` says what.
    void failed(const QString &title, const QString &message);
    void slidesChanged();

private:
    void fill();
    void updateButtons();
    void itemRenamed(QListWidgetItem *item);
    void rowsDropped();
    void report(const QString &title, const domain::Status &status);

    store::ProjectStore *m_store = nullptr;
    QList<domain::Slide> m_slides;
    QListWidget *m_list = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
    QToolButton *m_delete = nullptr;
    QToolButton *m_present = nullptr;
    bool m_filling = false;
};

} // namespace nadzor::ui
