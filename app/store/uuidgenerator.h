#pragma once
// Cheap, time-ordered UUIDs (RFC 9562 version 7): 48 bits of Unix milliseconds, then random
// bits from a generator seeded once from the system's secure source. Ordered by time, new uuids
// land at the end of the UNIQUE index, which keeps a million-row import fast; QUuid::createUuid
// asks the system for randomness on every call.
#include <QRandomGenerator>
#include <QString>

namespace nadzor::store {

class UuidGenerator {
public:
    UuidGenerator();
    // "018f3a2b-7c4d-7e5f-9a0b-1c2d3e4f5a6b" (lower case, 36 characters).
    QString next();
    QByteArray nextUtf8();

private:
    QRandomGenerator64 m_random;
    qint64 m_lastMs = 0;
    quint32 m_counter = 0;
};

} // namespace nadzor::store
