#pragma once
// One row of a project's edit journal, as the GUI lists it.
#include <QDateTime>
#include <QString>

namespace nadzor::store {

struct JournalEntry {
    qint64 id = 0;
    QDateTime at;     // UTC
    QString author;
    QString action;   // add_site, update_site, delete_site, add_camera, update_camera,
                      // delete_camera, add_photo, delete_photo, import, save_boundary_layer,
                      // delete_boundary_layer, merge (ProjectStore::applyMerge)
    QString summary;  // one line for people: "Added site 12 with 2 cameras"
    bool undone = false;
    bool discarded = false; // undone, then given up for redo because a new edit followed
};

} // namespace nadzor::store
