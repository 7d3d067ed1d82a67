#pragma once
// What a merge would do, item by item: made by MergePlanner, decided pair by pair (GUI or CLI),
// written by MergeApplier.
#include "domain/result.h"
#include "merge/mergeitem.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace nadzor::merge {

class MergePlan {
public:
    // How many items take each action (after the decisions).
    struct Counts {
        int add = 0;
        int mergeInto = 0;
        int skip = 0;
        int review = 0;  // items with a candidate that are added (needsReview() and not decided)
    };

    MergePlan() = default;
    MergePlan(QString sourcePath, QList<MergeItem> items, double distanceMetres, double threshold);

    QString sourcePath() const { return m_sourcePath; }
    double distanceMetres() const { return m_distance; }
    double threshold() const { return m_threshold; }
    // Who contributed the incoming data (the source project's journal authors, or names given).
    QStringList contributors() const { return m_contributors; }
    void setContributors(const QStringList &names);
    void addContributor(const QString &name);  // once; blank names are ignored

    int size() const { return int(m_items.size()); }
    bool isEmpty() const { return m_items.isEmpty(); }
    const QList<MergeItem> &items() const { return m_items; }
    const MergeItem &item(int index) const { return m_items.at(index); }

    // Accepts or rejects one item (see Decision); an index out of range is an error.
    domain::Status setDecision(int index, Decision decision);
    // Accepts every item: every likely duplicate is merged into its candidate, whatever its
    // score.
    void acceptAll();
    // Back to the proposals.
    void resetDecisions();

    // Indexes of the items that have a candidate (likely duplicates), in order.
    QList<int> duplicates() const;
    Counts counts() const;

private:
    QString m_sourcePath;
    QStringList m_contributors;
    QList<MergeItem> m_items;
    double m_distance = 0.0;
    double m_threshold = 0.0;
};

} // namespace nadzor::merge
