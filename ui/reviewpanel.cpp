#include "ui/reviewpanel.h"

#include "ui/cameratablemodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace nadzor::ui {

ReviewPanel::ReviewPanel(QWidget *parent) : QWidget(parent)
{
    m_count = new QLabel(this);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_view = new QTreeWidget(this);
    m_view->setObjectName(QStringLiteral("reviewList"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setHeaderLabels({tr("Camera"), tr("Status"), tr("Observed"), tr("Manufacturer"), tr("Address")});
    m_view->header()->setStretchLastSection(true);
    m_view->installEventFilter(this);
    connect(m_view, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem *item) { emit cameraActivated(item->data(0, Qt::UserRole).toLongLong()); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_count);
    layout->addWidget(m_view, 1);
}

void ReviewPanel::setSites(const QList<domain::Site> &sites)
{
    struct Row {
        const domain::Site *site;
        const domain::Camera *camera;
    };
    std::vector<Row> rows;
    for (const domain::Site &s : sites)
        for (const domain::Camera &c : s.cameras)
            if (c.status == domain::VerificationStatus::Unverified || c.status == domain::VerificationStatus::Disputed)
                rows.push_back({&s, &c});
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        const QDate da = a.camera->observed, db = b.camera->observed;
        if (da.isValid() != db.isValid())
            return da.isValid();
        if (da.isValid() && da != db)
            return da < db;
        return a.camera->id < b.camera->id;
    });
    const qint64 current = m_view->currentItem() ? m_view->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
    m_view->clear();
    QList<QTreeWidgetItem *> items;
    QTreeWidgetItem *again = nullptr;
    for (const Row &r : rows) {
        auto *item = new QTreeWidgetItem({QStringLiteral("#%1").arg(r.camera->id), CameraTableModel::statusLabel(r.camera->status),
                                          r.camera->observed.toString(Qt::ISODate), r.camera->manufacturer, r.site->address});
        item->setData(0, Qt::UserRole, r.camera->id);
        if (r.camera->id == current)
            again = item;
        items << item;
    }
    m_view->addTopLevelItems(items);
    if (again)
        m_view->setCurrentItem(again);
    m_count->setText(tr("%n camera(s) await review", nullptr, int(rows.size())));
}

QList<qint64> ReviewPanel::cameraIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_view->topLevelItemCount(); ++i)
        ids << m_view->topLevelItem(i)->data(0, Qt::UserRole).toLongLong();
    return ids;
}

bool ReviewPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_view->currentItem()) {
            emit cameraActivated(m_view->currentItem()->data(0, Qt::UserRole).toLongLong());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace nadzor::ui
