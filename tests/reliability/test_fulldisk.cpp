// Full disks and read-only media: an import that runs out of space fails with a message naming
// the cause and the project still opens with all its previous data; an export to a full disk or
// a read-only folder fails with a message and leaves no partial file.
//
// Real full disks: a 1 MiB tmpfs mounted in a private mount namespace (`unshare -m`, needs
// root, as in CI's container). Without it, a file-size limit (`ulimit -f`, SIGXFSZ ignored)
// makes writes fail the same way (EFBIG instead of ENOSPC). In-process, RLIMIT_FSIZE makes
// SQLite's cache spill fail in the middle of a large import.
#include "reliabilitytestutil.h"
#include "store/importsession.h"
#include "store/projectstore.h"
#include "tools/gencameras/gencameras.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace nadzor;
using namespace nadzor::reliability::test;

class TestFullDisk : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void importOntoFullDisk();
    void importOverFileSizeLimit();
    void sessionStopsWhenSqliteRollsBack();
    void exportOntoFullDisk();
    void exportIntoReadOnlyFolder();

private:
    bool privateTmpfs();
    Run shell(const QString &script, bool privateNamespace, int timeoutMs = 120000);
    QString makeBase(const QString &name);

    QTemporaryDir m_dir;
    QString m_big;      // GeoJSON with many cameras
    QString m_bigProject; // a project with those cameras, for exports
    int m_tmpfs = -1;
};

void TestFullDisk::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_big = m_dir.filePath(QStringLiteral("big.geojson"));
    const auto points = tools::generateCameras(40000, 7);
    QByteArray json = "{\"type\":\"FeatureCollection\",\"features\":[\n";
    for (int i = 0; i < points.size(); ++i)
        json += "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":["
            + QByteArray::number(points[i].lon, 'f', 7) + ',' + QByteArray::number(points[i].lat, 'f', 7)
            + "]},\"properties\":{\"manufacturer\":\"Dahua\",\"note\":\"camera " + QByteArray::number(i)
            + "\"}}" + (i + 1 < points.size() ? ",\n" : "\n");
    json += "]}\n";
    QVERIFY(writeFile(m_big, json));
    // The export source: 3000 cameras, several times what the 256 KiB disks below hold (KML
    // export time grows with the square of the count, so not more).
    const QString some = m_dir.filePath(QStringLiteral("some.geojson"));
    QByteArray small = "{\"type\":\"FeatureCollection\",\"features\":[\n";
    for (int i = 0; i < 3000; ++i)
        small += "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":["
            + QByteArray::number(points[i].lon, 'f', 7) + ',' + QByteArray::number(points[i].lat, 'f', 7)
            + "]},\"properties\":{\"manufacturer\":\"Dahua\",\"note\":\"camera " + QByteArray::number(i)
            + "\"}}" + (i + 1 < 3000 ? ",\n" : "\n");
    small += "]}\n";
    QVERIFY(writeFile(some, small));
    m_bigProject = m_dir.filePath(QStringLiteral("some.nadzor"));
    const Run run = runNadzor({QStringLiteral("import"), m_bigProject, some});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.text()));
}

bool TestFullDisk::privateTmpfs()
{
    if (m_tmpfs < 0) {
        const QString mnt = m_dir.filePath(QStringLiteral("probe-mnt"));
        QDir().mkpath(mnt);
        QProcess p;
        p.start(QStringLiteral("unshare"), {QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"),
                                            QStringLiteral("mount -t tmpfs -o size=16k tmpfs '%1'").arg(mnt)});
        m_tmpfs = p.waitForStarted(5000) && p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit
            && p.exitCode() == 0;
        if (!m_tmpfs)
            qInfo("no private tmpfs here (unshare -m needs root): %s", p.readAllStandardError().constData());
    }
    return m_tmpfs == 1;
}

