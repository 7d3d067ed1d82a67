#pragma once
// A small map of one merge pair: the existing site (blue) and the incoming one (orange) on a
// local metric plane around them, each camera's direction as a short ray, the line between
// the two sites with its length, and a scale bar. Drawn by paintEvent; render() gives the
// same picture as an image (tests, screenshots).
#include "domain/site.h"

#include <QImage>
#include <QWidget>
#include <optional>

namespace nadzor::ui {

class MergePairPreview : public QWidget {
    Q_OBJECT
public:
    explicit MergePairPreview(QWidget *parent = nullptr);

    // `existing` may be absent (an incoming site without a candidate).
    void setPair(const std::optional<domain::Site> &existing, const domain::Site &incoming);
    void clear();
    QImage render(const QSize &size) const;

    QSize sizeHint() const override { return {240, 180}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void draw(QPainter &painter, const QRectF &rect) const;

    std::optional<domain::Site> m_existing;
    std::optional<domain::Site> m_incoming;
};

} // namespace nadzor::ui
