#pragma once
// A layer that paints nothing and contributes a legend: the key of a heatmap (whose layer has
// no legend of its own) or of the camera symbols on a town map. MapRenderer paints it with the
// other legends.
#include "maps/layer.h"

namespace nadzor::report {

class LegendLayer : public maps::Layer {
    Q_OBJECT
public:
    explicit LegendLayer(const maps::Legend &legend, QObject *parent = nullptr);

    void paint(QPainter &painter, const maps::Viewport &viewport) const override;
    maps::Legend legend() const override { return m_legend; }

private:
    maps::Legend m_legend;
};

} // namespace nadzor::report
