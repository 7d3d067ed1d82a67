#pragma once
// A headless subcommand: `nadzor NAME ARGS...`.
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace nadzor::cli {

struct Context {
    QTextStream &out;  // standard output: data and reports
    QTextStream &err;  // standard error: progress and messages
};

struct Command {
    QString name;
    QString summary;  // one line for `nadzor --help`
    QString usage;    // `nadzor NAME --help`
    // Runs with the arguments after the subcommand's name; returns the process exit code.
    int (*run)(const QStringList &args, Context &context);
};

// Exit codes shared by every subcommand.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

} // namespace nadzor::cli
