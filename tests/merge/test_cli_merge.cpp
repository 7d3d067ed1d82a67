// `nadzor merge` run as the real binary on temporary projects.
#include "clirunner.h"
#include "mergetestutil.h"
#include "store/projectstore.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace nadzor;
using namespace nadzor::merge::test;
using namespace nadzor::test;

namespace {

QString lineWith(const QString &text, const QString &needle)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.contains(needle))
            return line;
    }
    return {};
}

} // namespace

class TestCliMerge : public QObject {
    Q_OBJECT

private slots:
    void init();
    void dryRunPrintsThePlan();
    void mergeAppliesThePlan();
    void acceptAll();
    void exportFileWithContributor();
    void failingImportChangesNothing_data();
    void failingImportChangesNothing();
    void usageErrors_data();
    void usageErrors();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ours;
    QString m_theirs;
};

void TestCliMerge::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    QVERIFY2(makeProjects(m_dir->path(), &error), qPrintable(error));
    m_ours = m_dir->filePath(QStringLiteral("ours.nadzor"));
    m_theirs = m_dir->filePath(QStringLiteral("theirs.nadzor"));
}

void TestCliMerge::dryRunPrintsThePlan()
{
    const ProjectState before = projectState(m_ours);
    const CliRun r = runNadzor({QStringLiteral("merge"), m_ours, m_theirs, QStringLiteral("--dry-run")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // One line per likely duplicate: the identical one, the one merged, the one for review.
    const QString identical = lineWith(r.out, QStringLiteral("~ site 1:"));
    QVERIFY2(identical.contains(QLatin1String("0.0 m, score 1.00, skip (identical)")), qPrintable(r.out));
    const QString merged = lineWith(r.out, QStringLiteral("~ site 2:"));
    QVERIFY2(merged.contains(QLatin1String("5.0 m, score 0.83, merge into site 2")), qPrintable(r.out));
    QVERIFY2(merged.contains(QLatin1String("same manufacturer (Dahua)")), qPrintable(r.out));
    const QString review = lineWith(r.out, QStringLiteral("~ site 3:"));
    QVERIFY2(review.contains(QLatin1String("5.0 m, score 0.33, add as new site, REVIEW")), qPrintable(r.out));
    QVERIFY2(review.contains(QLatin1String("different camera type")), qPrintable(r.out));
    QVERIFY2(lineWith(r.out, QStringLiteral("~ site 4")).isEmpty(), qPrintable(r.out)); // 40 m is not a duplicate
    QVERIFY2(r.out.contains(QLatin1String("Plan: 3 to add, 1 to merge into existing sites, 1 to skip; "
                                          "3 likely duplicates, 1 for review.")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("contributors: Ana")), qPrintable(r.out));
    const ProjectState after = projectState(m_ours);
    QCOMPARE(after.sites, before.sites);
    QCOMPARE(after.cameras, before.cameras);
    QCOMPARE(after.journal, before.journal);
}

void TestCliMerge::mergeAppliesThePlan()
{
    const ProjectState before = projectState(m_ours);
    QCOMPARE(before.sites, 4);
    const CliRun r = runNadzor({QStringLiteral("merge"), m_ours, m_theirs});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    const ProjectState after = projectState(m_ours);
    QCOMPARE(after.sites, 7);
    QCOMPARE(after.cameras, 8);
    QCOMPARE(after.journal, before.journal + 1);
    QCOMPARE(after.lastAction, QStringLiteral("merge"));
    QVERIFY2(after.lastSummary.contains(QLatin1String("Merged theirs.nadzor by Ana")), qPrintable(after.lastSummary));
    QVERIFY2(r.out.contains(after.lastSummary), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("For review")), qPrintable(r.out));

    // The merge is one journal entry: one undo restores the original counts.
    {
        auto opened = store::ProjectStore::open(m_ours);
        QVERIFY(opened);
        QVERIFY2(opened.value()->undo(), qPrintable(opened.value()->errorString()));
    }
    const ProjectState undone = projectState(m_ours);
    QCOMPARE(undone.sites, before.sites);
    QCOMPARE(undone.cameras, before.cameras);
}

void TestCliMerge::acceptAll()
{
    const CliRun r = runNadzor({QStringLiteral("merge"), m_ours, m_theirs, QStringLiteral("--accept-all")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    const ProjectState after = projectState(m_ours);
    QCOMPARE(after.sites, 6);   // the pair for review is merged too
    QCOMPARE(after.cameras, 8); // its fixed camera joins the dome at site 3
    QVERIFY2(!r.out.contains(QLatin1String("For review")), qPrintable(r.out));
}

void TestCliMerge::exportFileWithContributor()
{
    const domain::GeoPoint near2 = offset(P2, 3.0, 0.0);
    const QString csv = m_dir->filePath(QStringLiteral("walk.csv"));
    QVERIFY(writeFile(csv, QStringLiteral("lat,lon,manufacturer,camera:type\n%1,%2,Dahua,dome\n45.3,20.0,Axis,fixed\n")
                               .arg(near2.lat, 0, 'f', 9)
                               .arg(near2.lon, 0, 'f', 9)
                               .toUtf8()));
    const CliRun r = runNadzor({QStringLiteral("merge"), m_ours, csv, QStringLiteral("--contributor"),
                             QStringLiteral("Marko Marković"), QStringLiteral("--distance"), QStringLiteral("10")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains(QLatin1String("duplicates within 10 m")), qPrintable(r.out));
    const ProjectState after = projectState(m_ours);
    QCOMPARE(after.sites, 5);
    QCOMPARE(after.cameras, 5);
    QCOMPARE(after.lastAction, QStringLiteral("merge"));
    QVERIFY2(after.lastSummary.contains(QStringLiteral("walk.csv by Marko Marković")), qPrintable(after.lastSummary));
}

void TestCliMerge::failingImportChangesNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("broken GeoJSON") << QStringLiteral("broken.geojson")
                                    << QByteArray(R"({"type":"FeatureCollection","features":[{"type":"Feature",)");
    QTest::newRow("CSV without coordinates") << QStringLiteral("nocoords.csv") << QByteArray("name,manufacturer\na,Dahua\n");
    QTest::newRow("missing file") << QStringLiteral("missing.geojson") << QByteArray();
}

void TestCliMerge::failingImportChangesNothing()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    const QString path = m_dir->filePath(name);
    if (!content.isEmpty())
        QVERIFY(writeFile(path, content));
    const ProjectState before = projectState(m_ours);
    const CliRun r = runNadzor({QStringLiteral("merge"), m_ours, path, QStringLiteral("--contributor"), QStringLiteral("X")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(name), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("nothing was merged")), qPrintable(r.err));
    const ProjectState after = projectState(m_ours);
    QCOMPARE(after.sites, before.sites);
    QCOMPARE(after.cameras, before.cameras);
    QCOMPARE(after.journal, before.journal);
}

void TestCliMerge::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no files") << QStringList{} << QStringLiteral("Usage: nadzor merge");
    QTest::newRow("bad distance") << QStringList{QStringLiteral("--distance"), QStringLiteral("abc")}
                                  << QStringLiteral("--distance wants metres");
    QTest::newRow("both modes") << QStringList{QStringLiteral("--accept-all"), QStringLiteral("--interactive-free")}
                                << QStringLiteral("exclude each other");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("unknown option");
}

void TestCliMerge::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QStringList all{QStringLiteral("merge")};
    if (!args.isEmpty())
        all << m_ours << m_theirs << args;
    const CliRun r = runNadzor(all);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(projectState(m_ours).sites, 4);

    const CliRun help = runNadzor({QStringLiteral("merge"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("--contributor NAME")));
}

QTEST_MAIN(TestCliMerge)
#include "test_cli_merge.moc"
