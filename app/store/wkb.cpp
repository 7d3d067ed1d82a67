#include "store/wkb.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace nadzor::store {

namespace {

void putUInt32(QByteArray &out, quint32 value)
{
    char buffer[4];
    qToLittleEndian(value, buffer);
    out.append(buffer, 4);
}

void putDouble(QByteArray &out, double value)
{
    quint64 bits;
    std::memcpy(&bits, &value, sizeof bits);
    char buffer[8];
    qToLittleEndian(bits, buffer);
    out.append(buffer, 8);
}

bool sameVertex(const QPointF &a, const QPointF &b)
{
    return a.x() == b.x() && a.y() == b.y();
}

class Reader {
public:
    explicit Reader(const QByteArray &data) : m_data(data) {}
    bool atEnd() const { return m_pos == m_data.size(); }
    bool byte(quint8 &value)
    {
        if (m_pos + 1 > m_data.size())
            return false;
        value = quint8(m_data[m_pos++]);
        return true;
    }
    bool uint32(quint32 &value)
    {
        if (m_pos + 4 > m_data.size())
            return false;
        value = m_little ? qFromLittleEndian<quint32>(m_data.constData() + m_pos)
                         : qFromBigEndian<quint32>(m_data.constData() + m_pos);
        m_pos += 4;
        return true;
    }
    bool real(double &value)
    {
        if (m_pos + 8 > m_data.size())
            return false;
        const quint64 bits = m_little ? qFromLittleEndian<quint64>(m_data.constData() + m_pos)
                                      : qFromBigEndian<quint64>(m_data.constData() + m_pos);
        std::memcpy(&value, &bits, sizeof value);
        m_pos += 8;
        return true;
    }
    // Reads the byte order and the type of a geometry header.
    bool header(quint32 &type)
    {
        quint8 order;
        if (!byte(order) || order > 1)
            return false;
        m_little = order == 1;
        return uint32(type);
    }
    qsizetype remaining() const { return m_data.size() - m_pos; }

private:
    const QByteArray &m_data;
    qsizetype m_pos = 0;
    bool m_little = true;
};

bool readPolygonBody(Reader &reader, domain::Polygon &polygon)
{
    quint32 ringCount;
    if (!reader.uint32(ringCount) || qsizetype(ringCount) * 4 > reader.remaining())
        return false;
    for (quint32 r = 0; r < ringCount; ++r) {
        quint32 pointCount;
        if (!reader.uint32(pointCount) || qsizetype(pointCount) * 16 > reader.remaining())
            return false;
        domain::Ring ring;
        ring.reserve(pointCount);
        for (quint32 p = 0; p < pointCount; ++p) {
            double x, y;
            if (!reader.real(x) || !reader.real(y))
                return false;
            ring.append(QPointF(x, y));
        }
        if (ring.size() > 1 && sameVertex(ring.first(), ring.last()))
            ring.removeLast();
        polygon.rings.append(ring);
    }
    return true;
}

} // namespace

QByteArray multiPolygonToWkb(const domain::MultiPolygon &geometry)
{
    QByteArray out;
    out.append(char(1));
    putUInt32(out, 6); // MultiPolygon
    putUInt32(out, quint32(geometry.size()));
    for (const domain::Polygon &polygon : geometry) {
        out.append(char(1));
        putUInt32(out, 3); // Polygon
        putUInt32(out, quint32(polygon.rings.size()));
        for (const domain::Ring &ring : polygon.rings) {
            const bool close = !ring.isEmpty() && !sameVertex(ring.first(), ring.last());
            putUInt32(out, quint32(ring.size() + (close ? 1 : 0)));
            for (const QPointF &p : ring) {
                putDouble(out, p.x());
                putDouble(out, p.y());
            }
            if (close) {
                putDouble(out, ring.first().x());
                putDouble(out, ring.first().y());
            }
        }
    }
    return out;
}

std::optional<domain::MultiPolygon> multiPolygonFromWkb(const QByteArray &wkb)
{
    Reader reader(wkb);
    quint32 type;
    if (!reader.header(type))
        return std::nullopt;
    domain::MultiPolygon out;
    if (type == 3) {
        domain::Polygon polygon;
        if (!readPolygonBody(reader, polygon))
            return std::nullopt;
        out.append(polygon);
    } else if (type == 6) {
        quint32 count;
        if (!reader.uint32(count) || qsizetype(count) * 9 > reader.remaining())
            return std::nullopt;
        for (quint32 i = 0; i < count; ++i) {
            quint32 partType;
            domain::Polygon polygon;
            if (!reader.header(partType) || partType != 3 || !readPolygonBody(reader, polygon))
                return std::nullopt;
            out.append(polygon);
        }
    } else {
        return std::nullopt;
    }
    if (!reader.atEnd())
        return std::nullopt;
    return out;
}

std::optional<BoundingBox> boundingBox(const domain::MultiPolygon &geometry)
{
    std::optional<BoundingBox> box;
    for (const domain::Polygon &polygon : geometry) {
        for (const domain::Ring &ring : polygon.rings) {
            for (const QPointF &p : ring) {
                if (!box) {
                    box = BoundingBox{p.x(), p.y(), p.x(), p.y()};
                    continue;
                }
                box->minLon = std::min(box->minLon, p.x());
                box->minLat = std::min(box->minLat, p.y());
                box->maxLon = std::max(box->maxLon, p.x());
                box->maxLat = std::max(box->maxLat, p.y());
            }
        }
    }
    return box;
}

} // namespace nadzor::store
