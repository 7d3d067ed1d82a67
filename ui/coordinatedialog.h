#pragma once
// "Add Site at Coordinates…": a line for typed or pasted coordinates (see CoordinateParser) that
// says at once how it reads them, or what is wrong.
#include "ui/coordinateparser.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace nadzor::ui {

class CoordinateDialog : public QDialog {
    Q_OBJECT
public:
    explicit CoordinateDialog(QWidget *parent = nullptr);
    std::optional<domain::GeoPoint> position() const;
    QLineEdit *edit() const { return m_edit; }
    QLabel *feedback() const { return m_feedback; }

private:
    void update();
    QLineEdit *m_edit;
    QLabel *m_feedback;
    QDialogButtonBox *m_buttons;
    std::optional<domain::GeoPoint> m_position;
};

} // namespace nadzor::ui
