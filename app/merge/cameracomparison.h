#pragma once
// How much two camera records agree: the evidence that they describe the same camera.
//
// Compared where both records have a value (weights in brackets): manufacturer [2],
// camera:type [2], camera:direction [2] (the same when the closest pair of directions is within
// 30 degrees), model [1], camera:mount [1], surveillance:type [1], operator [1],
// surveillance:zone [0.5] and height [0.5] (within 1 m). Text is compared case- and
// diacritic-insensitively. A disagreement on manufacturer, camera:type, camera:direction, model
// or camera:mount is "strong": such records are taken to be different cameras.
#include "domain/camera.h"

#include <QStringList>

namespace nadzor::merge {

class CameraComparison {
public:
    static CameraComparison compare(const domain::Camera &incoming, const domain::Camera &existing);

    // Both records carry the same (non-empty) uuid: the same object by identity.
    bool sameUuid() const { return m_sameUuid; }
    // Agreeing weight / compared weight in [0, 1]; 0.5 when nothing could be compared; 1 for the
    // same uuid.
    double similarity() const;
    // No strong disagreement (or the same uuid): the records may be one camera.
    bool compatible() const { return m_sameUuid || !m_strongConflict; }
    double comparedWeight() const { return m_compared; }
    // In the installed language, field names for people and OSM values by their labels:
    // "same manufacturer (Dahua)", "direction within 30° (90 / 100, 10° apart)", ...
    const QStringList &agreements() const { return m_agreements; }
    // "different camera type (Fixed / Dome)", ...
    const QStringList &conflicts() const { return m_conflicts; }

    // Smallest angle in degrees between the directions of two camera:direction values (each
    // range counts by its centre), or a negative number when either is empty or unreadable.
    static double directionGap(const QString &a, const QString &b);

private:
    // Compares one text field. same/different: the untranslated messages ("same model (%1)",
    // "different model (%1 / %2)", context "nadzor::merge"); osmKey names the OSM key whose
    // values are shown by their labels (domain::OsmValueLabels), empty for free text.
    void text(const char *same, const char *different, const QString &osmKey, const QString &a,
              const QString &b, double weight, bool strong);

    bool m_sameUuid = false;
    bool m_strongConflict = false;
    double m_compared = 0.0;
    double m_agreed = 0.0;
    QStringList m_agreements;
    QStringList m_conflicts;
};

} // namespace nadzor::merge
