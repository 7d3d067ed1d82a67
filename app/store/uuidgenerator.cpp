#include "store/uuidgenerator.h"

#include <QDateTime>

#include <random>

namespace nadzor::store {

UuidGenerator::UuidGenerator()
{
    quint64 seed[2];
    QRandomGenerator::system()->fillRange(seed);
    std::seed_seq sequence{quint32(seed[0]), quint32(seed[0] >> 32), quint32(seed[1]),
                           quint32(seed[1] >> 32)};
    m_random = QRandomGenerator64(sequence);
}

QByteArray UuidGenerator::nextUtf8()
{
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    // Within one millisecond a 12-bit counter (rand_a) keeps the order monotonic.
    if (ms <= m_lastMs) {
        ms = m_lastMs;
        if (++m_counter > 0xfff) {
            ++ms;
            m_counter = 0;
        }
    } else {
        m_counter = 0;
    }
    m_lastMs = ms;

    const quint64 random = m_random.generate();
    quint8 bytes[16];
    for (int i = 0; i < 6; ++i)
        bytes[i] = quint8(quint64(ms) >> (40 - 8 * i));
    bytes[6] = quint8(0x70 | ((m_counter >> 8) & 0x0f)); // version 7
    bytes[7] = quint8(m_counter);
    for (int i = 0; i < 8; ++i)
        bytes[8 + i] = quint8(random >> (56 - 8 * i));
    bytes[8] = quint8((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant

    static const char hex[] = "0123456789abcdef";
    QByteArray out(36, '-');
    char *p = out.data();
    int pos = 0;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            ++pos; // keep the '-'
        p[pos++] = hex[bytes[i] >> 4];
        p[pos++] = hex[bytes[i] & 0x0f];
    }
    return out;
}

QString UuidGenerator::next()
{
    return QString::fromLatin1(nextUtf8());
}

} // namespace nadzor::store
