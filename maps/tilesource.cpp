#include "maps/tilesource.h"

namespace nadzor::maps {

TileSource::TileSource(QObject *parent) : QObject(parent) {}

TileSource::~TileSource() = default;

} // namespace nadzor::maps
