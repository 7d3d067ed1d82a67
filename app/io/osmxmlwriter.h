#pragma once
// OSM XML 0.6 as JOSM opens it: new nodes (negative ids, no version), lat/lon with 7 decimals.
#include "domain/geopoint.h"

#include <QMap>
#include <QString>
#include <QXmlStreamWriter>

class QIODevice;

namespace nadzor::io {

class OsmXmlWriter {
public:
    explicit OsmXmlWriter(QIODevice *device);

    void begin();
    // Writes a new node; ids count down from -1.
    void writeNode(const domain::GeoPoint &position, const QMap<QString, QString> &tags);
    void end();
    bool hasError() const { return m_xml.hasError(); }
    qint64 nodeCount() const { return -m_nextId - 1; }

private:
    QXmlStreamWriter m_xml;
    qint64 m_nextId = -1;
};

} // namespace nadzor::io
