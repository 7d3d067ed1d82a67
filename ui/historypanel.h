#pragma once
// The History dock: the project's edit journal, newest first: when (in the locale's format),
// who, what and the one-line summary (a merge names the file and its contributors). The
// current undo position is marked (▶, bold); entries after it are undone (grey) and can be
// redone; entries given up for redo are shown struck through. Double-clicking an entry, or
// "Undo to Here", undoes (or redoes) the project to the state right after that entry; the
// last row, "Start of history", undoes everything. Follows every edit, undo, redo, import and
// reopening (refresh()).
#include <QWidget>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace nadzor::ui {

class EditController;

class HistoryPanel : public QWidget {
    Q_OBJECT
public:
    enum Column { Time, Author, Action, Summary, ColumnCount };
    enum Role { JournalIdRole = Qt::UserRole + 1, CurrentRole, AvailableRole };

    explicit HistoryPanel(EditController *controller, QWidget *parent = nullptr);

    // Reads the journal again.
    void refresh();
    // Undoes or redoes until the newest applied entry is `journalId` (0: before every entry);
    // false (the controller reports why) when a step fails or the entry was given up.
    bool undoTo(qint64 journalId);

    QTreeWidget *view() const { return m_view; }
    QPushButton *undoToHereButton() const { return m_undoTo; }
    // The row marked as the current position (0 is the newest row).
    int currentRow() const;

    // "Add site", "Merge", ... for a journal action key.
    static QString actionLabel(const QString &action);

private:
    void activate(QTreeWidgetItem *item);
    void updateButton();

    EditController *m_controller;
    QTreeWidget *m_view = nullptr;
    QPushButton *m_undoTo = nullptr;
    bool m_stepping = false;
};

} // namespace nadzor::ui
