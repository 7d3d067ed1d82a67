#pragma once
// The Details dock: every field of the selected camera and of its site, read-only.
#include "domain/site.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QStackedLayout;

namespace nadzor::ui {

class DetailsPanel : public QWidget {
    Q_OBJECT
public:
    explicit DetailsPanel(QWidget *parent = nullptr);

    void showCamera(const domain::Site &site, const domain::Camera &camera);
    void clear();
    // The value shown for a field label ("Manufacturer"), for tests; empty when not shown.
    QString value(const QString &label) const;
    qint64 cameraId() const { return m_cameraId; }

private:
    void addRow(const QString &label, const QString &value);

    QStackedLayout *m_stack = nullptr;
    QWidget *m_form = nullptr;
    QFormLayout *m_layout = nullptr;
    QLabel *m_title = nullptr;
    qint64 m_cameraId = 0;
};

} // namespace nadzor::ui
