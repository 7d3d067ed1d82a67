#pragma once
// Writes a decided MergePlan into the project: one transaction, one "merge" journal entry that
// names the source file and its contributors, undone as a whole (ProjectStore::applyMerge).
//
// Per item (MergeItem::action()): Add writes the incoming site with its cameras (uuids the
// project already has are replaced by new ones); MergeInto merges it into the candidate as
// SiteMerger describes, against the candidate as it is now in the project (several incoming
// sites may merge into one); Skip writes nothing. Photos of the incoming project follow their
// site or camera (to the new one, or to the existing one it merged into); photos the project
// already has (same uuid) are not copied again.
#include "domain/result.h"
#include "store/mergebatch.h"

namespace nadzor::store {
class ProjectStore;
}

namespace nadzor::merge {

class MergePlan;
class MergeSource;

class MergeApplier {
public:
    explicit MergeApplier(store::ProjectStore &project);

    // What would be written (no change to the project).
    domain::Result<store::MergeBatch> batch(const MergePlan &plan, const MergeSource &source) const;
    // Writes it; all or nothing. When there is nothing to write, the project is not touched and
    // no journal entry is made (the outcome's journalId is 0).
    domain::Result<store::MergeOutcome> apply(const MergePlan &plan, const MergeSource &source);

private:
    store::ProjectStore &m_project;
};

} // namespace nadzor::merge
