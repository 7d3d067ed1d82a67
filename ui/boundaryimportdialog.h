#pragma once
// File ▸ Import Boundaries…: choose any vector file GDAL reads, its layer, and the fields that
// hold each boundary's name, official code and population; the import reprojects to WGS84 and
// repairs invalid geometries, and the dialog reports what it repaired.
#include "domain/boundary.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace nadzor::ui {

class BoundaryImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit BoundaryImportDialog(QWidget *parent = nullptr);

    // Fills the layer and field lists from a file; false (with the message shown) on error.
    bool setFile(const QString &path);
    void setNameField(const QString &field);
    void setPopulationField(const QString &field);
    void setCodeField(const QString &field);

    // Imports with the chosen fields; on success layer() holds the result and report() what
    // was repaired or worth knowing, on failure errorString() says why.
    bool importLayer();
    const domain::BoundaryLayer &layer() const { return m_layer; }
    QStringList report() const { return m_report; }
    QString errorString() const { return m_error; }

    void accept() override;

private:
    void browse();
    void loadFields();

    QLineEdit *m_file = nullptr;
    QComboBox *m_layers = nullptr;
    QComboBox *m_name = nullptr;
    QComboBox *m_code = nullptr;
    QComboBox *m_population = nullptr;
    QLineEdit *m_layerName = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    domain::BoundaryLayer m_layer;
    QStringList m_report;
    QString m_error;
};

} // namespace nadzor::ui
