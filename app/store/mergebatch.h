#pragma once
// What merging another volunteer's work writes into a project in one transaction (see
// ProjectStore::applyMerge and app/merge/, which decides what goes in here).
#include "domain/camera.h"
#include "domain/photo.h"
#include "domain/site.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace nadzor::store {

// A photo copied from another project (its bytes were stripped when that project stored it).
// Its owner is named by uuid, so it can belong to a site or camera that the same batch adds.
struct MergePhoto {
    domain::Photo photo;  // uuid, fileName, mimeType, width, height, data, added; ids are ignored
    QString siteUuid;     // exactly one of siteUuid and cameraUuid is set
    QString cameraUuid;
};

struct MergeBatch {
    QString source;                        // the merged file, named in the journal entry
    QStringList contributors;              // who contributed the incoming data
    QList<domain::Site> newSites;          // added with their cameras (missing uuids generated)
    QList<domain::Camera> newCameras;      // added to existing sites (siteId set)
    QList<domain::Site> updatedSites;      // existing sites (id set): address and description
    QList<domain::Camera> updatedCameras;  // existing cameras (id set): every field but siteId
    QList<MergePhoto> photos;              // a photo whose uuid the project has is skipped
};

// What applyMerge wrote.
struct MergeOutcome {
    qint64 journalId = 0;   // the "merge" journal entry (also import_id of the added rows)
    qint64 sitesAdded = 0;
    qint64 camerasAdded = 0;  // at new and at existing sites
    qint64 sitesUpdated = 0;
    qint64 camerasUpdated = 0;
    qint64 photosAdded = 0;
    qint64 photosSkipped = 0; // already in the project (same uuid)
    QString summary;          // the journal entry's summary
};

} // namespace nadzor::store
