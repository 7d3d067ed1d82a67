#include "ui/preferencesdialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

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

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

EditPreferences PreferencesDialog::preferences() const
{
    EditPreferences p;
    p.author = m_author->text().trimmed();
    p.duplicateMetres = m_distance->value();
    return p;
}

} // namespace nadzor::ui
