#pragma once
// Running the real `nadzor` binary in end-to-end tests, and reading back what it left.
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace nadzor::test {

struct CliRun {
    int exitCode = -1;  // -1: did not finish in time; -2: crashed
    QString out;
    QString err;
};

// Runs `nadzor ARGS...` (offscreen) and waits up to `timeoutMs`.
CliRun runNadzor(const QStringList &args, int timeoutMs = 300000);

// A project's counts, read through a read-only ProjectStore; -1 when it cannot be opened.
struct ProjectState {
    qint64 sites = -1;
    qint64 cameras = -1;
    qint64 journal = -1;
    QString lastAction;   // of the newest journal entry
    QString lastSummary;
};
ProjectState projectState(const QString &project);

bool writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);  // empty when it cannot be read

} // namespace nadzor::test
