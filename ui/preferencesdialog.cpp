#include "ui/preferencesdialog.h"

#include "i18n/language.h"
#include "i18n/translator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace nadzor::ui {

PreferencesDialog::PreferencesDialog(const EditPreferences &preferences, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    m_author = new QLineEdit(preferences.author, this);
    m_author->setObjectName(QStringLiteral("authorEdit"));
    m_author->setPlaceholderText(preferences.effectiveAuthor());
    m_distance = new QDoubleSpinBox(this);
    m_distance->setObjectName(QStringLiteral("duplicateDistance"));
    m_distance->setRange(0.0, 1000.0);
    m_distance->setDecimals(1);
    m_distance->setSuffix(tr(" m"));
    m_distance->setValue(preferences.duplicateMetres);

    auto *form = new QFormLayout;
    form->addRow(tr("&Author name:"), m_author);
    auto *authorHelp = new QLabel(tr("Written to the edit history and to reviews. A pseudonym is fine."), this);
    authorHelp->setWordWrap(true);
    authorHelp->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), authorHelp);
    form->addRow(tr("&Duplicate warning within:"), m_distance);
    auto *distanceHelp = new QLabel(tr("A new pin this close to an existing site asks whether the camera belongs to that site. 0 turns the warning off."), this);
    distanceHelp->setWordWrap(true);
    distanceHelp->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), distanceHelp);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("System default"), QStringLiteral("system"));
    // Each language in its own name and script, so it can be found whatever is shown now.
    for (i18n::Language language :
         {i18n::Language::English, i18n::Language::SerbianLatin, i18n::Language::SerbianCyrillic})
        m_language->addItem(i18n::nativeName(language), i18n::code(language));
    m_initialLanguage = i18n::storedPreference();
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_initialLanguage)));
    form->addRow(tr("&Language:"), m_language);
    auto *languageHelp = new QLabel(tr("Menus, panels, reports and place names. Applied at once."), this);
    languageHelp->setWordWrap(true);
    languageHelp->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), languageHelp);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString PreferencesDialog::languagePreference() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::accept()
{
    QDialog::accept();
    const QString language = languagePreference();
    const i18n::Language before = i18n::currentLanguage();
    i18n::storePreference(language);
    const i18n::Language after = i18n::languageForPreference(language);
    if (language != m_initialLanguage || after != before)
        i18n::install(after);
}

EditPreferences PreferencesDialog::preferences() const
{
    EditPreferences p;
    p.author = m_author->text().trimmed();
    p.duplicateMetres = m_distance->value();
    return p;
}

} // namespace nadzor::ui
