// Crash safety: processes are killed with SIGKILL at random (seeded, reproducible) moments
// during a large `nadzor import` and during a stream of edits, and every time the project must
// open, pass PRAGMA integrity_check, hold every acknowledged edit, and show an import either
// fully or not at all. Also: two processes on one project (one writes, the other is read-only).
//
// NADZOR_CRASH_SEED, NADZOR_CRASH_TRIALS (per kind) and NADZOR_CRASH_CAMERAS override the
// defaults to reproduce or to run longer.
#include "editscript.h"
#include "reliabilitytestutil.h"
#include "store/importsession.h"
#include "store/projectstore.h"
#include "tools/gencameras/gencameras.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <set>

using namespace nadzor;
using namespace nadzor::reliability::test;
using reliability::EditScript;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

// Runs a process and kills it (SIGKILL) after `delayMs` unless it finished before; collects
// everything it wrote to stdout (so that a full pipe never stalls it).
struct Killed {
    bool finishedByItself = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Killed runAndKill(const QString &program, const QStringList &args, int delayMs)
{
    QProcess p;
    p.setProcessEnvironment(childEnvironment());
    p.start(program, args);
    Killed k;
    if (!p.waitForStarted(10000))
        return k;
    QElapsedTimer timer;
    timer.start();
    while (p.state() == QProcess::Running && timer.elapsed() < delayMs) {
        p.waitForReadyRead(std::max<qint64>(1, std::min<qint64>(5, delayMs - timer.elapsed())));
        k.out += p.readAllStandardOutput();
    }
    if (p.state() == QProcess::Running) {
        p.kill(); // SIGKILL
        p.waitForFinished(10000);
    } else {
        k.finishedByItself = p.exitStatus() == QProcess::NormalExit;
        k.exitCode = p.exitCode();
    }
    k.out += p.readAllStandardOutput();
    k.err = p.readAllStandardError();
    return k;
}

// The highest n of complete "ACK n" lines.
int lastAckOf(const QByteArray &out)
{
    const QList<QByteArray> lines = out.split('\n');
    int last = 0;
    for (int i = 0; i + 1 < lines.size(); ++i) { // the last piece has no '\n' yet
        if (lines[i].startsWith("ACK "))
            last = std::max(last, lines[i].mid(4).toInt());
    }
    return last;
}

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void killDuringImport();
    void killDuringEdits();
    void twoInstances();
    void secondInstanceReadOnlyInProcess();

private:
    // The expected dump after edits 1..n for each n in `wanted`, by replaying the script.
    std::map<int, QString> replay(const std::set<int> &wanted);

    QTemporaryDir m_dir;
    quint32 m_seed = 0;
    int m_trials = 50;
    QString m_bigFile;
    int m_bigCameras = 0;
};

void TestCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_seed = quint32(envInt("NADZOR_CRASH_SEED", 20240611));
    m_trials = envInt("NADZOR_CRASH_TRIALS", 50);
    m_bigCameras = envInt("NADZOR_CRASH_CAMERAS", 40000);
    qInfo("seed %u (NADZOR_CRASH_SEED), %d trials per kind, %d cameras in the import", m_seed,
          m_trials, m_bigCameras);

    // A GeoJSON of generated cameras, big enough for the import to take about a second.
    m_bigFile = m_dir.filePath(QStringLiteral("big.geojson"));
    const auto points = tools::generateCameras(m_bigCameras, m_seed);
    QByteArray json = "{\"type\":\"FeatureCollection\",\"features\":[\n";
    json.reserve(points.size() * 160);
    for (int i = 0; i < points.size(); ++i) {
        json += "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":["
            + QByteArray::number(points[i].lon, 'f', 7) + ','
            + QByteArray::number(points[i].lat, 'f', 7)
            + "]},\"properties\":{\"manufacturer\":\""
            + tools::generatedManufacturer(i, m_seed).toUtf8()
            + "\",\"surveillance:type\":\"camera\",\"note\":\"generated " + QByteArray::number(i)
            + "\"}}" + (i + 1 < points.size() ? ",\n" : "\n");
    }
    json += "]}\n";
    QVERIFY(writeFile(m_bigFile, json));
}

