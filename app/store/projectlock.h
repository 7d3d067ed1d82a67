#pragma once
// Keeps two Nadzor processes from writing one project at the same time.
//
// The lock is a sidecar file PROJECT.lock (e.g. "survey.nadzor.lock") holding the owner's pid and
// host name, with an exclusive flock() on it while the project is open for writing. The kernel
// drops the flock when its process ends in any way (also SIGKILL or a crash), so a lock file left
// behind by a dead process is stale by construction and the next opener simply takes it over;
// no pid guessing is involved. A second process (or a second ProjectStore in one process) that
// cannot take the lock learns who holds it and opens the project read-only.
#include "domain/result.h"

#include <QString>
#include <memory>

namespace nadzor::store {

struct LockOwner {
    qint64 pid = 0;  // 0 when the holder has not written its details yet
    QString host;
};

class ProjectLock {
public:
    ~ProjectLock(); // releases the lock and removes the lock file
    ProjectLock(const ProjectLock &) = delete;
    ProjectLock &operator=(const ProjectLock &) = delete;

    // The lock file of a project: PROJECT + ".lock".
    static QString lockPath(const QString &projectPath);

    // Takes the lock without waiting. Returns the held lock; or nullptr when another process
    // (or another store in this process) holds it, with *owner filled in; or an Error when the
    // lock file cannot be created or locked at all.
    static domain::Result<std::unique_ptr<ProjectLock>> tryAcquire(const QString &projectPath,
                                                                   LockOwner *owner = nullptr);

    // Who holds the lock of a project according to its lock file (pid 0 if nobody wrote one).
    static LockOwner readOwner(const QString &projectPath);

private:
    ProjectLock(QString path, int fd);

    QString m_path;
    int m_fd = -1;
};

} // namespace nadzor::store
