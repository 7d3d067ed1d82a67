#pragma once
// The Cameras dock's filter fields: review status, face recognition, manufacturer, type
// (surveillance:type), operator, source and the observed date range (each end may be left
// empty). The pick lists offer the values the project's cameras have. Text search is the
// dock's SearchBox; filter() fills every other field of a domain::CameraFilter.
#include "domain/camerafilter.h"
#include "domain/site.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QToolButton;

namespace nadzor::ui {

class CameraFilterForm : public QWidget {
    Q_OBJECT
public:
    explicit CameraFilterForm(QWidget *parent = nullptr);

    // Offers the manufacturers, types, operators and sources of these cameras (a chosen value
    // stays chosen when it is still offered).
    void setSites(const QList<domain::Site> &sites);
    // The filter the fields describe (text left empty).
    domain::CameraFilter filter() const;
    // Back to the default filter (every camera that is not removed), emitting changed() once.
    void reset();

    // The observed date range; an invalid QDate is an empty end.
    void setObservedRange(const QDate &from, const QDate &to);
    QDate observedFrom() const;
    QDate observedTo() const;

    QComboBox *statusBox() const { return m_status; }
    QComboBox *faceBox() const { return m_face; }
    QComboBox *manufacturerBox() const { return m_manufacturer; }
    QComboBox *typeBox() const { return m_type; }
    QComboBox *operatorBox() const { return m_operator; }
    QComboBox *sourceBox() const { return m_source; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

signals:
    void changed();

private:
    QComboBox *valueBox(const QString &name);
    QDateEdit *dateEdit(const QString &name);
    // osmKey: the values are of this OSM key and are shown by their labels (OsmValueLabels).
    static void fill(QComboBox *box, const QStringList &values, const QString &osmKey = {});
    static QDate dateOf(const QDateEdit *edit);

    QComboBox *m_status = nullptr;
    QComboBox *m_face = nullptr;
    QComboBox *m_manufacturer = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_operator = nullptr;
    QComboBox *m_source = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QToolButton *m_clearDates = nullptr;
    bool m_quiet = false;
};

} // namespace nadzor::ui
