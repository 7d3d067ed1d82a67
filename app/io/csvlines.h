#pragma once
// Physical line numbers of the records of a CSV file. GDAL numbers CSV features by record, so
// after a quoted cell that spans lines (an address with a line break) its numbers fall behind
// the lines an editor shows; messages name the line where the record starts instead.
#include <QString>

#include <vector>

namespace nadzor::io {

// The 1-based line on which each record starts (the header, if any, is record 0), counting
// line breaks outside double-quoted cells; blank lines are not records (GDAL skips them too).
// Empty if the file cannot be read.
std::vector<qint64> csvRecordLines(const QString &path);

} // namespace nadzor::io
