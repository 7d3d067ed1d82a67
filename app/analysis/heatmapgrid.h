#pragma once
// A heatmap's output: a float grid on a Web-Mercator pixel grid, with its georeference.
#include "domain/geopoint.h"

#include <QVector>

namespace nadzor::analysis {

struct HeatmapGrid {
    int width = 0;
    int height = 0;
    // Row-major, row 0 at the north edge: density in weight (cameras) per km² of ground.
    // Cells outside the clip polygon are 0.
    QVector<float> values;
    // The grid's outer edges in WGS84 degrees. Pixels are square in Web Mercator (EPSG:3857),
    // so columns are linear in longitude and rows linear in Mercator y, not in latitude.
    double west = 0.0, south = 0.0, east = 0.0, north = 0.0;
    float maxValue = 0.0f;   // the fixed maximum when one was set, else dataMaximum
    float dataMaximum = 0.0f;
    bool fixedMaximum = false;

    bool isEmpty() const { return width <= 0 || height <= 0; }
    float at(int x, int y) const { return values.at(qsizetype(y) * width + x); }
    // The value scaled to [0, 1] by maxValue (clamped), for colouring.
    float normalized(int x, int y) const;
    // The centre of a cell in WGS84.
    domain::GeoPoint cellCentre(int x, int y) const;
    // The latitude of a row's centre and the ground area of one of its cells (km²).
    double rowLatitude(int y) const;
    double cellAreaKm2(int y) const;
    // Sum of density × cell area over the grid: the weight the grid holds.
    double integral() const;
};

} // namespace nadzor::analysis
