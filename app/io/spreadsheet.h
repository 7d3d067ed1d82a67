#pragma once
// Spreadsheet-safe CSV cells (against formula injection, CWE-1236).
#include <QString>

namespace nadzor::io {

// A cell that starts with '=', '+', '-', '@', a tab or a carriage return gets a leading "'" so
// that spreadsheets show it as text instead of running it as a formula. Plain numbers
// ("-12.5", "+3", "1e-5") stay as they are, so they remain numbers.
QString spreadsheetSafe(const QString &cell);

} // namespace nadzor::io