Run TestFullDisk::shell(const QString &script, bool privateNamespace, int timeoutMs)
{
    QStringList args;
    if (privateNamespace)
        args << QStringLiteral("-m") << QStringLiteral("sh");
    args << QStringLiteral("-c") << script;
    QProcess p;
    QProcessEnvironment env = childEnvironment();
    env.insert(QStringLiteral("NADZOR"), QStringLiteral(NADZOR_BINARY));
    p.setProcessEnvironment(env);
    p.start(privateNamespace ? QStringLiteral("unshare") : QStringLiteral("sh"), args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = r.crashed ? -1 : p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString TestFullDisk::makeBase(const QString &name)
{
    const QString path = m_dir.filePath(name);
    auto created = store::ProjectStore::create(path);
    if (!created)
        return {};
    for (int i = 0; i < 5; ++i) {
        domain::Site site;
        site.position = {20.45 + i * 0.01, 44.81};
        site.address = QStringLiteral("Knez Mihailova %1").arg(i);
        site.cameras.append(domain::Camera());
        if (!created.value()->addSite(site))
            return {};
    }
    return path;
}

void TestFullDisk::importOntoFullDisk()
{
    if (!privateTmpfs())
        QSKIP("needs a private tmpfs (root); importOverFileSizeLimit covers the same path");
    const QString base = makeBase(QStringLiteral("full-base.nadzor"));
    QVERIFY(!base.isEmpty());
    const QString mnt = m_dir.filePath(QStringLiteral("mnt-import"));
    const QString out = m_dir.filePath(QStringLiteral("after-import"));
    QVERIFY(QDir().mkpath(mnt) && QDir().mkpath(out));
    // The project lives on a 1 MiB disk; the cameras (~8 MiB) do not fit. Afterwards the
    // project's files are copied out of the namespace for inspection.
    const Run run = shell(QStringLiteral("mount -t tmpfs -o size=1m tmpfs '%1' || exit 99; cp '%2' '%1/p.nadzor'; "
                                         "timeout 100 \"$NADZOR\" import '%1/p.nadzor' '%3'; echo \"EXIT $?\"; "
                                         "df -k '%1' | tail -1; cp '%1'/p.nadzor* '%4/'")
                              .arg(mnt, base, m_big, out),
                          true);
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.text()));
    const QString text = run.text();
    QVERIFY2(text.contains(QStringLiteral("EXIT 1")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("database or disk is full")) || text.contains(QStringLiteral("No space left")),
             qPrintable(QStringLiteral("the message does not name the cause: ") + text));
    QVERIFY2(text.contains(QStringLiteral("nothing was imported")), qPrintable(text));

    const QString project = QDir(out).filePath(QStringLiteral("p.nadzor"));
    QCOMPARE(integrityCheck(project), QStringLiteral("ok"));
    auto opened = store::ProjectStore::open(project);
    QVERIFY2(opened, qPrintable(opened.errorString()));
    QCOMPARE(opened.value()->cameraCount(), 5);
    QCOMPARE(opened.value()->journal().value().size(), 5);
    QCOMPARE(opened.value()->site(3).value().address, QStringLiteral("Knez Mihailova 2"));
}

void TestFullDisk::importOverFileSizeLimit()
{
    const QString base = makeBase(QStringLiteral("limit-base.nadzor"));
    QVERIFY(!base.isEmpty());
    // Writes past 1 MiB fail with EFBIG (SIGXFSZ ignored, so the process is not killed).
    const Run run = shell(QStringLiteral("trap '' XFSZ; ulimit -f 2048; exec \"$NADZOR\" import '%1' '%2'").arg(base, m_big),
                          false);
    QVERIFY2(run.finished && !run.crashed, qPrintable(run.text()));
    QCOMPARE(run.exitCode, 1);
    const QString text = run.text();
    QVERIFY2(text.contains(QStringLiteral("disk I/O error")) || text.contains(QStringLiteral("disk is full"))
                 || text.contains(QStringLiteral("too large")),
             qPrintable(QStringLiteral("the message does not name the cause: ") + text));
    QCOMPARE(integrityCheck(base), QStringLiteral("ok"));
    auto opened = store::ProjectStore::open(base);
    QVERIFY2(opened, qPrintable(opened.errorString()));
    QCOMPARE(opened.value()->cameraCount(), 5);
    QCOMPARE(opened.value()->journal().value().size(), 5);
}

