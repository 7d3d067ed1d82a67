#include "domain/csvtext.h"

#include <QRegularExpression>

namespace nadzor::domain {

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

QString csvCell(const QString &value)
{
    QString v = spreadsheetSafe(value);
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r')))
        v = QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return v;
}

} // namespace nadzor::domain
