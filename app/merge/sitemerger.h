#pragma once
// Merges an incoming site into an existing one without losing anything and without duplicating
// cameras:
// - an incoming camera with the uuid of a camera at the site is that camera;
// - otherwise it is the most similar camera at the site that is compatible with it (see
//   CameraComparison) and not yet taken by another incoming camera;
// - otherwise it is a new camera at the site (keeping its uuid, or with a new one).
// A matched camera is filled in: a field the existing record leaves empty (unknown, unverified)
// takes the incoming value; notes and site descriptions that differ are joined; free tags are
// united. Where both have different values the existing one is kept and the disagreement is
// listed in notes(). An incoming camera whose uuid the project has at another site stays there
// (it is already in the project) and is not added again.
#include "domain/site.h"

#include <QSet>
#include <QStringList>

namespace nadzor::merge {

class SiteMerger {
public:
    // `uuidsElsewhere`: camera uuids the project has at other sites than `existing`.
    static SiteMerger merge(const domain::Site &existing, const domain::Site &incoming,
                            const QSet<QString> &uuidsElsewhere = {});

    // The existing site after the merge: new cameras have id 0 and siteId = the site's id.
    const domain::Site &result() const { return m_result; }
    // Whether the merge changes the existing site at all.
    bool changesSomething() const { return m_changed; }
    // For each incoming camera (in order) the uuid of the camera it became: the existing
    // camera it matched, the new camera, or the camera elsewhere with its uuid.
    const QStringList &cameraUuids() const { return m_cameraUuids; }
    int matchedCameras() const { return m_matched; }
    int newCameras() const { return m_added; }
    // Disagreements kept as the existing value, and cameras left where they are.
    const QStringList &notes() const { return m_notes; }

private:
    void fillCamera(domain::Camera &target, const domain::Camera &incoming);
    // what: the field for people ("address", "mount of camera 3"), translated; osmKey: the
    // OSM key whose values the note shows by their labels, empty for free text.
    void fillText(QString &target, const QString &incoming, const QString &what, bool join,
                  const QString &osmKey = QString());

    domain::Site m_result;
    bool m_changed = false;
    QStringList m_cameraUuids;
    int m_matched = 0;
    int m_added = 0;
    QStringList m_notes;
};

} // namespace nadzor::merge
