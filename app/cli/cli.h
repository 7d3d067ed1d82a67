#pragma once
#include "cli/command.h"

#include <QList>

namespace nadzor::cli {

// All subcommands, in the order `nadzor --help` lists them.
const QList<Command> &commands();

// Whether argv[1] asks for the headless command line rather than the GUI.
bool isHeadless(const QStringList &arguments);

// Runs the command line (arguments as in QCoreApplication::arguments(), program name first).
int run(const QStringList &arguments);

} // namespace nadzor::cli
