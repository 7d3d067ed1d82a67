#pragma once
// Errors as values. A Result<T> holds either a T or an Error that names the file and the
// feature or line at fault, so a message can say exactly where bad input was found.
#include <QString>
#include <optional>
#include <utility>

namespace nadzor::domain {

struct Error {
    QString message;   // what went wrong, in a sentence a user can act on
    QString file;      // the file at fault, if any
    qint64 line = -1;  // 1-based line or feature number, -1 when not applicable

    // "file: line 12: message" / "file: message" / "message"
    QString toString() const
    {
        QString s;
        if (!file.isEmpty())
            s += file + QStringLiteral(": ");
        if (line >= 0)
            s += QStringLiteral("line %1: ").arg(line);
        return s + message;
    }
};

template <typename T>
class Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    T take() { return std::move(*m_value); }
    const Error &error() const { return m_error; }
    QString errorString() const { return m_error.toString(); }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Result<void>: success or an Error.
template <>
class Result<void> {
public:
    Result() = default;
    Result(Error error) : m_ok(false), m_error(std::move(error)) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }
    QString errorString() const { return m_error.toString(); }

private:
    bool m_ok = true;
    Error m_error;
};

using Status = Result<void>;

inline Error makeError(QString message, QString file = {}, qint64 line = -1)
{
    return Error{std::move(message), std::move(file), line};
}

} // namespace nadzor::domain
