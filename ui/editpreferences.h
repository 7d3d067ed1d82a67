#pragma once
// The editing preferences (QSettings group "editing"): the distance under which a new pin is
// taken for a likely duplicate of an existing site, and the author name written to the journal
// and to reviews.
#include <QString>

namespace nadzor::ui {

struct EditPreferences {
    double duplicateMetres = 10.0;
    QString author;  // empty: the OS user name

    static EditPreferences load();
    void save() const;
    // The author to record: the preference, else the OS user name, else "volunteer".
    QString effectiveAuthor() const;
};

} // namespace nadzor::ui
