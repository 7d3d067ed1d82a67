#include "io/osmxmlwriter.h"

#include "io/xmltext.h"

namespace nadzor::io {

OsmXmlWriter::OsmXmlWriter(QIODevice *device) : m_xml(device)
{
    m_xml.setAutoFormatting(true);
    m_xml.setAutoFormattingIndent(1);
}

void OsmXmlWriter::begin()
{
    m_xml.writeStartDocument();
    m_xml.writeStartElement(QStringLiteral("osm"));
    m_xml.writeAttribute(QStringLiteral("version"), QStringLiteral("0.6"));
    m_xml.writeAttribute(QStringLiteral("generator"),
                         QStringLiteral("Nadzor " NADZOR_VERSION));
}

void OsmXmlWriter::writeNode(const domain::GeoPoint &position, const QMap<QString, QString> &tags)
{
    m_xml.writeStartElement(QStringLiteral("node"));
    m_xml.writeAttribute(QStringLiteral("id"), QString::number(m_nextId--));
    m_xml.writeAttribute(QStringLiteral("lat"), QString::number(position.lat, 'f', 7));
    m_xml.writeAttribute(QStringLiteral("lon"), QString::number(position.lon, 'f', 7));
    for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
        m_xml.writeEmptyElement(QStringLiteral("tag"));
        // (QXmlStreamWriter refuses characters XML cannot carry and the whole export would fail)
        m_xml.writeAttribute(QStringLiteral("k"), xmlSafeText(it.key()));
        m_xml.writeAttribute(QStringLiteral("v"), xmlSafeText(it.value()));
    }
    m_xml.writeEndElement();
}

void OsmXmlWriter::end()
{
    m_xml.writeEndElement();
    m_xml.writeEndDocument();
}

} // namespace nadzor::io
