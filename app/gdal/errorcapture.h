#pragma once
// While alive, GDAL's messages on this thread are collected here rather than printed, so that
// they end up in our Error values instead of on stderr.
#include <QString>
#include <QStringList>

#include <cpl_error.h>

namespace nadzor::gdal {

class ErrorCapture {
public:
    ErrorCapture();
    ~ErrorCapture();
    ErrorCapture(const ErrorCapture &) = delete;
    ErrorCapture &operator=(const ErrorCapture &) = delete;

    // Forgets what was collected so far (and GDAL's own last error).
    void clear();
    bool hasError() const { return !m_errors.isEmpty(); }
    // The last failure message, or an empty string.
    QString lastError() const { return m_errors.isEmpty() ? QString() : m_errors.last(); }
    const QStringList &warnings() const { return m_warnings; }
    // Failures and warnings in the order GDAL gave them; the last of them, or "".
    const QStringList &messages() const { return m_messages; }
    QString lastMessage() const { return m_messages.isEmpty() ? QString() : m_messages.last(); }

private:
    static void CPL_STDCALL handler(CPLErr level, CPLErrorNum number, const char *message);

    QStringList m_errors;
    QStringList m_warnings;
    QStringList m_messages;
};

} // namespace nadzor::gdal
