#pragma once
// The Density dock: the per-municipality figures (cameras, sites, area, population and the
// densities), sortable by any column and filterable by name. Picking a row asks the map to
// zoom to that municipality. The filter box matches names in either script ("osecina" finds
// "Осечина" and "Osečina").
#include "analysis/aggregation.h"
#include "ui/searchbox.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace nadzor::ui {

class DensityProxyModel;
class DensityTableModel;

class DensityPanel : public QWidget {
    Q_OBJECT
public:
    explicit DensityPanel(QWidget *parent = nullptr);

    void setAggregation(const analysis::Aggregation &aggregation, const QVector<qint64> &boundaryIds);
    // Selects and shows the municipality's row without emitting boundaryActivated; 0 clears.
    void selectBoundary(qint64 boundaryId);
    // Shown while a new aggregation is being computed.
    void setBusy(bool busy);

    QTableView *view() const { return m_view; }
    SearchBox *filterBox() const { return m_filter; }
    DensityTableModel *model() const { return m_model; }
    DensityProxyModel *proxy() const { return m_proxy; }

signals:
    void boundaryActivated(qint64 boundaryId);

private:
    SearchBox *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
    DensityTableModel *m_model = nullptr;
    DensityProxyModel *m_proxy = nullptr;
    QString m_summaryText;
    bool m_busy = false;
};

} // namespace nadzor::ui
