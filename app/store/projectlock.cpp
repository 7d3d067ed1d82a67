#include "store/projectlock.h"

#include <QFile>
#include <QSysInfo>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <QCoreApplication>

namespace nadzor::store {

using domain::makeError;

namespace {

LockOwner parseOwner(const QByteArray &text)
{
    LockOwner owner;
    const QList<QByteArray> lines = text.split('\n');
    if (lines.size() >= 2) {
        bool ok = false;
        const qint64 pid = lines.at(0).trimmed().toLongLong(&ok);
        if (ok && pid > 0) {
            owner.pid = pid;
            owner.host = QString::fromUtf8(lines.at(1).trimmed());
        }
    }
    return owner;
}

} // namespace

ProjectLock::ProjectLock(QString path, int fd) : m_path(std::move(path)), m_fd(fd)
{
}

ProjectLock::~ProjectLock()
{
    if (m_fd >= 0) {
        // Unlink while still holding the flock: a process that opened the old file before the
        // unlink and locks it afterwards sees that it is no longer the file at the path and
        // tries again (see tryAcquire).
        ::unlink(QFile::encodeName(m_path).constData());
        ::close(m_fd);
    }
}

QString ProjectLock::lockPath(const QString &projectPath)
{
    return projectPath + QStringLiteral(".lock");
}

LockOwner ProjectLock::readOwner(const QString &projectPath)
{
    QFile file(lockPath(projectPath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parseOwner(file.read(4096));
}

domain::Result<std::unique_ptr<ProjectLock>> ProjectLock::tryAcquire(const QString &projectPath,
                                                                     LockOwner *owner)
{
    const QString path = lockPath(projectPath);
    const QByteArray name = QFile::encodeName(path);
    for (int attempt = 0; attempt < 20; ++attempt) {
        const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
        if (fd < 0)
            return makeError(QCoreApplication::translate("nadzor::store", "cannot create the lock file %1: %2")
                                 .arg(path, QString::fromLocal8Bit(std::strerror(errno))),
                             projectPath);
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int error = errno;
            ::close(fd);
            if (error != EWOULDBLOCK && error != EINTR)
                return makeError(QCoreApplication::translate("nadzor::store", "cannot lock %1: %2")
                                     .arg(path, QString::fromLocal8Bit(std::strerror(error))),
                                 projectPath);
            // Held. The holder writes its details right after locking; give it a moment.
            LockOwner found;
            for (int i = 0; i < 10 && found.pid == 0; ++i) {
                found = readOwner(projectPath);
                if (found.pid == 0)
                    QThread::msleep(10);
            }
            if (owner)
                *owner = found;
            return std::unique_ptr<ProjectLock>();
        }
        // Locked; but is it still the file at the path (the previous holder unlinks on release)?
        struct stat byFd {};
        struct stat byPath {};
        if (::fstat(fd, &byFd) != 0 || ::stat(name.constData(), &byPath) != 0
            || byFd.st_ino != byPath.st_ino || byFd.st_dev != byPath.st_dev) {
            ::close(fd);
            continue;
        }
        const QByteArray details = QByteArray::number(qint64(::getpid())) + '\n'
            + QSysInfo::machineHostName().toUtf8() + '\n';
        if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, details.constData(), details.size(), 0)
                != ssize_t(details.size())) {
            const int error = errno;
            ::unlink(name.constData());
            ::close(fd);
            return makeError(QCoreApplication::translate("nadzor::store", "cannot write the lock file %1: %2")
                                 .arg(path, QString::fromLocal8Bit(std::strerror(error))),
                             projectPath);
        }
        return std::unique_ptr<ProjectLock>(new ProjectLock(path, fd));
    }
    return makeError(QCoreApplication::translate("nadzor::store", "cannot take the lock file %1 (it keeps being replaced)").arg(path),
                     projectPath);
}

} // namespace nadzor::store
