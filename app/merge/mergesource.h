#pragma once
// The incoming side of a merge: another volunteer's project (*.nadzor, opened read-only, with
// its photos and the authors of its journal) or an export file in any format app/io reads
// (GeoJSON, CSV, GPX, KML, GPKG, SHP, FGB, OSM XML/PBF). Files exported by Nadzor carry
// nadzor:uuid and nadzor:site_uuid, so their sites and cameras keep their identity.
#include "domain/photo.h"
#include "domain/result.h"
#include "domain/site.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace nadzor::merge {

class MergeSource {
public:
    enum class Kind { Project, ExportFile };

    // Loads everything; nothing is changed anywhere. A file ending in .nadzor is read as a
    // project, anything else through the camera importer. Errors name the file (and the
    // feature or line at fault).
    static domain::Result<MergeSource> load(const QString &path);

    QString path() const { return m_path; }
    QString fileName() const;
    Kind kind() const { return m_kind; }
    // The incoming sites with their cameras. Ids are the project's row ids, or for export files
    // the 1-based order of sites (and of cameras) in the file.
    const QList<domain::Site> &sites() const { return m_sites; }
    qint64 cameraCount() const;
    // Photos of a project (bytes as stored there, i.e. stripped); siteId/cameraId are the
    // project's ids. Export files have none.
    const QList<domain::Photo> &photos() const { return m_photos; }
    QList<domain::Photo> photosOfSite(qint64 siteId) const;
    QList<domain::Photo> photosOfCamera(qint64 cameraId) const;
    // The authors of the project's journal entries that are not undone, in order of first
    // appearance; empty for export files.
    const QStringList &authors() const { return m_authors; }
    // What the importer warned about (export files).
    const QStringList &warnings() const { return m_warnings; }

private:
    static domain::Result<MergeSource> loadProject(const QString &path);
    static domain::Result<MergeSource> loadExport(const QString &path);

    QString m_path;
    Kind m_kind = Kind::ExportFile;
    QList<domain::Site> m_sites;
    QList<domain::Photo> m_photos;
    QStringList m_authors;
    QStringList m_warnings;
};

} // namespace nadzor::merge
