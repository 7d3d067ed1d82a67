#pragma once
// CSV cells that spreadsheets open safely (against formula injection, CWE-1236); shared by the
// camera export (io) and the density tables (report).
#include <QString>

namespace nadzor::domain {

// A cell that starts with '=', '+', '-', '@', a tab or a carriage return gets a leading "'" so
// that spreadsheets show it as text instead of running it as a formula. Plain numbers
// ("-12.5", "+3", "1e-5") stay as they are, so they remain numbers.
QString spreadsheetSafe(const QString &cell);

// spreadsheetSafe(), then RFC 4180 quoting: a cell with a comma, a quote or a line break is
// put in double quotes, its quotes doubled.
QString csvCell(const QString &value);

} // namespace nadzor::domain
