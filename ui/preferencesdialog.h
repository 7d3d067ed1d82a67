#pragma once
// Edit ▸ Preferences: the duplicate distance and the author name (see EditPreferences), and the
// interface language (stored as "ui/language"; applied at once when the dialog is accepted).
#include "ui/editpreferences.h"

#include <QDialog>

class QComboBox;
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
    QComboBox *languageBox() const { return m_language; }
    // The chosen language preference: "system", "en", "sr_Latn" or "sr_Cyrl".
    QString languagePreference() const;

    // Closes the dialog; a changed language is stored and installed (the main window is then
    // rebuilt in that language by LanguageSwitcher).
    void accept() override;

private:
    QDoubleSpinBox *m_distance = nullptr;
    QLineEdit *m_author = nullptr;
    QComboBox *m_language = nullptr;
    QString m_initialLanguage;
};

} // namespace nadzor::ui
