#pragma once
// The per-municipality figures of an aggregation as a table: name, cameras, sites, area,
// population and the three densities. DisplayRole is formatted text; SortRole is the number
// (so sorting is numeric), invalid when the figure is unknown.
#include "analysis/aggregation.h"

#include <QAbstractTableModel>
#include <QVector>

namespace nadzor::ui {

class DensityTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Cameras, Per1000, PerKm2, InhabitantsPerCamera, Sites, Population, Area, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, BoundaryIdRole, FoldedNameRole };

    explicit DensityTableModel(QObject *parent = nullptr);

    // `boundaryIds[i]` is the id of the boundary at layer index i (BoundaryFigures::index).
    void setAggregation(const analysis::Aggregation &aggregation, const QVector<qint64> &boundaryIds);
    const analysis::Aggregation &aggregation() const { return m_aggregation; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The boundary id of a row, 0 if out of range.
    qint64 boundaryId(int row) const;

    static QString formatNumber(double value, int decimals);

private:
    QVariant sortValue(const analysis::BoundaryFigures &f, int column) const;

    analysis::Aggregation m_aggregation;
    QVector<qint64> m_ids;
    QVector<QString> m_folded;
};

} // namespace nadzor::ui
