#pragma once
// The layers of a map in z-order (lowest first; equal z-orders keep insertion order).
#include "maps/layer.h"

#include <QObject>
#include <QStringList>
#include <memory>
#include <vector>

namespace nadzor::maps {

class LayerStack : public QObject {
    Q_OBJECT
public:
    explicit LayerStack(QObject *parent = nullptr);

    void addLayer(std::shared_ptr<Layer> layer);
    bool removeLayer(const Layer *layer);
    void clear();
    // Layers sorted by zOrder(), lowest (drawn first) to highest.
    std::vector<std::shared_ptr<Layer>> layers() const;
    int count() const { return int(m_layers.size()); }

    // Distinct non-empty attributions of the visible layers, bottom to top.
    QStringList attributions() const;
    // Union of the visible layers' extents.
    GeoBounds extent() const;

signals:
    // A layer was added, removed or changed.
    void changed();
    // One layer's data or style changed (also announced by changed()).
    void layerChanged(nadzor::maps::Layer *layer);

private:
    std::vector<std::shared_ptr<Layer>> m_layers;
};

} // namespace nadzor::maps