void TestFullDisk::sessionStopsWhenSqliteRollsBack()
{
    // The GUI goes on after a site that cannot be stored. When the disk fills up in the middle
    // of a large import, SQLite rolls the whole transaction back by itself; the session must
    // then stop instead of storing the remaining sites one autocommit at a time.
    const QString base = makeBase(QStringLiteral("session-base.nadzor"));
    QVERIFY(!base.isEmpty());
    auto opened = store::ProjectStore::open(base);
    QVERIFY(opened);
    store::ProjectStore &s = *opened.value();
    auto begun = s.beginImport(QStringLiteral("too big"));
    QVERIFY(begun);
    std::unique_ptr<store::ImportSession> session = begun.take();

    struct rlimit old {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit tight = old;
    tight.rlim_cur = 4u << 20; // 4 MiB per file: the import's cache (64 MiB) spills past it
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &tight), 0);
    qint64 failed = 0;
    QString firstError;
    for (int i = 0; i < 300000; ++i) {
        domain::Site site;
        site.position = {19.0 + (i % 1000) * 0.003, 42.5 + (i / 1000) * 0.01};
        site.address = QStringLiteral("Ulica broj %1 sa dovoljno dugom adresom da bi stranice brzo rasle").arg(i);
        domain::Camera camera;
        camera.notes = QStringLiteral("napomena %1").arg(i);
        site.cameras.append(camera);
        if (auto added = session->addSite(site); !added) {
            if (firstError.isEmpty())
                firstError = added.errorString();
            ++failed;
        }
    }
    const domain::Status committed = session->commit();
    session.reset();
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);

    // Either SQLite's cache spilled past the limit during addSite (then the session must have
    // stopped, saying the import was rolled back) or everything stayed in the cache until
    // COMMIT, which then failed. Both ways nothing may be stored.
    QVERIFY2(!committed, "an import that could not be written was reported as committed");
    qInfo("%lld sites refused; first error: %s; commit: %s", failed, qPrintable(firstError),
          qPrintable(committed.errorString()));
    if (failed > 0)
        QVERIFY2(firstError.contains(QStringLiteral("rolled back")), qPrintable(firstError));
    opened = domain::Error{};
    QCOMPARE(integrityCheck(base), QStringLiteral("ok"));
    auto again = store::ProjectStore::open(base);
    QVERIFY(again);
    QCOMPARE(again.value()->cameraCount(), 5); // nothing of the import, everything from before
    QCOMPARE(again.value()->journal().value().size(), 5);
}

void TestFullDisk::exportOntoFullDisk()
{
    const QStringList formats = {QStringLiteral("geojson"), QStringLiteral("csv"), QStringLiteral("gpkg"),
                                 QStringLiteral("kml"), QStringLiteral("osm")};
    const bool tmpfs = privateTmpfs();
    for (const QString &format : formats) {
        const QString mnt = m_dir.filePath(QStringLiteral("mnt-export-") + format);
        QVERIFY(QDir().mkpath(mnt));
        const QString target = QDir(mnt).filePath(QStringLiteral("cameras.") + format);
        const QString script = tmpfs
            ? QStringLiteral("mount -t tmpfs -o size=256k tmpfs '%1' || exit 99; timeout 100 \"$NADZOR\" export '%2' --out '%3'; "
                             "echo \"EXIT $?\"; ls -A '%1' | sed 's/^/LEFT /'")
                  .arg(mnt, m_bigProject, target)
            : QStringLiteral("trap '' XFSZ; ulimit -f 512; timeout 100 \"$NADZOR\" export '%2' --out '%3'; "
                             "echo \"EXIT $?\"; ls -A '%1' | sed 's/^/LEFT /'")
                  .arg(mnt, m_bigProject, target);
        const Run run = shell(script, tmpfs);
        const QString text = run.text();
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(format + ": " + text));
        QVERIFY2(text.contains(QStringLiteral("EXIT 1")), qPrintable(format + ": " + text));
        QVERIFY2(text.contains(QStringLiteral("nadzor export: ")), qPrintable(format + ": " + text));
        QVERIFY2(!text.contains(QStringLiteral("LEFT ")), qPrintable(format + ": a partial file was left: " + text));
        qInfo("%s onto a full disk: %s", qPrintable(format),
              qPrintable(text.section(QLatin1Char('\n'), 0, 0).left(200)));
    }
}

