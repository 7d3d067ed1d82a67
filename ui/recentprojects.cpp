#include "ui/recentprojects.h"

#include <QFileInfo>
#include <QSettings>

namespace nadzor::ui {

namespace {
const char *const kKey = "recentProjects";

void store(const QStringList &paths)
{
    QSettings().setValue(QLatin1String(kKey), paths);
}
}

QStringList RecentProjects::list()
{
    QStringList out;
    const QStringList stored = QSettings().value(QLatin1String(kKey)).toStringList();
    for (const QString &path : stored)
        if (QFileInfo::exists(path) && !out.contains(path))
            out << path;
    return out.mid(0, kMaximum);
}

void RecentProjects::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = QSettings().value(QLatin1String(kKey)).toStringList();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    store(paths.mid(0, kMaximum));
}

void RecentProjects::remove(const QString &path)
{
    QStringList paths = QSettings().value(QLatin1String(kKey)).toStringList();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    store(paths);
}

void RecentProjects::clear()
{
    store({});
}

} // namespace nadzor::ui
