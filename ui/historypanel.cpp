#include "ui/historypanel.h"

#include "store/journalentry.h"
#include "store/projectstore.h"
#include "ui/editcontroller.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nadzor::ui {

namespace {

struct ActionName {
    const char *key;
    const char *label;
};

const ActionName kActions[] = {
    {"add_site", QT_TRANSLATE_NOOP("HistoryPanel", "Add site")},
    {"update_site", QT_TRANSLATE_NOOP("HistoryPanel", "Change site")},
    {"delete_site", QT_TRANSLATE_NOOP("HistoryPanel", "Delete site")},
    {"add_camera", QT_TRANSLATE_NOOP("HistoryPanel", "Add camera")},
    {"update_camera", QT_TRANSLATE_NOOP("HistoryPanel", "Change camera")},
    {"delete_camera", QT_TRANSLATE_NOOP("HistoryPanel", "Delete camera")},
    {"add_photo", QT_TRANSLATE_NOOP("HistoryPanel", "Add photo")},
    {"delete_photo", QT_TRANSLATE_NOOP("HistoryPanel", "Delete photo")},
    {"import", QT_TRANSLATE_NOOP("HistoryPanel", "Import")},
    {"save_boundary_layer", QT_TRANSLATE_NOOP("HistoryPanel", "Add boundaries")},
    {"delete_boundary_layer", QT_TRANSLATE_NOOP("HistoryPanel", "Delete boundaries")},
    {"merge", QT_TRANSLATE_NOOP("HistoryPanel", "Merge")},
    {"add_slide", QT_TRANSLATE_NOOP("HistoryPanel", "Add slide")},
    {"update_slide", QT_TRANSLATE_NOOP("HistoryPanel", "Change slide")},
    {"delete_slide", QT_TRANSLATE_NOOP("HistoryPanel", "Delete slide")},
    {"move_slide", QT_TRANSLATE_NOOP("HistoryPanel", "Move slide")},
};

} // namespace

HistoryPanel::HistoryPanel(EditController *controller, QWidget *parent) : QWidget(parent), m_controller(controller)
{
    m_view = new QTreeWidget(this);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setHeaderLabels({tr("Time"), tr("Author"), tr("Action"), tr("Summary")});
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(Time, m_view->fontMetrics().horizontalAdvance(QStringLiteral("▶ 22/11/2025 22:22")) + 24);
    m_view->setColumnWidth(Author, 90);
    m_view->setColumnWidth(Action, 110);

    m_undoTo = new QPushButton(tr("Undo to Here"), this);
    m_undoTo->setObjectName(QStringLiteral("undoToHereButton"));
    m_undoTo->setToolTip(tr("Undo (or redo) the project to the state right after the selected entry"));

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_undoTo);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) { activate(item); });
    connect(m_view, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });
    connect(m_view, &QTreeWidget::currentItemChanged, this, &HistoryPanel::updateButton);
    connect(m_undoTo, &QPushButton::clicked, this, [this] { activate(m_view->currentItem()); });
    connect(m_controller, &EditController::changed, this, [this] {
        if (!m_stepping)
            refresh();
    });
    refresh();
}

QString HistoryPanel::actionLabel(const QString &action)
{
    for (const ActionName &a : kActions)
        if (action == QLatin1String(a.key))
            return QCoreApplication::translate("HistoryPanel", a.label);
    return action;
}

