#include "maps/layerstack.h"

#include <algorithm>

namespace nadzor::maps {

LayerStack::LayerStack(QObject *parent) : QObject(parent) {}

void LayerStack::addLayer(std::shared_ptr<Layer> layer)
{
    if (!layer)
        return;
    Layer *raw = layer.get();
    connect(raw, &Layer::changed, this, [this, raw]() {
        emit layerChanged(raw);
        emit changed();
    });
    m_layers.push_back(std::move(layer));
    emit changed();
}

bool LayerStack::removeLayer(const Layer *layer)
{
    auto it = std::find_if(m_layers.begin(), m_layers.end(),
                           [layer](const std::shared_ptr<Layer> &l) { return l.get() == layer; });
    if (it == m_layers.end())
        return false;
    disconnect((*it).get(), nullptr, this, nullptr);
    m_layers.erase(it);
    emit changed();
    return true;
}

void LayerStack::clear()
{
    for (const auto &l : m_layers)
        disconnect(l.get(), nullptr, this, nullptr);
    m_layers.clear();
    emit changed();
}

std::vector<std::shared_ptr<Layer>> LayerStack::layers() const
{
    auto sorted = m_layers;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a->zOrder() < b->zOrder(); });
    return sorted;
}

QStringList LayerStack::attributions() const
{
    QStringList out;
    for (const auto &l : layers()) {
        const QString a = l->attribution();
        if (l->isVisible() && !a.isEmpty() && !out.contains(a))
            out.append(a);
    }
    return out;
}

GeoBounds LayerStack::extent() const
{
    GeoBounds b;
    for (const auto &l : m_layers)
        if (l->isVisible())
            b.extend(l->extent());
    return b;
}

} // namespace nadzor::maps
