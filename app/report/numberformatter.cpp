#include "report/numberformatter.h"

#include <QDateTime>
#include <cmath>

namespace nadzor::report {

NumberFormatter::NumberFormatter(const QLocale &locale) : m_locale(locale)
{
    m_locale.setNumberOptions(m_locale.numberOptions() & ~QLocale::OmitGroupSeparator);
}

QString NumberFormatter::unknown()
{
    return QStringLiteral("—");
}

QString NumberFormatter::integer(qint64 value) const
{
    return m_locale.toString(value);
}

QString NumberFormatter::integer(const std::optional<qint64> &value) const
{
    return value ? integer(*value) : unknown();
}

QString NumberFormatter::decimal(double value, int decimals) const
{
    if (!std::isfinite(value))
        return unknown();
    return m_locale.toString(value, 'f', decimals);
}

QString NumberFormatter::decimal(const std::optional<double> &value, int decimals) const
{
    return value ? decimal(*value, decimals) : unknown();
}

QString NumberFormatter::percent(double fraction, int decimals) const
{
    return decimal(fraction * 100.0, decimals) + QStringLiteral("\u00a0") + m_locale.percent();
}

QString NumberFormatter::date(const QDate &date) const
{
    return m_locale.toString(date, QLocale::LongFormat);
}

QString NumberFormatter::dateTime(const QDateTime &dateTime) const
{
    return m_locale.toString(dateTime, QLocale::LongFormat);
}

} // namespace nadzor::report
