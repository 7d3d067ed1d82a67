#pragma once
// Sets GDAL configuration options for this thread while alive, restoring the old values.
#include <QByteArray>
#include <QList>

namespace nadzor::gdal {

class ScopedConfigOptions {
public:
    ScopedConfigOptions() = default;
    ~ScopedConfigOptions();
    ScopedConfigOptions(const ScopedConfigOptions &) = delete;
    ScopedConfigOptions &operator=(const ScopedConfigOptions &) = delete;
    void set(const char *key, const char *value);

    // Keeps the LIBKML driver from reading columns (model, ...) as KML's special fields: only
    // name and description keep their KML meaning.
    void disableLibkmlSpecialFields();

private:
    struct Saved {
        QByteArray key;
        QByteArray value;
        bool wasSet = false;
    };
    QList<Saved> m_saved;
};

} // namespace nadzor::gdal
