#pragma once
// Cameras: clusters with counts at low zoom, single symbols by kind and status further in,
// field-of-view cones at street zoom, and selection/hover highlights. The data lives in an
// immutable CameraIndex shared with worker-thread snapshots.
#include "maps/cameraindex.h"
#include "maps/camerastyle.h"
#include "maps/layer.h"

#include <QMutex>
#include <QSet>
#include <optional>

namespace nadzor::maps {

class CameraLayer : public Layer {
    Q_OBJECT
public:
    explicit CameraLayer(QObject *parent = nullptr);

    void setCameras(QVector<CameraSymbol> cameras);
    void setIndex(std::shared_ptr<const CameraIndex> index);
    std::shared_ptr<const CameraIndex> index() const { return m_index; }
    const CameraStyle &style() const { return m_style; }
    void setStyle(const CameraStyle &style);

    QSet<qint64> selection() const { return m_selection; }
    void setSelection(const QSet<qint64> &ids);
    std::optional<qint64> hovered() const { return m_hovered; }
    void setHovered(std::optional<qint64> id);

    // Paints cameras and highlights.
    void paint(QPainter &painter, const Viewport &viewport) const override;
    bool needsWorkerThread() const override { return true; }
    // The snapshot paints cameras without highlights (the canvas paints those live).
    std::shared_ptr<const LayerSnapshot> snapshot() const override;
    GeoBounds extent() const override;
    GeoBounds extentOf(const QSet<qint64> &ids) const;

    // The selected and hovered cameras' rings.
    void paintHighlights(QPainter &painter, const Viewport &viewport) const;

    // The single camera drawn under a screen point (not a cluster), for a device of `dpi`.
    std::optional<qint64> cameraAt(const QPointF &screen, const Viewport &viewport, double dpi = 96.0) const;
    // The cluster drawn under a screen point: its items' bounds to zoom to, or nullopt.
    std::optional<GeoBounds> clusterAt(const QPointF &screen, const Viewport &viewport, double dpi = 96.0) const;
    // What is drawn for a viewport (cached for the last viewport and dpi).
    QVector<CameraFrameItem> frame(const Viewport &viewport, double dpi = 96.0) const;

    static void paintCameras(QPainter &painter, const Viewport &viewport, const CameraIndex &index,
                             const CameraStyle &style);
    static CameraFrameOptions frameOptions(const CameraStyle &style, const Viewport &viewport, double dpi);

private:
    std::shared_ptr<const CameraIndex> m_index;
    CameraStyle m_style;
    QSet<qint64> m_selection;
    std::optional<qint64> m_hovered;

    mutable QMutex m_cacheMutex;
    mutable Viewport m_cachedViewport;
    mutable double m_cachedDpi = 0.0;
    mutable const CameraIndex *m_cachedIndex = nullptr;
    mutable QVector<CameraFrameItem> m_cachedFrame;
};

} // namespace nadzor::maps
