#pragma once
// The photos of the selected camera as thumbnails (icon mode); double-click opens a larger view.
// Image files dropped onto the strip are attached to the camera (filesDropped).
#include "domain/photo.h"

#include <QListWidget>

namespace nadzor::ui {

class PhotoStrip : public QListWidget {
    Q_OBJECT
public:
    explicit PhotoStrip(QWidget *parent = nullptr);
    void setPhotos(const QList<domain::Photo> &photos);
    const QList<domain::Photo> &photos() const { return m_photos; }
    // A modeless dialog with the photo scaled to fit (for tests: returned).
    QWidget *openViewer(int row);

signals:
    void filesDropped(const QStringList &paths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QList<domain::Photo> m_photos;
};

} // namespace nadzor::ui
