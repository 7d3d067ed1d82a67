#include "gdal/archiveguard.h"

#include <QCoreApplication>
#include <QFile>

#include <cpl_string.h>
#include <cpl_vsi.h>

namespace nadzor::gdal {

domain::Status ArchiveGuard::check(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};  // the importer says why it cannot read the file
    const QByteArray magic = file.read(4);
    const qint64 archiveSize = file.size();
    file.close();
    if (magic != QByteArray("PK\x03\x04", 4) && magic != QByteArray("PK\x05\x06", 4))
        return {};

    const QByteArray root = "/vsizip/{" + QFile::encodeName(path) + "}";
    CPLStringList entries(VSIReadDirRecursive(root.constData()));
    auto refuse = [&](const QString &why) {
        return domain::makeError(QCoreApplication::translate("nadzor::gdal", "refused: the archive %1 (a 'zip bomb'?); "
                                                "unpack it yourself if it is genuine")
                                     .arg(why),
                                 path);
    };
    if (entries.size() > maxEntries)
        return refuse(QCoreApplication::translate("nadzor::gdal", "has %1 entries, more than %2").arg(entries.size()).arg(maxEntries));
    qint64 total = 0;
    for (int i = 0; i < entries.size(); ++i) {
        const QByteArray name = entries[i];
        if (name.endsWith('/'))
            continue;
        VSIStatBufL stat;
        if (VSIStatL((root + '/' + name).constData(), &stat) != 0 || VSI_ISDIR(stat.st_mode))
            continue;
        total += qint64(stat.st_size);
        if (total > maxExpandedBytes)
            return refuse(QCoreApplication::translate("nadzor::gdal", "expands to more than %1 MiB").arg(maxExpandedBytes >> 20));
    }
    if (total > ratioFloorBytes && archiveSize > 0 && total / archiveSize > maxRatio)
        return refuse(QCoreApplication::translate("nadzor::gdal", "expands %1 times (%2 MiB from %3 KiB)")
                          .arg(total / archiveSize)
                          .arg(total >> 20)
                          .arg(archiveSize >> 10));
    return {};
}

} // namespace nadzor::gdal
