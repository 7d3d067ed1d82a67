#include "ui/densityproxymodel.h"

#include "ui/densitytablemodel.h"
#include "ui/searchbox.h"

namespace nadzor::ui {

DensityProxyModel::DensityProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent), m_collator(QLocale(QLocale::Serbian, QLocale::LatinScript))
{
    setSortRole(DensityTableModel::SortRole);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void DensityProxyModel::setFilterText(const QString &text)
{
    const QString folded = SearchBox::fold(text.trimmed());
    if (folded == m_filter)
        return;
    m_filter = folded;
    invalidateFilter();
}

bool DensityProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    // Unknown figures last in either order.
    if (!l.isValid() || !r.isValid()) {
        if (l.isValid() == r.isValid())
            return left.row() < right.row();
        return ascending ? l.isValid() : !l.isValid();
    }
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString)
        return m_collator.compare(l.toString(), r.toString()) < 0;
    const double a = l.toDouble();
    const double b = r.toDouble();
    if (a == b) {  // ties by name, A to Z in either order
        const int byName = m_collator.compare(left.sibling(left.row(), 0).data().toString(),
                                              right.sibling(right.row(), 0).data().toString());
        return ascending ? byName < 0 : byName > 0;
    }
    return a < b;
}

bool DensityProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // Both sides folded the same way, so either script and any diacritics meet.
    return SearchBox::fold(index.data(Qt::DisplayRole).toString()).contains(m_filter);
}

} // namespace nadzor::ui
