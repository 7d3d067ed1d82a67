#pragma once
// The Review dock: cameras that still await review (unverified and disputed), oldest first
// (by observed date, undated last, then by id). Enter or a double-click selects one on the map.
#include "domain/site.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace nadzor::ui {

class ReviewPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReviewPanel(QWidget *parent = nullptr);
    void setSites(const QList<domain::Site> &sites);
    QTreeWidget *view() const { return m_view; }
    // The camera ids listed, in order.
    QList<qint64> cameraIds() const;

signals:
    void cameraActivated(qint64 cameraId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTreeWidget *m_view;
    QLabel *m_count;
};

} // namespace nadzor::ui