void TestFullDisk::exportIntoReadOnlyFolder()
{
    const bool tmpfs = privateTmpfs();
    if (!tmpfs && geteuid() == 0)
        QSKIP("root ignores folder permissions and there is no private mount namespace for a read-only mount");
    for (const QString &format : {QStringLiteral("geojson"), QStringLiteral("csv"), QStringLiteral("gpkg"),
                                  QStringLiteral("kml"), QStringLiteral("osm")}) {
        const QString mnt = m_dir.filePath(QStringLiteral("ro-") + format);
        QVERIFY(QDir().mkpath(mnt));
        const QString target = QDir(mnt).filePath(QStringLiteral("cameras.") + format);
        Run run;
        if (tmpfs) {
            run = shell(QStringLiteral("mount -t tmpfs -o ro,size=64k tmpfs '%1' || exit 99; timeout 100 \"$NADZOR\" export '%2' --out '%3'; "
                                       "echo \"EXIT $?\"; ls -A '%1' | sed 's/^/LEFT /'")
                            .arg(mnt, m_bigProject, target),
                        true);
        } else {
            QVERIFY(QFile::setPermissions(mnt, QFile::ReadOwner | QFile::ExeOwner));
            run = shell(QStringLiteral("timeout 100 \"$NADZOR\" export '%2' --out '%3'; echo \"EXIT $?\"; ls -A '%1' | sed 's/^/LEFT /'")
                            .arg(mnt, m_bigProject, target),
                        false);
            QFile::setPermissions(mnt, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        const QString text = run.text();
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(format + ": " + text));
        QVERIFY2(text.contains(QStringLiteral("EXIT 1")), qPrintable(format + ": " + text));
        QVERIFY2(text.contains(QStringLiteral("nadzor export: ")), qPrintable(format + ": " + text));
        QVERIFY2(!text.contains(QStringLiteral("LEFT ")), qPrintable(format + ": " + text));
        qInfo("%s into a read-only folder: %s", qPrintable(format),
              qPrintable(text.section(QLatin1Char('\n'), 0, 0).left(200)));
    }
    // A project on a read-only medium opens read-only only; an import into it is refused.
    if (tmpfs) {
        const QString base = makeBase(QStringLiteral("ro-base.nadzor"));
        const QString mnt = m_dir.filePath(QStringLiteral("ro-project"));
        QVERIFY(QDir().mkpath(mnt));
        const Run run = shell(QStringLiteral("mount -t tmpfs -o size=1m tmpfs '%1' && cp '%2' '%1/p.nadzor' && "
                                             "mount -o remount,ro '%1' || exit 99; timeout 100 \"$NADZOR\" import '%1/p.nadzor' '%3'; "
                                             "echo \"EXIT $?\"; timeout 100 \"$NADZOR\" export '%1/p.nadzor' --out '%4'; echo \"EXPORT $?\"")
                                  .arg(mnt, base, m_big, m_dir.filePath(QStringLiteral("from-ro.geojson"))),
                              true);
        const QString text = run.text();
        QVERIFY2(text.contains(QStringLiteral("EXIT 1")) && text.contains(QStringLiteral("cannot open the project for writing")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("EXPORT 0")), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestFullDisk)
#include "test_fulldisk.moc"
