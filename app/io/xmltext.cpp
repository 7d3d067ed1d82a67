#include "io/xmltext.h"

namespace nadzor::io {

namespace {

// Whether the UTF-16 unit at i (with its low surrogate, if any) is an XML 1.0 Char; sets
// `length` to the units it takes.
bool allowedAt(const QString &text, qsizetype i, int &length)
{
    const QChar ch = text.at(i);
    length = 1;
    if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        length = 2;
        return true; // U+10000..U+10FFFF
    }
    if (ch.isSurrogate())
        return false; // a lone surrogate
    const char16_t c = ch.unicode();
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
}

} // namespace

QString xmlSafeText(const QString &text)
{
    qsizetype i = 0;
    int length = 1;
    while (i < text.size() && allowedAt(text, i, length))
        i += length;
    if (i == text.size())
        return text;
    QString out = text.left(i);
    for (; i < text.size(); i += length) {
        if (allowedAt(text, i, length))
            out += QStringView(text).mid(i, length);
    }
    return out;
}

} // namespace nadzor::io
