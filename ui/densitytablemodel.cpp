#include "ui/densitytablemodel.h"

#include "i18n/placenames.h"
#include "i18n/translator.h"

#include "domain/camerafilter.h"

#include <QLocale>

namespace nadzor::ui {

DensityTableModel::DensityTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void DensityTableModel::setAggregation(const analysis::Aggregation &aggregation, const QVector<qint64> &boundaryIds)
{
    beginResetModel();
    m_aggregation = aggregation;
    m_ids.clear();
    m_folded.clear();
    m_ids.reserve(aggregation.boundaries.size());
    for (const analysis::BoundaryFigures &f : aggregation.boundaries) {
        m_ids << (f.index >= 0 && f.index < boundaryIds.size() ? boundaryIds.at(f.index) : 0);
        m_folded << domain::CameraFilter::fold(f.name);
    }
    endResetModel();
}

int DensityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_aggregation.boundaries.size());
}

int DensityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 DensityTableModel::boundaryId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

QString DensityTableModel::formatNumber(double value, int decimals)
{
    // The interface language's locale, with group separators for readability: 1,234.5 in
    // English, 1.234,5 in Serbian.
    return i18n::currentLocale().toString(value, 'f', decimals);
}

QVariant DensityTableModel::sortValue(const analysis::BoundaryFigures &f, int column) const
{
    switch (column) {
    case Name:
        return f.name;
    case Cameras:
        return double(f.cameras);
    case Sites:
        return double(f.sites);
    case Area:
        return f.areaKm2 ? QVariant(*f.areaKm2) : QVariant();
    case Population:
        return f.population ? QVariant(double(*f.population)) : QVariant();
    case PerKm2:
        return f.camerasPerKm2 ? QVariant(*f.camerasPerKm2) : QVariant();
    case Per1000:
        return f.camerasPer1000 ? QVariant(*f.camerasPer1000) : QVariant();
    case InhabitantsPerCamera:
        return f.inhabitantsPerCamera ? QVariant(*f.inhabitantsPerCamera) : QVariant();
    default:
        return {};
    }
}

QVariant DensityTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const analysis::BoundaryFigures &f = m_aggregation.boundaries.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: {
        if (column == Name)
            return i18n::displayName(f.name);
        const QVariant v = sortValue(f, column);
        if (!v.isValid())
            return QStringLiteral("–");
        int decimals = 0;
        if (column == Area)
            decimals = 1;
        else if (column == PerKm2 || column == Per1000)
            decimals = 3;
        return formatNumber(v.toDouble(), decimals);
    }
    case Qt::TextAlignmentRole:
        return column == Name ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                              : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        if (column == Name && !f.code.isEmpty())
            return tr("%1 (code %2)").arg(i18n::displayName(f.name), f.code);
        return {};
    case SortRole:
        return sortValue(f, column);
    case BoundaryIdRole:
        return m_ids.value(index.row());
    case FoldedNameRole:
        return m_folded.value(index.row());
    default:
        return {};
    }
}

QVariant DensityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name: return tr("Municipality");
        case Cameras: return tr("Cameras");
        case Sites: return tr("Sites");
        case Area: return tr("Area km²");
        case Population: return tr("Population");
        case PerKm2: return tr("Per km²");
        case Per1000: return tr("Per 1,000");
        case InhabitantsPerCamera: return tr("Inh./camera");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Sites: return tr("Sites with at least one camera that passes the filter");
        case Area: return tr("Geodesic area in square kilometres");
        case PerKm2: return tr("Cameras per square kilometre");
        case Per1000: return tr("Cameras per 1,000 inhabitants");
        case InhabitantsPerCamera: return tr("Inhabitants per camera");
        default: return {};
        }
    }
    return {};
}

} // namespace nadzor::ui
