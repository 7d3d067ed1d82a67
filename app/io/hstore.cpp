#include "io/hstore.h"

namespace nadzor::io {

namespace {

class HstoreParser {
public:
    explicit HstoreParser(const QString &text) : m_text(text) {}

    std::optional<KeyValueList> parse()
    {
        KeyValueList pairs;
        skipSpaces();
        while (m_pos < m_text.size()) {
            const auto key = quoted();
            if (!key)
                return std::nullopt;
            skipSpaces();
            if (!m_text.mid(m_pos, 2).startsWith(QLatin1String("=>")))
                return std::nullopt;
            m_pos += 2;
            skipSpaces();
            if (m_text.mid(m_pos, 4).compare(QLatin1String("NULL"), Qt::CaseInsensitive) == 0) {
                m_pos += 4;
            } else {
                const auto value = quoted();
                if (!value)
                    return std::nullopt;
                pairs.append({*key, *value});
            }
            skipSpaces();
            if (m_pos >= m_text.size())
                break;
            if (m_text.at(m_pos) != QLatin1Char(','))
                return std::nullopt;
            ++m_pos;
            skipSpaces();
        }
        return pairs;
    }

private:
    void skipSpaces()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }

    std::optional<QString> quoted()
    {
        if (m_pos >= m_text.size() || m_text.at(m_pos) != QLatin1Char('"'))
            return std::nullopt;
        ++m_pos;
        QString out;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos++);
            if (c == QLatin1Char('\\')) {
                if (m_pos >= m_text.size())
                    return std::nullopt;
                out += m_text.at(m_pos++);
            } else if (c == QLatin1Char('"')) {
                return out;
            } else {
                out += c;
            }
        }
        return std::nullopt;  // unterminated
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

} // namespace

std::optional<KeyValueList> parseHstore(const QString &text)
{
    return HstoreParser(text).parse();
}

} // namespace nadzor::io
