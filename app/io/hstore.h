#pragma once
// PostgreSQL HSTORE text, as GDAL's OSM driver writes the other_tags/all_tags columns:
// "key"=>"value","key2"=>"value with \"quotes\"". NULL values are skipped.
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace nadzor::io {

using KeyValueList = QList<QPair<QString, QString>>;

// The key/value pairs in order, or std::nullopt if the text is not valid HSTORE.
std::optional<KeyValueList> parseHstore(const QString &text);

} // namespace nadzor::io
