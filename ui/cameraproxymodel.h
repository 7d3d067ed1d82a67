#pragma once
// Filters the camera table with a domain::CameraFilter (the same filter the map and the density
// figures use) and sorts by the model's SortRole.
#include "domain/camerafilter.h"

#include <QSortFilterProxyModel>

namespace nadzor::ui {

class CameraProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit CameraProxyModel(QObject *parent = nullptr);

    void setCameraFilter(const domain::CameraFilter &filter);
    const domain::CameraFilter &cameraFilter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    domain::CameraFilter m_filter;
};

} // namespace nadzor::ui
