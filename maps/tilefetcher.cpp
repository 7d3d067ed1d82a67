#include "maps/tilefetcher.h"

namespace nadzor::maps {

TileFetcher::TileFetcher(QObject *parent) : QObject(parent) {}

TileFetcher::~TileFetcher() = default;

} // namespace nadzor::maps
