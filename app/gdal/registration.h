#pragma once
// GDAL's drivers, registered once per process.
namespace nadzor::gdal {

void ensureRegistered();

} // namespace nadzor::gdal