void HistoryPanel::refresh()
{
    const qint64 selected = m_view->currentItem() ? m_view->currentItem()->data(0, JournalIdRole).toLongLong() : -1;
    m_view->clear();
    store::ProjectStore *store = m_controller->store();
    QList<store::JournalEntry> entries;
    if (store) {
        auto journal = store->journal();
        if (journal.ok())
            entries = journal.take();
    }
    qint64 current = 0;  // the newest applied entry
    for (const store::JournalEntry &e : std::as_const(entries))
        if (!e.undone && !e.discarded)
            current = std::max(current, e.id);

    const QLocale locale;
    QList<QTreeWidgetItem *> items;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const store::JournalEntry &e = *it;
        auto *item = new QTreeWidgetItem;
        const bool isCurrent = e.id == current;
        item->setText(Time, (isCurrent ? QStringLiteral("▶ ") : QString())
                                + locale.toString(e.at.toLocalTime(), QLocale::ShortFormat));
        item->setText(Author, e.author);
        item->setText(Action, actionLabel(e.action));
        item->setText(Summary, e.summary);
        item->setToolTip(Summary, e.summary);
        item->setData(0, JournalIdRole, e.id);
        item->setData(0, CurrentRole, isCurrent);
        item->setData(0, AvailableRole, !e.discarded);
        for (int c = 0; c < ColumnCount; ++c) {
            QFont font = item->font(c);
            font.setBold(isCurrent);
            font.setStrikeOut(e.discarded);
            item->setFont(c, font);
            if (e.undone || e.discarded)
                item->setForeground(c, m_view->palette().brush(QPalette::Disabled, QPalette::Text));
        }
        if (e.discarded)
            item->setToolTip(Action, tr("Undone, then given up when a new edit followed: it cannot be redone"));
        else if (e.undone)
            item->setToolTip(Action, tr("Undone: double-click to redo up to here"));
        items << item;
    }
    auto *start = new QTreeWidgetItem;
    start->setText(Time, current == 0 ? QStringLiteral("▶") : QString());
    start->setText(Summary, tr("Start of history (everything undone)"));
    start->setData(0, JournalIdRole, qint64(0));
    start->setData(0, CurrentRole, current == 0);
    start->setData(0, AvailableRole, store != nullptr);
    QFont font = start->font(Summary);
    font.setItalic(true);
    font.setBold(current == 0);
    start->setFont(Summary, font);
    items << start;
    m_view->addTopLevelItems(items);

    for (QTreeWidgetItem *item : std::as_const(items))
        if (item->data(0, JournalIdRole).toLongLong() == selected)
            m_view->setCurrentItem(item);
    updateButton();
}

int HistoryPanel::currentRow() const
{
    for (int row = 0; row < m_view->topLevelItemCount(); ++row)
        if (m_view->topLevelItem(row)->data(0, CurrentRole).toBool())
            return row;
    return -1;
}

void HistoryPanel::updateButton()
{
    QTreeWidgetItem *item = m_view->currentItem();
    m_undoTo->setEnabled(item && m_controller->isWritable() && item->data(0, AvailableRole).toBool()
                         && !item->data(0, CurrentRole).toBool());
}

void HistoryPanel::activate(QTreeWidgetItem *item)
{
    if (!item || !item->data(0, AvailableRole).toBool() || item->data(0, CurrentRole).toBool())
        return;
    undoTo(item->data(0, JournalIdRole).toLongLong());
}

bool HistoryPanel::undoTo(qint64 journalId)
{
    store::ProjectStore *store = m_controller->store();
    if (!store || !m_controller->isWritable())
        return false;
    bool ok = true;
    m_stepping = true;
    for (;;) {
        auto journal = store->journal();
        if (!journal.ok()) {
            ok = false;
            break;
        }
        qint64 newestApplied = 0;
        qint64 oldestRedoable = 0;
        bool target = journalId == 0;
        for (const store::JournalEntry &e : journal.value()) {
            if (e.id == journalId)
                target = !e.discarded;
            if (e.discarded)
                continue;
            if (!e.undone)
                newestApplied = std::max(newestApplied, e.id);
            else if (!oldestRedoable || e.id < oldestRedoable)
                oldestRedoable = e.id;
        }
        if (!target) {
            ok = false;
            break;
        }
        if (newestApplied > journalId) {
            if (!(ok = m_controller->undo()))
                break;
        } else if (oldestRedoable && oldestRedoable <= journalId) {
            if (!(ok = m_controller->redo()))
                break;
        } else {
            break;
        }
    }
    m_stepping = false;
    refresh();
    return ok;
}

} // namespace nadzor::ui
