#include "merge/mergesource.h"

#include "io/cameraimporter.h"
#include "store/projectstore.h"

#include <QFileInfo>
#include <QCoreApplication>

namespace nadzor::merge {

using domain::makeError;
using domain::Result;

QString MergeSource::fileName() const
{
    return QFileInfo(m_path).fileName();
}

qint64 MergeSource::cameraCount() const
{
    qint64 n = 0;
    for (const domain::Site &s : m_sites)
        n += s.cameras.size();
    return n;
}

QList<domain::Photo> MergeSource::photosOfSite(qint64 siteId) const
{
    QList<domain::Photo> out;
    for (const domain::Photo &p : m_photos) {
        if (p.siteId == siteId && siteId != 0)
            out << p;
    }
    return out;
}

QList<domain::Photo> MergeSource::photosOfCamera(qint64 cameraId) const
{
    QList<domain::Photo> out;
    for (const domain::Photo &p : m_photos) {
        if (p.cameraId == cameraId && cameraId != 0)
            out << p;
    }
    return out;
}

Result<MergeSource> MergeSource::load(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(QCoreApplication::translate("nadzor::merge", "the file does not exist"), path);
    if (!info.isFile() || !info.isReadable())
        return makeError(QCoreApplication::translate("nadzor::merge", "the file cannot be read"), path);
    if (info.suffix().compare(QLatin1String("nadzor"), Qt::CaseInsensitive) == 0)
        return loadProject(path);
    return loadExport(path);
}

Result<MergeSource> MergeSource::loadProject(const QString &path)
{
    auto opened = store::ProjectStore::open(path, store::OpenMode::ReadOnly);
    if (!opened)
        return opened.error();
    const std::unique_ptr<store::ProjectStore> project = opened.take();
    MergeSource source;
    source.m_path = path;
    source.m_kind = Kind::Project;
    auto sites = project->sites();
    if (!sites)
        return sites.error();
    source.m_sites = sites.take();
    for (const domain::Site &site : std::as_const(source.m_sites)) {
        auto photos = project->photosOfSite(site.id);
        if (!photos)
            return photos.error();
        source.m_photos << photos.value();
        for (const domain::Camera &camera : site.cameras) {
            auto cameraPhotos = project->photosOfCamera(camera.id);
            if (!cameraPhotos)
                return cameraPhotos.error();
            source.m_photos << cameraPhotos.value();
        }
    }
    auto journal = project->journal();
    if (!journal)
        return journal.error();
    for (const store::JournalEntry &e : journal.value()) {
        const QString author = e.author.trimmed();
        if (!e.undone && !author.isEmpty() && !source.m_authors.contains(author))
            source.m_authors << author;
    }
    return source;
}

Result<MergeSource> MergeSource::loadExport(const QString &path)
{
    MergeSource source;
    source.m_path = path;
    source.m_kind = Kind::ExportFile;
    qint64 cameraId = 0;
    io::CameraImporter importer;
    auto stats = importer.importFile(path, io::ImportOptions(), [&](domain::Site &site) -> domain::Status {
        site.id = source.m_sites.size() + 1;
        for (domain::Camera &c : site.cameras) {
            c.id = ++cameraId;
            c.siteId = site.id;
        }
        source.m_sites.append(site);
        return {};
    });
    if (!stats)
        return stats.error();
    source.m_warnings = stats.value().warnings;
    return source;
}

} // namespace nadzor::merge
