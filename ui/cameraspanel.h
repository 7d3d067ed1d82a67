#pragma once
// The Cameras dock: a searchable, sortable table of every camera. The search box (text in notes,
// address, model, manufacturer, operator; any script, any diacritics) and the filter fields
// (CameraFilterForm) build the project's domain::CameraFilter, which the map and the density
// figures follow too.
#include "domain/camerafilter.h"
#include "domain/site.h"
#include "ui/searchbox.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace nadzor::ui {

class CameraFilterForm;
class CameraProxyModel;
class CameraTableModel;

class CamerasPanel : public QWidget {
    Q_OBJECT
public:
    explicit CamerasPanel(QWidget *parent = nullptr);

    void setSites(const QList<domain::Site> &sites);
    domain::CameraFilter filter() const;
    // Selects the camera's row (without emitting cameraActivated); 0 clears the selection.
    void selectCamera(qint64 cameraId);
    // Puts the keyboard focus in the search box.
    void focusSearch();

    QTableView *view() const { return m_view; }
    SearchBox *searchBox() const { return m_search; }
    CameraFilterForm *filterForm() const { return m_form; }
    CameraProxyModel *proxy() const { return m_proxy; }

signals:
    void filterChanged(const domain::CameraFilter &filter);
    // The user picked a camera in the table.
    void cameraActivated(qint64 cameraId);

private:
    void applyFilter();
    void updateCount();

    SearchBox *m_search = nullptr;
    CameraFilterForm *m_form = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    CameraTableModel *m_model = nullptr;
    CameraProxyModel *m_proxy = nullptr;
    bool m_selecting = false;
};

} // namespace nadzor::ui
