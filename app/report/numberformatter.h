#pragma once
// Numbers as the reader's locale writes them: "12,345.6" (en_GB), "12.345,6" (sr_RS).
// Unknown values print as an em dash so a table never shows an invented 0.
#include <QLocale>
#include <QString>
#include <optional>

namespace nadzor::report {

class NumberFormatter {
public:
    explicit NumberFormatter(const QLocale &locale = QLocale());

    const QLocale &locale() const { return m_locale; }
    QString integer(qint64 value) const;
    QString integer(const std::optional<qint64> &value) const;
    QString decimal(double value, int decimals) const;
    QString decimal(const std::optional<double> &value, int decimals) const;
    // "12.5 %" in the locale's way.
    QString percent(double fraction, int decimals = 1) const;
    // The locale's long date ("14 March 2025", "14. март 2025.").
    QString date(const QDate &date) const;
    QString dateTime(const QDateTime &dateTime) const;
    // What an unknown value prints as.
    static QString unknown();

private:
    QLocale m_locale;
};

} // namespace nadzor::report
