#pragma once
// Refuses archives that would expand far beyond their size (zip bombs) before any GDAL driver
// decompresses them. A KMZ (or any ZIP) is checked through its central directory with GDAL's
// /vsizip/ (VSIReadDirRecursive + VSIStatL: the sizes the archive declares, nothing is
// inflated). Nothing is ever extracted to disk, so entry names such as "../../etc/passwd" are
// never used as paths; nested archives are not opened.
//
// Limits (an honest KMZ of cameras compresses about 10:1; LIBKML holds the whole document in
// memory, about four times its size):
//   - more than maxEntries entries;
//   - more than maxExpandedBytes in total;
//   - more than maxRatio times the archive's size in total, once above ratioFloorBytes.
#include "domain/result.h"

#include <QString>

namespace nadzor::gdal {

class ArchiveGuard {
public:
    static constexpr qint64 maxExpandedBytes = qint64(256) << 20;  // 256 MiB
    static constexpr qint64 ratioFloorBytes = qint64(16) << 20;    // 16 MiB
    static constexpr qint64 maxRatio = 100;
    static constexpr int maxEntries = 10000;

    // OK for files that are not ZIP archives (by their first bytes) and for archives within the
    // limits; otherwise an Error naming the file and the limit.
    static domain::Status check(const QString &path);
};

} // namespace nadzor::gdal
