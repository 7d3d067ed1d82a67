#include "ui/cameratablemodel.h"

#include "domain/osmvaluelabels.h"

namespace nadzor::ui {

using domain::OsmValueLabels;

CameraTableModel::CameraTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void CameraTableModel::setSites(const QList<domain::Site> &sites)
{
    beginResetModel();
    m_sites = sites;
    m_rows.clear();
    m_rowById.clear();
    for (int s = 0; s < m_sites.size(); ++s) {
        const domain::Site &site = m_sites.at(s);
        for (int c = 0; c < site.cameras.size(); ++c) {
            m_rowById.insert(site.cameras.at(c).id, int(m_rows.size()));
            m_rows.append({s, c});
        }
    }
    endResetModel();
}

int CameraTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CameraTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const domain::Site &CameraTableModel::siteAt(int row) const
{
    return m_sites.at(m_rows.at(row).site);
}

const domain::Camera &CameraTableModel::cameraAt(int row) const
{
    const Row &r = m_rows.at(row);
    return m_sites.at(r.site).cameras.at(r.camera);
}

int CameraTableModel::rowOfCamera(qint64 cameraId) const
{
    return m_rowById.value(cameraId, -1);
}

QString CameraTableModel::statusLabel(domain::VerificationStatus status)
{
    switch (status) {
    case domain::VerificationStatus::Unverified: return tr("Unverified");
    case domain::VerificationStatus::Verified: return tr("Verified");
    case domain::VerificationStatus::Disputed: return tr("Disputed");
    case domain::VerificationStatus::Removed: return tr("Removed");
    }
    return {};
}

QString CameraTableModel::faceLabel(domain::FaceRecognition face)
{
    switch (face) {
    case domain::FaceRecognition::Unknown: return tr("Unknown");
    case domain::FaceRecognition::No: return tr("No");
    case domain::FaceRecognition::Suspected: return tr("Suspected");
    case domain::FaceRecognition::Confirmed: return tr("Confirmed");
    }
    return {};
}

QVariant CameraTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const domain::Site &site = siteAt(index.row());
    const domain::Camera &camera = cameraAt(index.row());
    if (role == CameraIdRole)
        return camera.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Id ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role == Qt::EditRole) {
        // The stored OSM value of the labelled columns.
        if (index.column() == Type)
            return camera.surveillanceType;
        if (index.column() == Zone)
            return camera.surveillanceZone;
    }
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Id: return role == SortRole ? QVariant(camera.id) : QVariant(QString::number(camera.id));
    case Type: return OsmValueLabels::label(OsmValueLabels::surveillanceType(), camera.surveillanceType);
    case Zone: return OsmValueLabels::label(OsmValueLabels::surveillanceZone(), camera.surveillanceZone);
    case Manufacturer: return camera.manufacturer;
    case Model: return camera.model;
    case Operator: return camera.operatorName;
    case Status: return role == SortRole ? QVariant(int(camera.status)) : QVariant(statusLabel(camera.status));
    case Face: return role == SortRole ? QVariant(int(camera.faceRecognition)) : QVariant(faceLabel(camera.faceRecognition));
    case Address: return site.address;
    case Observed:
        if (role == SortRole)
            return camera.observed.isValid() ? QVariant(camera.observed.toJulianDay()) : QVariant(qint64(0));
        return camera.observed.isValid() ? camera.observed.toString(Qt::ISODate) : QString();
    default: return {};
    }
}

QVariant CameraTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id: return tr("ID");
    case Type: return tr("Type");
    case Zone: return tr("Zone");
    case Manufacturer: return tr("Manufacturer");
    case Model: return tr("Model");
    case Operator: return tr("Operator");
    case Status: return tr("Status");
    case Face: return tr("Face recognition");
    case Address: return tr("Address");
    case Observed: return tr("Observed");
    default: return {};
    }
}

} // namespace nadzor::ui
