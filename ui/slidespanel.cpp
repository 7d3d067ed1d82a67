#include "ui/slidespanel.h"

#include "store/projectstore.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QListWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace nadzor::ui {

SlidesPanel::SlidesPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("slidesPanel"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("slideList"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_list->setAlternatingRowColors(true);

    const auto button = [this](const QString &name, const QString &text, const QString &tip, QStyle::StandardPixmap icon) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        b->setIcon(style()->standardIcon(icon));
        b->setToolButtonStyle(Qt::ToolButtonIconOnly);
        b->setAutoRaise(true);
        return b;
    };
    m_add = button(QStringLiteral("addSlide"), tr("Add"), tr("Add a slide of the current view (Ctrl+M)"),
                   QStyle::SP_FileDialogNewFolder);
    m_up = button(QStringLiteral("slideUp"), tr("Up"), tr("Move the slide up"), QStyle::SP_ArrowUp);
    m_down = button(QStringLiteral("slideDown"), tr("Down"), tr("Move the slide down"), QStyle::SP_ArrowDown);
    m_delete = button(QStringLiteral("deleteSlide"), tr("Delete"), tr("Delete the slide"), QStyle::SP_TrashIcon);
    m_present = button(QStringLiteral("presentSlides"), tr("Present"), tr("Present from the selected slide (F5)"),
                       QStyle::SP_MediaPlay);
    m_present->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(2);
    for (QToolButton *b : {m_add, m_up, m_down, m_delete})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_present);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);

    connect(m_add, &QToolButton::clicked, this, &SlidesPanel::addRequested);
    connect(m_up, &QToolButton::clicked, this, [this] {
        const int i = currentIndex();
        report(tr("Cannot move the slide"), moveSlide(i, i - 1));
    });
    connect(m_down, &QToolButton::clicked, this, [this] {
        const int i = currentIndex();
        report(tr("Cannot move the slide"), moveSlide(i, i + 1));
    });
    connect(m_delete, &QToolButton::clicked, this, [this] {
        report(tr("Cannot delete the slide"), deleteSlide(currentIndex()));
    });
    connect(m_present, &QToolButton::clicked, this, [this] { emit presentRequested(std::max(0, currentIndex())); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        emit slideActivated(m_list->row(item));
    });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit slideActivated(m_list->row(item));
    });
    connect(m_list, &QListWidget::itemChanged, this, &SlidesPanel::itemRenamed);
    connect(m_list, &QListWidget::currentRowChanged, this, &SlidesPanel::updateButtons);
    // A drag and drop inside the list moves a row: store the new order.
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, &SlidesPanel::rowsDropped, Qt::QueuedConnection);
    updateButtons();
}

void SlidesPanel::setStore(store::ProjectStore *store)
{
    m_store = store;
    reload();
}

void SlidesPanel::reload()
{
    QList<domain::Slide> slides;
    if (m_store) {
        auto read = m_store->slides();
        if (read)
            slides = read.value();
        else
            emit failed(tr("Cannot read the slides"), read.errorString());
    }
    if (slides == m_slides && m_list->count() == slides.size())
        return;
    const qint64 selected = currentIndex() >= 0 ? m_slides.value(currentIndex()).id : 0;
    m_slides = slides;
    fill();
    for (int i = 0; i < m_slides.size(); ++i)
        if (m_slides[i].id == selected)
            m_list->setCurrentRow(i);
    emit slidesChanged();
}

void SlidesPanel::fill()
{
    m_filling = true;
    m_list->clear();
    for (int i = 0; i < m_slides.size(); ++i) {
        const domain::Slide &s = m_slides[i];
        auto *item = new QListWidgetItem(s.title.isEmpty() ? tr("Untitled") : s.title, m_list);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsDragEnabled);
        QStringList layers;
        if (s.choropleth)
            layers << tr("density");
        if (s.heatmap)
            layers << tr("heatmap");
        if (s.cameras)
            layers << tr("cameras");
        item->setToolTip(tr("Slide %1: zoom %2; %3%4")
                             .arg(i + 1)
                             .arg(s.zoom, 0, 'f', 1)
                             .arg(layers.join(QStringLiteral(", ")),
                                  s.filter.isEmpty() ? QString() : tr("; filter %1").arg(s.filter.join(QStringLiteral("; ")))));
    }
    m_filling = false;
    updateButtons();
}

