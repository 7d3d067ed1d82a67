#pragma once
// Shared by the libFuzzer harnesses: the input bytes go to a real file in a private temporary
// folder (the importers check the path with QFileInfo, so /vsimem/ would not do), GDAL is
// registered once and kept quiet.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <cpl_error.h>
#include <gdal.h>

#include <cstdint>
#include <cstdlib>
#include <unistd.h>

namespace nadzor::fuzz {

// A folder of this process, on /dev/shm when it exists (no disk I/O per input).
inline const QString &workDir()
{
    static const QString dir = [] {
        QByteArray pattern = QDir(QStringLiteral("/dev/shm")).exists() ? "/dev/shm/nadzor-fuzz-XXXXXX"
                                                                       : "/tmp/nadzor-fuzz-XXXXXX";
        if (!mkdtemp(pattern.data()))
            std::abort();
        return QString::fromLocal8Bit(pattern);
    }();
    return dir;
}

inline QString inputPath(const char *fileName)
{
    return workDir() + QLatin1Char('/') + QLatin1String(fileName);
}

inline void writeInput(const QString &path, const uint8_t *data, size_t size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    if (size > 0 && file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        std::abort();
}

inline void quietGdal()
{
    static bool done = [] {
        GDALAllRegister();
        CPLSetErrorHandler(CPLQuietErrorHandler);
        return true;
    }();
    (void)done;
}

} // namespace nadzor::fuzz
