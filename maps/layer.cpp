#include "maps/layer.h"

#include <algorithm>

namespace nadzor::maps {

Layer::Layer(QObject *parent) : QObject(parent) {}

Layer::~Layer() = default;

void Layer::setZOrder(int z)
{
    if (z == m_zOrder)
        return;
    m_zOrder = z;
    emit changed();
}

void Layer::setVisible(bool visible)
{
    if (visible == m_visible)
        return;
    m_visible = visible;
    emit changed();
}

void Layer::setOpacity(double opacity)
{
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (opacity == m_opacity)
        return;
    m_opacity = opacity;
    emit changed();
}

} // namespace nadzor::maps
