#pragma once
// Serbian Latin to Cyrillic for whole messages of the user interface: the words are
// transliterated (boundaries::latinToCyrillic) while what must stay as it is stays: %1/%n/%L1
// placeholders, HTML tags and entities, URLs, file names and extensions, command-line options,
// keyboard shortcuts, OSM tags and identifiers, and Latin-only technical tokens (PDF, CSV,
// GeoJSON, OpenStreetMap, ...). tools/translit-ts makes nadzor_sr_Cyrl.ts with it; the tests
// use latinLeftovers() to prove a Cyrillic string has no Latin left outside those.
#include <QString>
#include <QStringList>

namespace nadzor::i18n {

// The technical tokens written in Latin in every script.
const QStringList &latinTokens();
// The message with its Serbian Latin words in Cyrillic, the protected parts untouched.
QString latinMessageToCyrillic(const QString &message);
// The words of `text` that still hold Latin letters once the protected parts (as above) are
// taken out; empty for a proper Cyrillic message.
QStringList latinLeftovers(const QString &text);

} // namespace nadzor::i18n
