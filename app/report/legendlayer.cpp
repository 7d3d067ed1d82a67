#include "report/legendlayer.h"

namespace nadzor::report {

LegendLayer::LegendLayer(const maps::Legend &legend, QObject *parent) : maps::Layer(parent), m_legend(legend)
{
    setName(legend.title);
}

void LegendLayer::paint(QPainter &, const maps::Viewport &) const {}

} // namespace nadzor::report
