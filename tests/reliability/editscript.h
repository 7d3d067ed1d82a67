#pragma once
// A deterministic stream of numbered edits on a project, shared by the helper executable
// (reliability_edithelper, which is killed at random moments) and the tests (which replay the
// same edits in-process to know what the project must hold after edit n).
//
// Edit n (1-based) depends only on n and on the project's state after edits 1..n-1:
//   (n-1) % 8 == 0  addSite with two cameras (uuids derived from n)
//                1  updateCamera: the newest site's first camera gets notes "edit n", angle n % 360
//                2  addCamera at the newest site
//                3  deleteSite of the oldest site when more than 3 sites exist, else updateSite
//                4  undo
//                5  redo
//                6  updateSite: the newest site's address becomes "edit n"
//                7  undo (the next addSite gives up that redo branch)
#include "domain/result.h"
#include "store/projectstore.h"

#include <QString>

namespace nadzor::reliability {

class EditScript {
public:
    explicit EditScript(store::ProjectStore &store) : m_store(store) {}

    // Performs edit n; edits must be performed in order 1, 2, 3, ... on a new project.
    domain::Status perform(int n);

    // Everything the edits touch, as text: sites and cameras (ids, uuids, positions, texts) and
    // the journal (id, action, undone, discarded). Times are left out.
    static domain::Result<QString> dump(const store::ProjectStore &store);

    static QString uuidFor(char kind, int n, int index = 0);

private:
    store::ProjectStore &m_store;
};

} // namespace nadzor::reliability
