#include "merge/mergeitem.h"

namespace nadzor::merge {

QString toText(MergeAction action)
{
    switch (action) {
    case MergeAction::Add: return QStringLiteral("add");
    case MergeAction::MergeInto: return QStringLiteral("merge");
    case MergeAction::Skip: return QStringLiteral("skip");
    }
    return {};
}

QString toText(Decision decision)
{
    switch (decision) {
    case Decision::Proposed: return QStringLiteral("proposed");
    case Decision::Accept: return QStringLiteral("accepted");
    case Decision::Reject: return QStringLiteral("rejected");
    }
    return {};
}

MergeAction MergeItem::action() const
{
    switch (decision) {
    case Decision::Proposed:
        return proposed;
    case Decision::Accept:
        if (!candidate)
            return MergeAction::Add;
        return identical ? MergeAction::Skip : MergeAction::MergeInto;
    case Decision::Reject:
        return candidate ? MergeAction::Add : MergeAction::Skip;
    }
    return proposed;
}

qint64 MergeItem::targetSiteId() const
{
    return action() == MergeAction::MergeInto && candidate ? candidate->id : 0;
}

} // namespace nadzor::merge
