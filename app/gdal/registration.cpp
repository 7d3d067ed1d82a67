#include "gdal/registration.h"

#include <gdal_priv.h>

#include <mutex>

namespace nadzor::gdal {

void ensureRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

} // namespace nadzor::gdal
