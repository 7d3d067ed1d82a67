#include "clirunner.h"

#include "store/projectstore.h"

#include <QFile>
#include <QProcess>

namespace nadzor::test {

CliRun runNadzor(const QStringList &args, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(NADZOR_BINARY), args);
    CliRun r;
    if (!p.waitForFinished(timeoutMs))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

ProjectState projectState(const QString &project)
{
    ProjectState s;
    auto opened = store::ProjectStore::open(project, store::OpenMode::ReadOnly);
    if (!opened)
        return s;
    s.sites = opened.value()->siteCount();
    s.cameras = opened.value()->cameraCount();
    const auto journal = opened.value()->journal();
    if (journal) {
        s.journal = journal.value().size();
        if (!journal.value().isEmpty()) {
            s.lastAction = journal.value().last().action;
            s.lastSummary = journal.value().last().summary;
        }
    }
    return s;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace nadzor::test
