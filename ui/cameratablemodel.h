#pragma once
// Every camera of a project as a table row (a site with three cameras gives three rows).
// Type and Zone show the OSM values by their labels (OsmValueLabels); Qt::EditRole gives the
// stored value.
#include "domain/site.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QVector>

namespace nadzor::ui {

class CameraTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Type, Zone, Manufacturer, Model, Operator, Status, Face, Address, Observed, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, CameraIdRole };

    explicit CameraTableModel(QObject *parent = nullptr);

    void setSites(const QList<domain::Site> &sites);
    const QList<domain::Site> &sites() const { return m_sites; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The site and camera of a row (row must be valid).
    const domain::Site &siteAt(int row) const;
    const domain::Camera &cameraAt(int row) const;
    // The row of a camera id, -1 if absent.
    int rowOfCamera(qint64 cameraId) const;

    static QString statusLabel(domain::VerificationStatus status);
    static QString faceLabel(domain::FaceRecognition face);

private:
    struct Row {
        int site;
        int camera;
    };
    QList<domain::Site> m_sites;
    QVector<Row> m_rows;
    QHash<qint64, int> m_rowById;
};

} // namespace nadzor::ui
