#include "io/spreadsheet.h"

#include <QRegularExpression>

namespace nadzor::io {

QString spreadsheetSafe(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar c = cell.at(0);
    if (c != QLatin1Char('=') && c != QLatin1Char('+') && c != QLatin1Char('-')
        && c != QLatin1Char('@') && c != QLatin1Char('\t') && c != QLatin1Char('\r'))
        return cell;
    static const QRegularExpression number(
        QStringLiteral("^[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?$"));
    if (number.match(cell).hasMatch())
        return cell;
    return QLatin1Char('\'') + cell;
}

} // namespace nadzor::io
