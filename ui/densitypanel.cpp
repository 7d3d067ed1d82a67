#include "ui/densitypanel.h"

#include "ui/densityproxymodel.h"
#include "ui/densitytablemodel.h"
#include "ui/searchbox.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace nadzor::ui {

DensityPanel::DensityPanel(QWidget *parent) : QWidget(parent)
{
    m_filter = new SearchBox(tr("Filter municipalities…"), 0, this);
    m_filter->setObjectName(QStringLiteral("densityFilter"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("densitySummary"));
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_model = new DensityTableModel(this);
    m_proxy = new DensityProxyModel(this);
    m_proxy->setSourceModel(m_model);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("densityTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DensityTableModel::Per1000, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setColumnWidth(DensityTableModel::Name, 124);
    for (int c = DensityTableModel::Cameras; c < DensityTableModel::ColumnCount; ++c) {
        const QString title = m_model->headerData(c, Qt::Horizontal).toString();
        // Room for the title and the sort arrow.
        m_view->setColumnWidth(c, std::max(64, m_view->fontMetrics().horizontalAdvance(title) + 26));
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_filter);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_filter, &SearchBox::searchChanged, m_proxy, &DensityProxyModel::setFilterText);
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit boundaryActivated(index.data(DensityTableModel::BoundaryIdRole).toLongLong());
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit boundaryActivated(index.data(DensityTableModel::BoundaryIdRole).toLongLong());
    });
}

void DensityPanel::setAggregation(const analysis::Aggregation &aggregation, const QVector<qint64> &boundaryIds)
{
    m_model->setAggregation(aggregation, boundaryIds);
    QString text = tr("%1 cameras at %2 sites in %3 municipalities")
                       .arg(DensityTableModel::formatNumber(double(aggregation.cameras - aggregation.outsideCameras), 0),
                            DensityTableModel::formatNumber(double(aggregation.sites - aggregation.outsideSites), 0))
                       .arg(aggregation.boundaries.size());
    if (aggregation.outsideCameras > 0)
        text += tr("; %1 outside every municipality")
                    .arg(DensityTableModel::formatNumber(double(aggregation.outsideCameras), 0));
    if (!aggregation.filterDescription.isEmpty())
        text += QStringLiteral("\n") + tr("Counting: %1").arg(aggregation.filterDescription);
    m_summaryText = text;
    setBusy(m_busy);
}

void DensityPanel::selectBoundary(qint64 boundaryId)
{
    QModelIndex found;
    for (int row = 0; boundaryId && row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(DensityTableModel::BoundaryIdRole).toLongLong() == boundaryId) {
            found = index;
            break;
        }
    }
    const QSignalBlocker blocker(m_view);
    if (found.isValid()) {
        m_view->selectionModel()->setCurrentIndex(found, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(found);
    } else {
        m_view->clearSelection();
    }
}

void DensityPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_summary->setText(busy ? (m_summaryText.isEmpty() ? tr("Computing…") : m_summaryText + QStringLiteral(" ") + tr("(recomputing…)"))
                            : m_summaryText);
}

} // namespace nadzor::ui
