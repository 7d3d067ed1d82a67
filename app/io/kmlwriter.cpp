#include "io/kmlwriter.h"

#include "io/xmltext.h"

#include <QLocale>

namespace nadzor::io {

namespace {

bool isElementColumn(const QString &column)
{
    return column == QLatin1String("name") || column == QLatin1String("description");
}

QString coordinate(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

KmlWriter::KmlWriter(QIODevice *device) : m_xml(device)
{
    m_xml.setAutoFormatting(true);
    m_xml.setAutoFormattingIndent(1);
}

void KmlWriter::begin(const QString &layerName, const QStringList &columns, const QStringList &numeric)
{
    m_layer = xmlSafeText(layerName);
    m_schemaUrl = m_layer + QStringLiteral(".schema");
    m_columns.clear();
    m_xml.writeStartDocument();
    m_xml.writeDefaultNamespace(QStringLiteral("http://www.opengis.net/kml/2.2"));
    m_xml.writeStartElement(QStringLiteral("kml"));
    m_xml.writeStartElement(QStringLiteral("Document"));
    m_xml.writeAttribute(QStringLiteral("id"), QStringLiteral("root_doc"));
    m_xml.writeStartElement(QStringLiteral("Schema"));
    m_xml.writeAttribute(QStringLiteral("name"), m_layer);
    m_xml.writeAttribute(QStringLiteral("id"), m_schemaUrl);
    for (const QString &column : columns) {
        const QString name = xmlSafeText(column);
        m_columns << name;
        if (isElementColumn(name))
            continue;
        m_xml.writeEmptyElement(QStringLiteral("SimpleField"));
        m_xml.writeAttribute(QStringLiteral("name"), name);
        m_xml.writeAttribute(QStringLiteral("type"),
                             numeric.contains(column) ? QStringLiteral("float") : QStringLiteral("string"));
    }
    m_xml.writeEndElement();  // Schema
    m_xml.writeStartElement(QStringLiteral("Document"));
    m_xml.writeAttribute(QStringLiteral("id"), m_layer);
    m_xml.writeTextElement(QStringLiteral("name"), m_layer);
}

void KmlWriter::writePlacemark(const domain::GeoPoint &position, const QMap<QString, QString> &values)
{
    ++m_count;
    m_xml.writeStartElement(QStringLiteral("Placemark"));
    m_xml.writeAttribute(QStringLiteral("id"), QStringLiteral("%1.%2").arg(m_layer).arg(m_count));
    // Keys in `values` are the unfiltered column names; m_columns holds their XML-safe forms.
    QMap<QString, QString> safe;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        safe.insert(xmlSafeText(it.key()), xmlSafeText(it.value()));
    for (const char *element : {"name", "description"}) {
        const auto value = safe.constFind(QLatin1String(element));
        if (value != safe.cend() && m_columns.contains(QLatin1String(element)))
            m_xml.writeTextElement(QLatin1String(element), *value);
    }
    bool extended = false;
    for (const QString &column : std::as_const(m_columns)) {
        if (isElementColumn(column))
            continue;
        const auto value = safe.constFind(column);
        if (value == safe.cend())
            continue;
        if (!extended) {
            m_xml.writeStartElement(QStringLiteral("ExtendedData"));
            m_xml.writeStartElement(QStringLiteral("SchemaData"));
            m_xml.writeAttribute(QStringLiteral("schemaUrl"), QLatin1Char('#') + m_schemaUrl);
            extended = true;
        }
        m_xml.writeStartElement(QStringLiteral("SimpleData"));
        m_xml.writeAttribute(QStringLiteral("name"), column);
        m_xml.writeCharacters(*value);
        m_xml.writeEndElement();
    }
    if (extended) {
        m_xml.writeEndElement();  // SchemaData
        m_xml.writeEndElement();  // ExtendedData
    }
    m_xml.writeStartElement(QStringLiteral("Point"));
    m_xml.writeTextElement(QStringLiteral("coordinates"),
                           coordinate(position.lon) + QLatin1Char(',') + coordinate(position.lat));
    m_xml.writeEndElement();  // Point
    m_xml.writeEndElement();  // Placemark
}

void KmlWriter::end()
{
    m_xml.writeEndElement();  // Document (the layer)
    m_xml.writeEndElement();  // Document (root)
    m_xml.writeEndElement();  // kml
    m_xml.writeEndDocument();
}

} // namespace nadzor::io
