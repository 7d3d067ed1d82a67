#pragma once
// Internal helpers around the GDAL C++ API: registration, owning handles, and capturing GDAL's
// error messages so that they end up in our Error values instead of on stderr.
#include <QString>
#include <QStringList>

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <memory>

namespace nadzor::io {

// Registers GDAL's drivers once per process.
void ensureGdalRegistered();

struct CoordinateTransformationDeleter {
    void operator()(OGRCoordinateTransformation *ct) const
    {
        OGRCoordinateTransformation::DestroyCT(ct);
    }
};
using CoordinateTransformationPtr =
    std::unique_ptr<OGRCoordinateTransformation, CoordinateTransformationDeleter>;

// While alive, GDAL's messages on this thread are collected here rather than printed.
class GdalErrorCapture {
public:
    GdalErrorCapture();
    ~GdalErrorCapture();
    GdalErrorCapture(const GdalErrorCapture &) = delete;
    GdalErrorCapture &operator=(const GdalErrorCapture &) = delete;

    // Forgets what was collected so far (and GDAL's own last error).
    void clear();
    bool hasError() const { return !m_errors.isEmpty(); }
    // The last failure message, or an empty string.
    QString lastError() const { return m_errors.isEmpty() ? QString() : m_errors.last(); }
    const QStringList &warnings() const { return m_warnings; }

private:
    static void CPL_STDCALL handler(CPLErr level, CPLErrorNum number, const char *message);

    QStringList m_errors;
    QStringList m_warnings;
};

// Sets GDAL configuration options for this thread while alive, restoring the old values.
class ScopedConfigOptions {
public:
    ScopedConfigOptions() = default;
    ~ScopedConfigOptions();
    ScopedConfigOptions(const ScopedConfigOptions &) = delete;
    ScopedConfigOptions &operator=(const ScopedConfigOptions &) = delete;
    void set(const char *key, const char *value);

private:
    struct Saved {
        QByteArray key;
        QByteArray value;
        bool wasSet = false;
    };
    QList<Saved> m_saved;
};

// Keeps the LIBKML driver from reading our columns (model, ...) as KML's special fields.
void disableLibkmlSpecialFields(ScopedConfigOptions &options);

inline QString fromUtf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

} // namespace nadzor::io
