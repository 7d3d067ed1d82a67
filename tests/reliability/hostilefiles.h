#pragma once
// Writes the hostile-input corpus into a folder: broken and malicious files for every importer
// (cameras: GeoJSON, CSV, GPX, KML/KMZ, GeoPackage, Shapefile, FlatGeobuf, OSM XML; boundaries:
// the same formats). Generated, not committed, so that a zip bomb or a million-vertex polygon
// costs no space in the repository; tests/fixtures/hostile/ holds the small hand-written ones.
#include <QList>
#include <QString>
#include <QStringList>

namespace nadzor::reliability {

struct HostileCase {
    QString name;        // test row name
    QString kind;        // "cameras" or "boundaries"
    QString file;        // absolute path
    QStringList options; // extra probe arguments (--encoding ENC, name field, ...)
    // What must happen: "ok" (imported), "error" (refused with a message naming the file) or
    // "either" (no crash, no hang; if refused, the message names the file).
    QString expect;
    QString messageContains; // for "error": a piece of the message ("" for any)
};

class HostileFiles {
public:
    // Writes every generated file into `folder` and returns the cases (also those of the
    // committed fixtures in `fixtures`, tests/fixtures/hostile/).
    static QList<HostileCase> write(const QString &folder, const QString &fixtures);
};

} // namespace nadzor::reliability
