#pragma once
// The editable form of the selected camera and its site, in the Details dock. Every field
// commits on its own when it is left (editingFinished, focus-out, a pick in a list): one
// cameraEdited()/siteEdited() per change, which the editor turns into one undoable store edit.
// There is no Save button. camera:direction is checked with domain::Direction::parse; a value
// it refuses shows a red message under the field and is not committed.
#include "domain/site.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QVBoxLayout;

namespace nadzor::ui {

class CameraForm : public QWidget {
    Q_OBJECT
public:
    explicit CameraForm(QWidget *parent = nullptr);

    // Shows a camera; widgets whose value did not change are left alone (so a reload after a
    // commit does not disturb the field being typed in).
    void setCamera(const domain::Site &site, const domain::Camera &camera, bool editable);
    void clear();
    qint64 cameraId() const { return m_camera.id; }
    const domain::Camera &camera() const { return m_camera; }
    // Values for the type-ahead of the free-text fields, from the project's cameras.
    void setSuggestions(const QList<domain::Site> &sites);
    // Puts the keyboard focus in the first field (quick add).
    void focusFirstField();
    // A widget under the form (photos) and buttons above it (review, copy).
    void addBottomWidget(QWidget *widget);
    void addToolRow(QWidget *row);

    // The camera as the widgets show it (direction: the stored one when the typed one is invalid).
    domain::Camera editedCamera() const;
    QString directionError() const;

    // Fields by OSM key, for tests and screenshots.
    QLineEdit *directionEdit() const { return m_direction; }
    QLineEdit *manufacturerEdit() const { return m_manufacturer; }
    QLineEdit *addressEdit() const { return m_address; }
    QLabel *directionMessage() const { return m_directionError; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *typeCombo() const { return m_type; }

signals:
    void cameraEdited(const nadzor::domain::Camera &camera);
    void siteEdited(const nadzor::domain::Site &site);
    void statusChosen(qint64 cameraId, nadzor::domain::VerificationStatus status);
    // Enter in a field: the edit is committed; quick add goes back to pinning.
    void submitted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QComboBox *osmCombo(const QString &key);
    QLineEdit *lineEdit(const QString &name);
    void commitCamera();
    void commitSite();
    bool checkDirection();
    void fillTags(const QMap<QString, QString> &tags);
    QMap<QString, QString> tags() const;

    domain::Site m_site;
    domain::Camera m_camera;
    bool m_loading = false;

    QLabel *m_title;
    QLabel *m_position;
    QLineEdit *m_address, *m_description;
    QComboBox *m_surveillance, *m_type, *m_zone, *m_cameraType, *m_mount;
    QLineEdit *m_direction;
    QLabel *m_directionError;
    QLineEdit *m_angle, *m_tilt, *m_height;
    QLineEdit *m_operator, *m_manufacturer, *m_model, *m_source;
    QComboBox *m_face, *m_status;
    QLabel *m_reviewed;
    QDateEdit *m_observed;
    QPlainTextEdit *m_notes;
    QTableWidget *m_tags;
    QVBoxLayout *m_layout;
    QVBoxLayout *m_toolRows;
};

} // namespace nadzor::ui
