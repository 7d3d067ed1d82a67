#include "ui/cameraspanel.h"

#include "ui/camerafilterform.h"
#include "ui/cameraproxymodel.h"
#include "ui/cameratablemodel.h"
#include "ui/searchbox.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace nadzor::ui {

CamerasPanel::CamerasPanel(QWidget *parent) : QWidget(parent)
{
    m_search = new SearchBox(tr("Search notes, address, model, manufacturer, operator…"), 250, this);
    m_search->setObjectName(QStringLiteral("cameraSearch"));
    m_form = new CameraFilterForm(this);
    m_form->setObjectName(QStringLiteral("cameraFilterForm"));

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("cameraCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_model = new CameraTableModel(this);
    m_proxy = new CameraProxyModel(this);
    m_proxy->setSourceModel(m_model);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("cameraTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CameraTableModel::Id, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(CameraTableModel::Id, 56);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addWidget(m_form);
    layout->addWidget(m_count);
    layout->addWidget(m_view, 1);

    connect(m_search, &SearchBox::searchChanged, this, &CamerasPanel::applyFilter);
    connect(m_form, &CameraFilterForm::changed, this, &CamerasPanel::applyFilter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_selecting || !current.isValid())
                    return;
                emit cameraActivated(current.data(CameraTableModel::CameraIdRole).toLongLong());
            });
    updateCount();
}

void CamerasPanel::setSites(const QList<domain::Site> &sites)
{
    m_model->setSites(sites);
    m_form->setSites(sites);
    updateCount();
}

domain::CameraFilter CamerasPanel::filter() const
{
    domain::CameraFilter f = m_form->filter();
    f.text = m_search->text().trimmed();
    return f;
}

void CamerasPanel::applyFilter()
{
    const domain::CameraFilter f = filter();
    m_proxy->setCameraFilter(f);
    updateCount();
    emit filterChanged(f);
}

void CamerasPanel::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n camera(s)", nullptr, total)
                                    : tr("%1 of %n camera(s)", nullptr, total).arg(shown));
}

void CamerasPanel::selectCamera(qint64 cameraId)
{
    m_selecting = true;
    const int row = cameraId ? m_model->rowOfCamera(cameraId) : -1;
    const QModelIndex index = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clearSelection();
    }
    m_selecting = false;
}

void CamerasPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace nadzor::ui
