#pragma once
// Choropleth: each boundary filled with the colour it is handed (boundary id -> colour), with
// a legend describing the classes. It draws only what it is given; the classes are computed
// elsewhere (analysis).
#include "maps/boundarygeometry.h"
#include "maps/layer.h"

#include <QColor>
#include <QHash>

namespace nadzor::maps {

class ChoroplethLayer : public Layer {
    Q_OBJECT
public:
    explicit ChoroplethLayer(QObject *parent = nullptr);

    void setGeometry(std::shared_ptr<const BoundaryGeometry> geometry);
    // Boundaries missing from `colors` get `noDataColor` (transparent by default).
    void setColors(const QHash<qint64, QColor> &colors, const QColor &noDataColor = Qt::transparent);
    void setLegend(const Legend &legend);
    void setOutline(const QColor &color, double widthPt);

    void paint(QPainter &painter, const Viewport &viewport) const override;
    bool needsWorkerThread() const override { return true; }
    std::shared_ptr<const LayerSnapshot> snapshot() const override;
    GeoBounds extent() const override;
    Legend legend() const override { return m_legend; }

    struct Data {
        std::shared_ptr<const BoundaryGeometry> geometry;
        QHash<qint64, QColor> colors;
        QColor noData = Qt::transparent;
        QColor outline{255, 255, 255, 160};
        double outlineWidthPt = 0.5;
    };
    static void paintData(QPainter &painter, const Viewport &viewport, const Data &data);

private:
    std::shared_ptr<const Data> m_data;
    Legend m_legend;
};

} // namespace nadzor::maps
