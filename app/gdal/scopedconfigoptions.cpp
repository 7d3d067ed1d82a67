#include "gdal/scopedconfigoptions.h"

#include <cpl_conv.h>

namespace nadzor::gdal {

ScopedConfigOptions::~ScopedConfigOptions()
{
    for (auto it = m_saved.crbegin(); it != m_saved.crend(); ++it)
        CPLSetThreadLocalConfigOption(it->key.constData(), it->wasSet ? it->value.constData() : nullptr);
}

void ScopedConfigOptions::set(const char *key, const char *value)
{
    Saved saved;
    saved.key = key;
    const char *old = CPLGetThreadLocalConfigOption(key, nullptr);
    saved.wasSet = old != nullptr;
    if (old)
        saved.value = old;
    m_saved.append(saved);
    CPLSetThreadLocalConfigOption(key, value);
}

void ScopedConfigOptions::disableLibkmlSpecialFields()
{
    // Every special field of the LIBKML driver but name and description is renamed to
    // something no column is called.
    for (const char *key :
         {"LIBKML_MODEL_FIELD", "LIBKML_HEADING_FIELD", "LIBKML_TILT_FIELD", "LIBKML_ROLL_FIELD",
          "LIBKML_SCALE_X_FIELD", "LIBKML_SCALE_Y_FIELD", "LIBKML_SCALE_Z_FIELD",
          "LIBKML_ICON_FIELD", "LIBKML_SNIPPET_FIELD", "LIBKML_NETWORKLINK_FIELD",
          "LIBKML_PHOTOOVERLAY_FIELD", "LIBKML_CAMERA_LONGITUDE_FIELD",
          "LIBKML_CAMERA_LATITUDE_FIELD", "LIBKML_CAMERA_ALTITUDE_FIELD",
          "LIBKML_TIMESTAMP_FIELD", "LIBKML_BEGIN_FIELD", "LIBKML_END_FIELD",
          "LIBKML_LEFTFOV_FIELD", "LIBKML_RIGHTFOV_FIELD", "LIBKML_BOTTOMFOV_FIELD",
          "LIBKML_TOPFOV_FIELD", "LIBKML_NEARFOV_FIELD"})
        set(key, "__nadzor_unused_field__");
}

} // namespace nadzor::gdal
