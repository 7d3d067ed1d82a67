#pragma once
// KML 2.2 written as a stream: one Placemark per camera, its columns as ExtendedData
// (SchemaData of one Schema, as GDAL's LIBKML driver writes and reads them back). GDAL 3.6's
// LIBKML writer builds the whole document in memory and serialises it on close in quadratic
// time (40,000 cameras took ten minutes; fixed upstream in GDAL 3.9.1, OSGeo/gdal#10142), so
// Nadzor writes KML itself, in time linear in the number of cameras.
//
// Columns named "name" and "description" are written as the Placemark's <name> and
// <description>, as LIBKML does; every other column as <SimpleData>. Text that XML cannot
// carry is dropped (xmlSafeText); '<', '&' and "]]>" are escaped, never put in CDATA.
#include "domain/geopoint.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QXmlStreamWriter>

class QIODevice;

namespace nadzor::io {

class KmlWriter {
public:
    explicit KmlWriter(QIODevice *device);

    // `columns` in order; `numeric` those of them declared as numbers ("float").
    void begin(const QString &layerName, const QStringList &columns, const QStringList &numeric);
    void writePlacemark(const domain::GeoPoint &position, const QMap<QString, QString> &values);
    void end();
    bool hasError() const { return m_xml.hasError(); }
    qint64 placemarkCount() const { return m_count; }

private:
    QXmlStreamWriter m_xml;
    QString m_layer;
    QString m_schemaUrl;
    QStringList m_columns;
    qint64 m_count = 0;
};

} // namespace nadzor::io