void TestCrashSafety::killDuringImport()
{
    // The project before the import: a few sites added by hand.
    const QString base = m_dir.filePath(QStringLiteral("base.nadzor"));
    {
        auto created = store::ProjectStore::create(base);
        QVERIFY2(created, qPrintable(created.errorString()));
        for (int i = 0; i < 5; ++i) {
            domain::Site site;
            site.position = {20.45 + i * 0.01, 44.81};
            site.cameras.append(domain::Camera());
            site.cameras.append(domain::Camera());
            QVERIFY(created.value()->addSite(site));
        }
    }
    qint64 beforeCameras = 0, beforeJournal = 0;
    {
        auto opened = store::ProjectStore::open(base, store::OpenMode::ReadOnly);
        QVERIFY(opened);
        beforeCameras = opened.value()->cameraCount();
        beforeJournal = opened.value()->journal().value().size();
    }
    QCOMPARE(beforeCameras, 10);

    // One full import: how many cameras, and how long it takes here (to spread the kills).
    const QString full = m_dir.filePath(QStringLiteral("full.nadzor"));
    QVERIFY(QFile::copy(base, full));
    QElapsedTimer timer;
    timer.start();
    const Run run = runNadzor({QStringLiteral("import"), full, m_bigFile}, 300000);
    const qint64 importMs = timer.elapsed();
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.text()));
    qint64 imported = 0;
    {
        auto opened = store::ProjectStore::open(full, store::OpenMode::ReadOnly);
        QVERIFY(opened);
        imported = opened.value()->cameraCount() - beforeCameras;
    }
    QVERIFY(imported > 0);
    QFile::remove(full);
    qInfo("a full import of %lld cameras took %lld ms here", imported, importMs);

    QRandomGenerator random(m_seed);
    int killed = 0, complete = 0, nothing = 0;
    for (int trial = 0; trial < m_trials; ++trial) {
        const QString project = m_dir.filePath(QStringLiteral("import-%1.nadzor").arg(trial));
        QVERIFY(QFile::copy(base, project));
        QFile::setPermissions(project, QFile::ReadOwner | QFile::WriteOwner);
        const int delay = int(random.bounded(quint32(importMs * 11 / 10 + 1)));
        const Killed k = runAndKill(QStringLiteral(NADZOR_BINARY),
                                    {QStringLiteral("import"), project, m_bigFile}, delay);
        if (!k.finishedByItself)
            ++killed;
        const QString context = QStringLiteral("trial %1 (seed %2, kill after %3 ms)")
                                    .arg(trial)
                                    .arg(m_seed)
                                    .arg(delay);

        const QString integrity = integrityCheck(project);
        QVERIFY2(integrity == QLatin1String("ok"), qPrintable(context + ": " + integrity));
        auto opened = store::ProjectStore::open(project);
        QVERIFY2(opened, qPrintable(context + ": " + opened.errorString()));
        store::ProjectStore &s = *opened.value();
        QVERIFY2(!s.isReadOnly(), qPrintable(context + ": the dead importer's lock was not taken over: " + s.notice()));
        const qint64 cameras = s.cameraCount();
        const auto journal = s.journal();
        QVERIFY(journal);
        if (cameras == beforeCameras) {
            ++nothing;
            QVERIFY2(!k.finishedByItself || k.exitCode != 0, qPrintable(context + ": exit 0 but nothing imported"));
            QCOMPARE(journal.value().size(), beforeJournal);
        } else {
            ++complete;
            QVERIFY2(cameras == beforeCameras + imported,
                     qPrintable(context + QStringLiteral(": half an import: %1 cameras, expected %2 or %3")
                                              .arg(cameras)
                                              .arg(beforeCameras)
                                              .arg(beforeCameras + imported)));
            QCOMPARE(journal.value().size(), beforeJournal + 1);
            const store::JournalEntry &last = journal.value().last();
            QCOMPARE(last.action, QStringLiteral("import"));
            QVERIFY2(last.summary.startsWith(QStringLiteral("Imported %1 ").arg(s.siteCount() - 5)),
                     qPrintable(last.summary));
            // The import can still be undone as a whole.
            QVERIFY(s.undo());
            QCOMPARE(s.cameraCount(), beforeCameras);
        }
        opened = domain::Error{};
        for (const char *extra : {"", "-wal", "-shm", ".lock"})
            QFile::remove(project + QLatin1String(extra));
    }
    qInfo("import trials: %d killed, %d imported completely, %d left unchanged, none half-applied",
          killed, complete, nothing);
    QVERIFY(killed > 0);
}

