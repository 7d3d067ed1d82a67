#include "ui/cameraproxymodel.h"

#include "ui/cameratablemodel.h"

namespace nadzor::ui {

CameraProxyModel::CameraProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CameraTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CameraProxyModel::setCameraFilter(const domain::CameraFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool CameraProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const CameraTableModel *>(sourceModel());
    if (!model)
        return true;
    return m_filter.matches(model->siteAt(sourceRow), model->cameraAt(sourceRow));
}

} // namespace nadzor::ui
