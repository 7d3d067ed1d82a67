#pragma once
// Edit ▸ Preferences: the duplicate distance and the author name (see EditPreferences).
#include "ui/editpreferences.h"

#include <QDialog>

class QDoubleSpinBox;
class QLineEdit;

namespace nadzor::ui {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(const EditPreferences &preferences, QWidget *parent = nullptr);
    EditPreferences preferences() const;

    QDoubleSpinBox *distanceBox() const { return m_distance; }
    QLineEdit *authorEdit() const { return m_author; }

private:
    QDoubleSpinBox *m_distance = nullptr;
    QLineEdit *m_author = nullptr;
};

} // namespace nadzor::ui