std::map<int, QString> TestCrashSafety::replay(const std::set<int> &wanted)
{
    std::map<int, QString> dumps;
    const QString project = m_dir.filePath(QStringLiteral("replay.nadzor"));
    for (const char *extra : {"", "-wal", "-shm", ".lock"})
        QFile::remove(project + QLatin1String(extra));
    auto created = store::ProjectStore::create(project);
    if (!created)
        return dumps;
    store::ProjectStore &s = *created.value();
    s.setAuthor(QStringLiteral("helper"));
    EditScript script(s);
    const int last = wanted.empty() ? 0 : *wanted.rbegin();
    for (int n = 0; n <= last; ++n) {
        if (n > 0) {
            if (auto st = script.perform(n); !st) {
                qWarning("replay: edit %d failed: %s", n, qPrintable(st.errorString()));
                return dumps;
            }
        }
        if (wanted.count(n))
            dumps[n] = EditScript::dump(s).value();
    }
    return dumps;
}

void TestCrashSafety::killDuringEdits()
{
    const QString base = m_dir.filePath(QStringLiteral("edits-base.nadzor"));
    QVERIFY(store::ProjectStore::create(base));

    struct Outcome {
        int trial;
        int acked;
        int delay;
        QString dump;
    };
    QList<Outcome> outcomes;
    QRandomGenerator random(m_seed ^ 0x5eed);
    for (int trial = 0; trial < m_trials; ++trial) {
        const QString project = m_dir.filePath(QStringLiteral("edits-%1.nadzor").arg(trial));
        QVERIFY(QFile::copy(base, project));
        QFile::setPermissions(project, QFile::ReadOwner | QFile::WriteOwner);
        const int delay = 20 + int(random.bounded(600u));
        const Killed k = runAndKill(QStringLiteral(NADZOR_EDIT_HELPER),
                                    {project, QStringLiteral("1000000")}, delay);
        const QString context = QStringLiteral("edit trial %1 (seed %2, kill after %3 ms)")
                                    .arg(trial)
                                    .arg(m_seed)
                                    .arg(delay);
        QVERIFY2(!k.out.contains("FAIL"), qPrintable(context + ": " + QString::fromUtf8(k.out.right(500))));
        QVERIFY2(!k.finishedByItself, qPrintable(context + ": the helper ended by itself: " + QString::fromUtf8(k.err)));
        const int acked = lastAckOf(k.out);

        const QString integrity = integrityCheck(project);
        QVERIFY2(integrity == QLatin1String("ok"), qPrintable(context + ": " + integrity));
        auto opened = store::ProjectStore::open(project);
        QVERIFY2(opened, qPrintable(context + ": " + opened.errorString()));
        QVERIFY2(!opened.value()->isReadOnly(),
                 qPrintable(context + ": the killed helper's lock was not taken over: " + opened.value()->notice()));
        auto dump = EditScript::dump(*opened.value());
        QVERIFY2(dump, qPrintable(dump.errorString()));
        outcomes.append({trial, acked, delay, dump.value()});
        opened = domain::Error{};
        for (const char *extra : {"", "-wal", "-shm", ".lock"})
            QFile::remove(project + QLatin1String(extra));
    }

    std::set<int> wanted;
    for (const Outcome &o : outcomes) {
        wanted.insert(o.acked);
        wanted.insert(o.acked + 1);
    }
    const auto expected = replay(wanted);
    QCOMPARE(expected.size(), wanted.size());
    int inFlightCommitted = 0, maxAcked = 0;
    for (const Outcome &o : outcomes) {
        maxAcked = std::max(maxAcked, o.acked);
        const QString &exact = expected.at(o.acked);
        const QString &oneMore = expected.at(o.acked + 1);
        if (o.dump == oneMore && o.dump != exact)
            ++inFlightCommitted;
        if (o.dump != exact && o.dump != oneMore) {
            qWarning("edit trial %d (seed %u, kill after %d ms): %d edits acknowledged; the project "
                     "holds:\n%s\nexpected:\n%s",
                     o.trial, m_seed, o.delay, o.acked, qPrintable(o.dump), qPrintable(exact));
            QFAIL("an acknowledged edit is missing or an edit is half-applied");
        }
    }
    qInfo("edit trials: %lld, up to %d acknowledged edits; %d times the edit in flight had "
          "committed before its ACK was printed",
          qint64(outcomes.size()), maxAcked, inFlightCommitted);
}

