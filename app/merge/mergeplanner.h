#pragma once
// Finds, for each incoming site, the existing site it most likely duplicates, and proposes what
// to do with it.
//
// Candidates:
// 1. By identity: an existing site with the incoming site's uuid, else the site holding most
//    of the incoming cameras' uuids (wherever it is). Score 1.
// 2. Otherwise by place: the sites within `distanceMetres` (default 15 m) found through the
//    store's R*Tree (sitesInBox with a box around the incoming position), then the exact
//    haversine distance. Each is scored
//        score = 0.5 * (1 - distance / distanceMetres) + 0.5 * attributes
//    where `attributes` is the CameraComparison similarity of the best compatible pair of an
//    incoming and an existing camera (one camera seen by both is the evidence; a camera only
//    one volunteer saw does not count against it), 0 when every pair disagrees strongly, and
//    0.5 when nothing can be compared. The best score wins (ties: the nearer site).
//
// Proposals (the documented threshold, default 0.6):
// - no candidate: Add;
// - the same uuid, or a score >= threshold, and merging would change nothing (no new camera,
//   no filled-in field, no new photo): Skip (identical);
// - score >= threshold: MergeInto the candidate. E.g. 5 m apart in 15 m with the same
//   manufacturer scores 0.5 * 0.67 + 0.5 * 1 = 0.83; two cameras with nothing to compare merge
//   when they are within 3 m (0.6 at 3 m);
// - otherwise Add, and the pair is listed for review (e.g. 5 m apart with a different
//   camera:type scores 0.33).
#include "domain/result.h"
#include "merge/mergeplan.h"

namespace nadzor::store {
class ProjectStore;
}

namespace nadzor::merge {

class MergeSource;

struct MergeOptions {
    double distanceMetres = 15.0;  // how far apart two records of one site may be
    double threshold = 0.6;        // the score from which a likely duplicate is merged
};

class MergePlanner {
public:
    explicit MergePlanner(const store::ProjectStore &project, MergeOptions options = {});

    // The plan for merging `source` into the project; reads the project, changes nothing. The
    // plan's contributors are the source's journal authors.
    domain::Result<MergePlan> plan(const MergeSource &source) const;

private:
    const store::ProjectStore &m_project;
    MergeOptions m_options;
};

} // namespace nadzor::merge
