#pragma once
// Greedy label collision avoidance: labels are offered in priority order and a label that
// overlaps one already placed is skipped. A coarse grid keeps the test fast.
#include <QHash>
#include <QRectF>
#include <QVector>

namespace nadzor::maps {

class LabelPlacer {
public:
    explicit LabelPlacer(double cellSize = 64.0);

    // Places `rect` (with `margin` pixels kept free around it) unless it would overlap.
    bool tryPlace(const QRectF &rect, double margin = 0.0);
    // Reserves space without testing (a legend, a symbol that labels must avoid).
    void reserve(const QRectF &rect);
    bool overlaps(const QRectF &rect) const;
    int count() const { return m_rects.size(); }

private:
    template <typename F> void forCells(const QRectF &r, F f) const;

    double m_cell;
    QVector<QRectF> m_rects;
    QHash<quint64, QVector<int>> m_grid;
};

} // namespace nadzor::maps
