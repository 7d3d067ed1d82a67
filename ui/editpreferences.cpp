#include "ui/editpreferences.h"

#include <QSettings>
#include <algorithm>

namespace nadzor::ui {

EditPreferences EditPreferences::load()
{
    QSettings settings;
    EditPreferences p;
    p.duplicateMetres = std::clamp(settings.value(QStringLiteral("editing/duplicateMetres"), p.duplicateMetres).toDouble(),
                                   0.0, 1000.0);
    p.author = settings.value(QStringLiteral("editing/author")).toString().trimmed();
    return p;
}

void EditPreferences::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("editing/duplicateMetres"), duplicateMetres);
    settings.setValue(QStringLiteral("editing/author"), author.trimmed());
}

QString EditPreferences::effectiveAuthor() const
{
    if (!author.trimmed().isEmpty())
        return author.trimmed();
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("volunteer") : user;
}

} // namespace nadzor::ui
