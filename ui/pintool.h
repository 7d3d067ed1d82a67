#pragma once
// The "Add site" mode: a crosshair; a click (press and release without dragging) pins a site
// at that point; dragging still pans; Escape leaves the mode.
#include "maps/maptool.h"

#include <QObject>
#include <QPointF>

namespace nadzor::ui {

class PinTool : public QObject, public maps::MapTool {
    Q_OBJECT
public:
    explicit PinTool(QObject *parent = nullptr);

    bool mousePress(maps::MapCanvas *canvas, QMouseEvent *event) override;
    bool mouseRelease(maps::MapCanvas *canvas, QMouseEvent *event) override;
    bool keyPress(maps::MapCanvas *canvas, QKeyEvent *event) override;
    std::optional<QCursor> cursor() const override;

signals:
    void pinned(double lon, double lat);
    void cancelled();

private:
    QPointF m_pressPos;
    bool m_pressed = false;
};

} // namespace nadzor::ui