void TestCrashSafety::twoInstances()
{
    const QString project = m_dir.filePath(QStringLiteral("two.nadzor"));
    QVERIFY(store::ProjectStore::create(project));
    const int edits = 300;

    QProcess a, b;
    for (QProcess *p : {&a, &b}) {
        p->setProcessEnvironment(childEnvironment());
        p->start(QStringLiteral(NADZOR_EDIT_HELPER),
                 {project, QString::number(edits), QStringLiteral("--wait-go")});
        QVERIFY(p->waitForStarted(10000));
    }
    // Both have opened the project before either edits.
    auto modeLine = [](QProcess &p) {
        while (!p.canReadLine() && p.waitForReadyRead(20000)) {
        }
        return QString::fromUtf8(p.readLine()).trimmed();
    };
    const QString modeA = modeLine(a);
    const QString modeB = modeLine(b);
    QVERIFY2(modeA.startsWith(QStringLiteral("MODE")) && modeB.startsWith(QStringLiteral("MODE")),
             qPrintable(modeA + " / " + modeB));
    QVERIFY2((modeA == QLatin1String("MODE rw")) != (modeB == QLatin1String("MODE rw")),
             qPrintable(QStringLiteral("exactly one writer expected: ") + modeA + " / " + modeB));
    QProcess &writer = modeA == QLatin1String("MODE rw") ? a : b;
    QProcess &reader = modeA == QLatin1String("MODE rw") ? b : a;
    const QString readerMode = modeA == QLatin1String("MODE rw") ? modeB : modeA;
    const QString expectedNotice = QStringLiteral("%1 is open in another Nadzor (pid %2 on host %3); opened read-only")
                                       .arg(project)
                                       .arg(writer.processId())
                                       .arg(QSysInfo::machineHostName());
    QCOMPARE(readerMode, QStringLiteral("MODE ro ") + expectedNotice);

    a.write("go\n");
    b.write("go\n");
    QVERIFY(writer.waitForFinished(120000));
    QVERIFY(reader.waitForFinished(120000));
    const QByteArray writerOut = writer.readAllStandardOutput();
    const QByteArray readerOut = reader.readAllStandardOutput();
    QCOMPARE(writer.exitCode(), 0);
    QVERIFY2(reader.exitCode() == 0, readerOut.right(500).constData());
    QCOMPARE(lastAckOf(writerOut), edits);
    QCOMPARE(readerOut.count("REFUSED"), 200);
    for (const QByteArray &line : readerOut.split('\n')) {
        if (line.startsWith("REFUSED"))
            QVERIFY2(line.contains("is open in another Nadzor (pid "), line.constData());
    }
    QVERIFY(!readerOut.contains("FAIL"));

    // Everything the writer acknowledged is there; the file is sound; the lock is gone.
    QCOMPARE(integrityCheck(project), QStringLiteral("ok"));
    QVERIFY(!QFileInfo::exists(store::ProjectLock::lockPath(project)));
    auto opened = store::ProjectStore::open(project);
    QVERIFY(opened);
    QVERIFY(!opened.value()->isReadOnly());
    const auto expected = replay({edits});
    QCOMPARE(EditScript::dump(*opened.value()).value(), expected.at(edits));
}

void TestCrashSafety::secondInstanceReadOnlyInProcess()
{
    // Two stores in one process behave like two processes: the second one is read-only, says
    // why, refuses changes, and still sees the first one's committed edits.
    const QString project = m_dir.filePath(QStringLiteral("inprocess.nadzor"));
    auto first = store::ProjectStore::create(project);
    QVERIFY(first);
    QVERIFY(QFileInfo::exists(store::ProjectLock::lockPath(project)));
    auto second = store::ProjectStore::open(project);
    QVERIFY2(second, qPrintable(second.errorString()));
    QVERIFY(second.value()->isReadOnly());
    QVERIFY2(second.value()->notice().contains(QStringLiteral("is open in another Nadzor (pid %1 on host ")
                                                   .arg(QCoreApplication::applicationPid())),
             qPrintable(second.value()->notice()));
    domain::Site site;
    site.position = {20.46, 44.81};
    site.cameras.append(domain::Camera());
    QVERIFY(first.value()->addSite(site));
    QCOMPARE(second.value()->siteCount(), 1);
    domain::Site other = site;
    other.uuid.clear();
    QVERIFY(!second.value()->addSite(other));
    QVERIFY2(second.value()->errorString().contains(QStringLiteral("opened read-only")),
             qPrintable(second.value()->errorString()));
    QVERIFY(!second.value()->beginImport(QStringLiteral("x")));
    second = domain::Error{};
    first = domain::Error{};
    QVERIFY(!QFileInfo::exists(store::ProjectLock::lockPath(project)));
    auto again = store::ProjectStore::open(project);
    QVERIFY(again);
    QVERIFY(!again.value()->isReadOnly());
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "test_crashsafety.moc"
