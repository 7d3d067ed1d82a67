#pragma once
// A map layer: something drawn at an explicit z-order. Light layers paint in the GUI thread;
// heavy ones say needsWorkerThread() and hand out an immutable snapshot that a worker thread
// paints into a QImage while the GUI keeps taking input.
#include "maps/geobounds.h"
#include "maps/rendercontext.h"
#include "maps/viewport.h"

#include <QColor>
#include <QList>
#include <QObject>
#include <QString>
#include <memory>

class QPainter;

namespace nadzor::maps {

// An immutable copy of a layer's data and style, safe to paint from any thread.
class LayerSnapshot {
public:
    virtual ~LayerSnapshot() = default;
    virtual void paint(QPainter &painter, const Viewport &viewport) const = 0;
    // Paints for a context (the canvas lets cached layers draw from raster tiles); the default
    // ignores the context.
    virtual void render(QPainter &painter, const Viewport &viewport, const RenderContext &context) const
    {
        Q_UNUSED(context);
        paint(painter, viewport);
    }
};

// What a layer's colours mean, for a legend.
struct LegendEntry {
    QColor color;
    QString label;
};
struct Legend {
    QString title;
    QList<LegendEntry> entries;
    bool isEmpty() const { return entries.isEmpty(); }
};

class Layer : public QObject {
    Q_OBJECT
public:
    explicit Layer(QObject *parent = nullptr);
    ~Layer() override;

    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    int zOrder() const { return m_zOrder; }
    void setZOrder(int z);
    bool isVisible() const { return m_visible; }
    void setVisible(bool visible);
    double opacity() const { return m_opacity; }
    void setOpacity(double opacity);

    // Paints the layer (GUI thread, or any thread for an export of the caller's own).
    virtual void paint(QPainter &painter, const Viewport &viewport) const = 0;
    // Paints for a context (see LayerSnapshot::render); the default ignores the context.
    virtual void render(QPainter &painter, const Viewport &viewport, const RenderContext &context) const
    {
        Q_UNUSED(context);
        paint(painter, viewport);
    }
    // True when painting may take long enough that the canvas should do it in a worker.
    virtual bool needsWorkerThread() const { return false; }
    // An immutable snapshot for a worker; the default paints nothing (light layers).
    virtual std::shared_ptr<const LayerSnapshot> snapshot() const { return nullptr; }
    // The lon/lat box of the layer's data, for "fit to layer"; empty when unknown.
    virtual GeoBounds extent() const { return {}; }
    // Text the map must show for the layer's data ("© OpenStreetMap contributors").
    virtual QString attribution() const { return {}; }
    // A short notice for the user ("Offline — showing cached tiles"), empty when all is well.
    virtual QString statusNotice() const { return {}; }
    virtual Legend legend() const { return {}; }

signals:
    // The layer's data or style changed: it must be painted again.
    void changed();

private:
    QString m_name;
    int m_zOrder = 0;
    bool m_visible = true;
    double m_opacity = 1.0;
};

} // namespace nadzor::maps
