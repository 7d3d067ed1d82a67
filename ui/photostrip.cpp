#include "ui/photostrip.h"

#include <QDialog>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QPixmap>
#include <QScreen>
#include <QVBoxLayout>

namespace nadzor::ui {

PhotoStrip::PhotoStrip(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("photoStrip"));
    setViewMode(QListView::IconMode);
    setIconSize(QSize(96, 72));
    setResizeMode(QListView::Adjust);
    setMovement(QListView::Static);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setFixedHeight(110);
    setToolTip(tr("Photos of this camera: drop image files here to attach them (metadata is removed)"));
    connect(this, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) { openViewer(row(item)); });
}

void PhotoStrip::setPhotos(const QList<domain::Photo> &photos)
{
    m_photos = photos;
    clear();
    for (const domain::Photo &p : photos) {
        QImage image;
        image.loadFromData(p.data);
        auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(image.scaled(iconSize(), Qt::KeepAspectRatio,
                                                                              Qt::SmoothTransformation))),
                                         p.fileName, this);
        item->setToolTip(tr("%1 — %2 × %3").arg(p.fileName).arg(p.width).arg(p.height));
    }
}

QWidget *PhotoStrip::openViewer(int row)
{
    if (row < 0 || row >= m_photos.size())
        return nullptr;
    const domain::Photo &p = m_photos.at(row);
    QImage image;
    image.loadFromData(p.data);
    auto *dialog = new QDialog(window());
    dialog->setObjectName(QStringLiteral("photoViewer"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(p.fileName);
    auto *label = new QLabel(dialog);
    QSize max(1024, 768);
    if (const QScreen *s = screen())
        max = max.boundedTo(s->availableSize() * 0.8);
    label->setPixmap(QPixmap::fromImage(image.size().boundedTo(max) == image.size()
                                            ? image
                                            : image.scaled(max, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(label);
    dialog->show();
    return dialog;
}

void PhotoStrip::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void PhotoStrip::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void PhotoStrip::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        emit filesDropped(paths);
    }
}

} // namespace nadzor::ui
