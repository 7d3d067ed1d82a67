#include "merge/mergeplan.h"
#include <QCoreApplication>

namespace nadzor::merge {

MergePlan::MergePlan(QString sourcePath, QList<MergeItem> items, double distanceMetres, double threshold)
    : m_sourcePath(std::move(sourcePath)), m_items(std::move(items)), m_distance(distanceMetres),
      m_threshold(threshold)
{
}

void MergePlan::setContributors(const QStringList &names)
{
    m_contributors.clear();
    for (const QString &n : names)
        addContributor(n);
}

void MergePlan::addContributor(const QString &name)
{
    const QString n = name.trimmed();
    if (!n.isEmpty() && !m_contributors.contains(n))
        m_contributors << n;
}

domain::Status MergePlan::setDecision(int index, Decision decision)
{
    if (index < 0 || index >= m_items.size())
        return domain::makeError(QCoreApplication::translate("nadzor::merge", "there is no merge item %1 (the plan has %2)").arg(index).arg(m_items.size()),
                                 m_sourcePath);
    m_items[index].decision = decision;
    return {};
}

void MergePlan::acceptAll()
{
    for (MergeItem &item : m_items)
        item.decision = Decision::Accept;
}

void MergePlan::resetDecisions()
{
    for (MergeItem &item : m_items)
        item.decision = Decision::Proposed;
}

QList<int> MergePlan::duplicates() const
{
    QList<int> out;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].hasCandidate())
            out << i;
    }
    return out;
}

MergePlan::Counts MergePlan::counts() const
{
    Counts c;
    for (const MergeItem &item : m_items) {
        switch (item.action()) {
        case MergeAction::Add: ++c.add; break;
        case MergeAction::MergeInto: ++c.mergeInto; break;
        case MergeAction::Skip: ++c.skip; break;
        }
        if (item.needsReview() && item.decision == Decision::Proposed)
            ++c.review;
    }
    return c;
}

} // namespace nadzor::merge
