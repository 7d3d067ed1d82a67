#pragma once
// What the analysis commands (density, report, export) read from a project: the store opened
// read-only and its boundary layer (the project's first, or the bundled Serbian layer).
#include "domain/boundary.h"
#include "domain/result.h"
#include "store/projectstore.h"

#include <memory>

namespace nadzor::cli {

// Opens an existing project read-only; "PROJECT: no such project" when it does not exist.
domain::Result<std::unique_ptr<store::ProjectStore>> openExistingProject(const QString &path);

// The project's newest boundary layer (the one the map shows), or the bundled Serbian municipalities when it has none.
// An empty layer is an error.
domain::Result<domain::BoundaryLayer> projectBoundaryLayer(const store::ProjectStore &project);

} // namespace nadzor::cli
