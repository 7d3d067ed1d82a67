#pragma once
// One incoming site of a merge, beside the existing site it most likely duplicates (if any).
#include "domain/site.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace nadzor::merge {

enum class MergeAction {
    Add,        // a new site
    MergeInto,  // into the existing candidate site: new cameras added, empty fields filled in
    Skip,       // nothing is written: identical to the candidate, or left out by the user
};

// What the user said about an item (the GUI shows the pair side by side).
enum class Decision {
    Proposed,  // not decided: the proposed action is taken
    Accept,    // with a candidate: "the same place", merged into it (skipped when identical);
               // without one: added
    Reject,    // with a candidate: "a different place", added as a new site;
               // without one: left out
};

QString toText(MergeAction action);  // "add", "merge", "skip"
QString toText(Decision decision);   // "proposed", "accepted", "rejected"

struct MergeItem {
    domain::Site incoming;                  // as in the source (ids are the source's)
    std::optional<domain::Site> candidate;  // the existing site, with its cameras
    double distanceMetres = -1.0;           // to the candidate; -1 without one
    double score = 0.0;                     // 0..1: how likely the two are the same place
    QStringList reasons;                    // why, for people: "4.9 m apart", "same manufacturer (Dahua)"
    bool sameUuid = false;                  // the candidate was found by uuid (site or camera)
    bool identical = false;                 // a duplicate (same uuid, or scored at least the
                                            // threshold) and merging would change nothing
    MergeAction proposed = MergeAction::Add;
    Decision decision = Decision::Proposed;
    // Uuids of the incoming site and cameras that the project already has: they are replaced by
    // new ones if the item is added as a new site after all.
    QSet<QString> knownUuids;

    bool hasCandidate() const { return candidate.has_value(); }
    // A likely duplicate whose proposal is to add it anyway (score below the threshold): a
    // person should look at the pair.
    bool needsReview() const { return hasCandidate() && proposed == MergeAction::Add; }
    // The action taken when the plan is applied, from the proposal and the decision.
    MergeAction action() const;
    // The existing site written to for MergeInto (0 otherwise).
    qint64 targetSiteId() const;
};

} // namespace nadzor::merge
