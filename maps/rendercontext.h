#pragma once
// How a frame is being painted, decided per paint device: the canvas's worker may composite
// heavy vector layers from cached raster tiles; SVG, PDF, print and any painter with a
// rotation or shear always get the vectors themselves.
class QPainter;

namespace nadzor::maps {

struct RenderContext {
    // True: layers may draw from their raster tile caches (set by the canvas and benchmarks).
    bool rasterCache = false;

    // True when the painter's device is not a raster image (SVG, PDF, printer, QPicture) or
    // its transform is more than a translation and scale: such output must stay vector.
    static bool isVectorOutput(const QPainter &painter);
    // A context for `painter`: rasterCache only when asked for and the device allows it.
    static RenderContext forPainter(const QPainter &painter, bool allowRasterCache);
};

} // namespace nadzor::maps
