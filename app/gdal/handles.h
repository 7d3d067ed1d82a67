#pragma once
// Owning handles and text conversion for the GDAL C++ API.
#include <QString>

#include <ogr_spatialref.h>

#include <memory>

namespace nadzor::gdal {

struct CoordinateTransformationDeleter {
    void operator()(OGRCoordinateTransformation *ct) const { OGRCoordinateTransformation::DestroyCT(ct); }
};
using CoordinateTransformationPtr = std::unique_ptr<OGRCoordinateTransformation, CoordinateTransformationDeleter>;

// GDAL's UTF-8 C strings; nullptr gives a null QString.
inline QString fromUtf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

} // namespace nadzor::gdal