int SlidesPanel::currentIndex() const
{
    return m_list->currentRow();
}

void SlidesPanel::setCurrentIndex(int index)
{
    m_list->setCurrentRow(index);
}

void SlidesPanel::updateButtons()
{
    const int i = currentIndex();
    const bool writable = m_store && !m_store->isReadOnly();
    m_add->setEnabled(writable);
    m_up->setEnabled(writable && i > 0);
    m_down->setEnabled(writable && i >= 0 && i + 1 < m_slides.size());
    m_delete->setEnabled(writable && i >= 0);
    m_present->setEnabled(!m_slides.isEmpty());
}

domain::Result<qint64> SlidesPanel::addSlide(domain::Slide slide)
{
    if (!m_store)
        return domain::makeError(tr("No project is open."));
    auto added = m_store->addSlide(slide);
    if (added) {
        reload();
        m_list->setCurrentRow(slide.position);
    }
    return added;
}

domain::Status SlidesPanel::renameSlide(int index, const QString &title)
{
    if (!m_store || index < 0 || index >= m_slides.size())
        return domain::makeError(tr("No slide %1.").arg(index + 1));
    domain::Slide s = m_slides[index];
    if (s.title == title.trimmed())
        return {};
    s.title = title.trimmed();
    const domain::Status status = m_store->updateSlide(s);
    reload();
    return status;
}

domain::Status SlidesPanel::moveSlide(int index, int newIndex)
{
    if (!m_store || index < 0 || index >= m_slides.size())
        return domain::makeError(tr("No slide %1.").arg(index + 1));
    if (newIndex < 0 || newIndex >= m_slides.size())
        return {};
    const qint64 id = m_slides[index].id;
    const domain::Status status = m_store->moveSlide(id, newIndex);
    m_slides.clear();  // the list shows the dropped order: read it again in any case
    reload();
    for (int i = 0; i < m_slides.size(); ++i)
        if (m_slides[i].id == id)
            m_list->setCurrentRow(i);
    return status;
}

domain::Status SlidesPanel::deleteSlide(int index)
{
    if (!m_store || index < 0 || index >= m_slides.size())
        return domain::makeError(tr("No slide %1.").arg(index + 1));
    const domain::Status status = m_store->deleteSlide(m_slides[index].id);
    reload();
    if (!m_slides.isEmpty())
        m_list->setCurrentRow(std::min(index, int(m_slides.size()) - 1));
    return status;
}

void SlidesPanel::itemRenamed(QListWidgetItem *item)
{
    if (m_filling || !item)
        return;
    const int row = m_list->row(item);
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    for (int i = 0; i < m_slides.size(); ++i) {
        if (m_slides[i].id == id && m_slides[i].title != item->text() && i == row) {
            report(tr("Cannot rename the slide"), renameSlide(i, item->text()));
            return;
        }
    }
}

void SlidesPanel::rowsDropped()
{
    if (m_filling)
        return;
    QList<qint64> shown, stored;
    for (int row = 0; row < m_list->count(); ++row)
        shown << m_list->item(row)->data(Qt::UserRole).toLongLong();
    for (const domain::Slide &s : std::as_const(m_slides))
        stored << s.id;
    if (shown == stored)
        return;
    // A drop moves one slide: find which, and where to.
    for (int from = 0; from < stored.size(); ++from) {
        for (int to = 0; to < stored.size(); ++to) {
            QList<qint64> moved = stored;
            moved.move(from, to);
            if (moved == shown) {
                report(tr("Cannot move the slide"), moveSlide(from, to));
                return;
            }
        }
    }
    m_slides.clear();
    reload();
}

void SlidesPanel::report(const QString &title, const domain::Status &status)
{
    if (!status)
        emit failed(title, status.errorString());
}

} // namespace nadzor::ui
