#pragma once
// Text that XML 1.0 can carry. XML has no escape for most C0 control characters (NUL, ESC,
// BEL, ...), for U+FFFE/U+FFFF or for lone surrogates: a document containing them is not
// well-formed, and JOSM, Google Earth and GDAL refuse the whole file. Such characters are
// dropped from what the KML and OSM XML exports write; tab, line feed and carriage return stay.
#include <QString>

namespace nadzor::io {

QString xmlSafeText(const QString &text);

} // namespace nadzor::io
