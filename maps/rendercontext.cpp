#include "maps/rendercontext.h"

#include <QPaintEngine>
#include <QPainter>

namespace nadzor::maps {

bool RenderContext::isVectorOutput(const QPainter &painter)
{
    const QPaintEngine *engine = painter.paintEngine();
    if (!engine || engine->type() != QPaintEngine::Raster)
        return true;
    return painter.deviceTransform().type() > QTransform::TxScale;
}

RenderContext RenderContext::forPainter(const QPainter &painter, bool allowRasterCache)
{
    RenderContext c;
    c.rasterCache = allowRasterCache && !isVectorOutput(painter);
    return c;
}

} // namespace nadzor::maps
