#pragma once
// The "Open Recent" list, kept in QSettings (most recent first, existing files only).
#include <QStringList>

namespace nadzor::ui {

class RecentProjects {
public:
    static constexpr int kMaximum = 10;

    static QStringList list();
    // Moves `path` to the front (as an absolute path) and trims the list.
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace nadzor::ui
