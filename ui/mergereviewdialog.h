#pragma once
// Reviewing a merge pair by pair. The likely duplicates of a merge plan (incoming sites with an
// existing candidate) are listed on the left; for the chosen pair the existing site and the
// incoming one are shown side by side, attribute by attribute (cameras paired by similarity),
// with the differences highlighted (red: both have a value and they differ, the existing one is
// kept; yellow: the incoming value fills an empty field), the distance in metres, the score,
// the reasons and a small map of the two.
//
// Per pair: Accept ("the same place": merged into the existing site) or Reject ("a different
// place": kept as a new site beside it). Keys: A accepts, R rejects (both move on to the next
// pair), the arrow keys move between pairs, Enter applies. The summary counts what Apply will
// write: new sites, merged sites, sites kept beside their look-alike, identical ones skipped.
//
// The merge library merges whole sites (empty fields filled in, differing values kept as the
// existing ones and listed); it does not choose values attribute by attribute, so neither does
// this dialog.
#include "merge/mergeplan.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace nadzor::ui {

class MergePairPreview;

class MergeReviewDialog : public QDialog {
    Q_OBJECT
public:
    struct Summary {
        int added = 0;      // new sites (no look-alike in the project)
        int merged = 0;     // merged into their existing site
        int keptBoth = 0;   // a look-alike exists, but added as a new site
        int identical = 0;  // already in the project: nothing to write
        int leftOut = 0;    // rejected new sites
    };

    MergeReviewDialog(merge::MergePlan plan, const QString &sourceName, QWidget *parent = nullptr);

    // The plan with the decisions taken and the contributors typed.
    const merge::MergePlan &plan() const { return m_plan; }
    Summary summary() const;
    // Which pair is shown: an index into plan().items(), -1 when there is none.
    int currentItem() const;
    void showPair(int listRow);
    void decide(merge::Decision decision);  // for the pair shown, then on to the next

    QListWidget *pairList() const { return m_list; }
    QTableWidget *comparison() const { return m_table; }
    MergePairPreview *preview() const { return m_preview; }
    QLabel *pairHeader() const { return m_header; }
    QLabel *summaryLabel() const { return m_summary; }
    QLineEdit *contributorsEdit() const { return m_contributors; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *applyButton() const { return m_apply; }

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool decisionKey(const QKeyEvent *event);
    void fillList();
    void updateListItem(int listRow);
    void updateSummary();
    void fillComparison(const merge::MergeItem &item);
    QString decisionText(const merge::MergeItem &item) const;

    merge::MergePlan m_plan;
    QList<int> m_pairs;  // plan indexes of the listed pairs
    QListWidget *m_list = nullptr;
    QTableWidget *m_table = nullptr;
    MergePairPreview *m_preview = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_contributors = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_acceptAll = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace nadzor::ui
