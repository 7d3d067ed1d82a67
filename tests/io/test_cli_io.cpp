// `nadzor import` and `nadzor export` run as the real binary on temporary projects.
#include "clirunner.h"
#include "store/projectstore.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace nadzor;
using namespace nadzor::test;

namespace {

const QString Albania = QStringLiteral(NADZOR_TEST_FIXTURES "/real/cameras-albania-osm/osm.geojson");
const QString Zagreb1 = QStringLiteral(
    NADZOR_TEST_FIXTURES "/real/cameras-zagreb-opendata/0.1.zagreb-surveillance-cameras-original.csv");

QList<domain::Site> sitesOf(const QString &project)
{
    auto opened = store::ProjectStore::open(project, store::OpenMode::ReadOnly);
    if (!opened)
        return {};
    auto sites = opened.value()->sites();
    return sites ? sites.value() : QList<domain::Site>();
}

// Sites ordered by position, for comparing projects whose ids differ.
QList<domain::Site> byPosition(QList<domain::Site> sites)
{
    std::sort(sites.begin(), sites.end(), [](const domain::Site &a, const domain::Site &b) {
        return a.position.lon != b.position.lon ? a.position.lon < b.position.lon
                                                : a.position.lat < b.position.lat;
    });
    return sites;
}

} // namespace

class TestCliIo : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void importAlbania();
    void osmRoundTrip();
    void exportEveryFormat_data();
    void exportEveryFormat();
    void badFileChangesNothing_data();
    void badFileChangesNothing();
    void allOrNothingAcrossFiles();
    void failedImportCreatesNoProject();
    void zagrebWithEncoding();
    void csvExportIsSpreadsheetSafe();
    void authorsOnlyWhenAsked();
    void usageErrors_data();
    void usageErrors();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_albania;  // a project with the 62 Albanian cameras
};

void TestCliIo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(NADZOR_BINARY)));
    m_albania = path(QStringLiteral("albania.nadzor"));
    const CliRun r = runNadzor({QStringLiteral("import"), m_albania, Albania, QStringLiteral("--author"),
                          QStringLiteral("tester")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliIo::importAlbania()
{
    const ProjectState s = projectState(m_albania);
    QCOMPARE(s.cameras, 62);
    QCOMPARE(s.sites, 62);
    QCOMPARE(s.journal, 1);
    const QList<domain::Site> sites = sitesOf(m_albania);
    int direction = 0, mount = 0, zone = 0, height = 0, op = 0;
    for (const domain::Site &site : sites) {
        for (const domain::Camera &c : site.cameras) {
            direction += !c.direction.isEmpty();
            mount += !c.cameraMount.isEmpty();
            zone += !c.surveillanceZone.isEmpty();
            height += c.height.has_value();
            op += !c.operatorName.isEmpty();
        }
    }
    QCOMPARE(direction, 19);
    QCOMPARE(mount, 22);
    QCOMPARE(zone, 22);
    QCOMPARE(height, 6);
    QCOMPARE(op, 3);
}

void TestCliIo::osmRoundTrip()
{
    const QString osm = path(QStringLiteral("albania.osm"));
    CliRun r = runNadzor({QStringLiteral("export"), m_albania, QStringLiteral("--format"),
                    QStringLiteral("osm"), QStringLiteral("--out"), osm});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("62 cameras")));
    const QByteArray xml = readFile(osm);
    QVERIFY(xml.startsWith("<?xml"));
    QCOMPARE(xml.count("<node id=\"-"), 62);
    QVERIFY(!xml.contains("tester"));

    const QString copy = path(QStringLiteral("albania-from-osm.nadzor"));
    r = runNadzor({QStringLiteral("import"), copy, osm});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(projectState(copy).cameras, 62);

    const QList<domain::Site> original = byPosition(sitesOf(m_albania));
    const QList<domain::Site> again = byPosition(sitesOf(copy));
    QCOMPARE(again.size(), original.size());
    for (int i = 0; i < original.size(); ++i) {
        const domain::Site &a = original.at(i);
        const domain::Site &b = again.at(i);
        QVERIFY(std::abs(a.position.lon - b.position.lon) < 1e-7);
        QVERIFY(std::abs(a.position.lat - b.position.lat) < 1e-7);
        QCOMPARE(b.cameras.size(), a.cameras.size());
        domain::Camera ca = a.cameras.first();
        domain::Camera cb = b.cameras.first();
        // Store ids and uuids belong to each project; every other field must survive.
        for (domain::Camera *c : {&ca, &cb}) {
            c->id = 0;
            c->siteId = 0;
            c->uuid.clear();
        }
        QVERIFY2(ca == cb, qPrintable(QStringLiteral("site %1 differs").arg(i)));
    }
}

void TestCliIo::exportEveryFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("geojson") << "geojson";
    QTest::newRow("csv") << "csv";
    QTest::newRow("gpkg") << "gpkg";
    QTest::newRow("kml") << "kml";
}

void TestCliIo::exportEveryFormat()
{
    QFETCH(QString, format);
    const QString out = path(QStringLiteral("every.") + format);
    CliRun r = runNadzor({QStringLiteral("export"), m_albania, QStringLiteral("--format"), format,
                    QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(out));
    const QString project = path(QStringLiteral("every-") + format + QStringLiteral(".nadzor"));
    r = runNadzor({QStringLiteral("import"), project, out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(projectState(project).cameras, 62);
}

void TestCliIo::badFileChangesNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("expected");
    const QByteArray good = R"({"type":"Feature","geometry":{"type":"Point","coordinates":[20,44]},"properties":{}})";
    QTest::newRow("truncated json")
        << "cut.geojson"
        << QByteArray(R"({"type":"FeatureCollection","features":[)") + good + "," + good.left(30)
        << QStringList() << QStringList{"cut.geojson: line 1:", "truncated"};
    QTest::newRow("out of range")
        << "range.csv" << QByteArray("lat,lon\n44,20\n44,-181\n") << QStringList()
        << QStringList{"range.csv", "line 3", "out of range"};
    QTest::newRow("missing columns") << "cols.csv" << QByteArray("a,b\n1,2\n") << QStringList()
                                     << QStringList{"cols.csv", "no coordinate columns"};
    QTest::newRow("unknown crs") << "crs.csv" << QByteArray("lat,lon\n44,20\n")
                                 << QStringList{"--s-srs", "EPSG:424242"}
                                 << QStringList{"crs.csv", "unknown CRS"};
    QTest::newRow("png") << "png.geojson"
                         << QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
                         << QStringList() << QStringList{"png.geojson", "not a file of cameras"};
    QTest::newRow("empty") << "empty.csv" << QByteArray() << QStringList()
                           << QStringList{"empty.csv", "empty"};
}

void TestCliIo::badFileChangesNothing()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, options);
    QFETCH(QStringList, expected);
    const QString file = path(name);
    QVERIFY(writeFile(file, content));
    const ProjectState before = projectState(m_albania);
    const QByteArray bytesBefore = readFile(m_albania);
    const CliRun r = runNadzor(QStringList{QStringLiteral("import"), m_albania, file} + options);
    QCOMPARE(r.exitCode, 1);
    for (const QString &part : expected)
        QVERIFY2(r.err.contains(part), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("nothing was imported")));
    const ProjectState after = projectState(m_albania);
    QCOMPARE(after.cameras, before.cameras);
    QCOMPARE(after.sites, before.sites);
    QCOMPARE(after.journal, before.journal);
    Q_UNUSED(bytesBefore);
}

void TestCliIo::allOrNothingAcrossFiles()
{
    const QString good = path(QStringLiteral("good.csv"));
    const QString bad = path(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(good, "lat,lon,model\n44.1,20.1,A\n44.2,20.2,B\n"));
    QVERIFY(writeFile(bad, "lat,lon,model\n44.3,20.3,C\n444,20.4,D\n"));
    const ProjectState before = projectState(m_albania);
    const CliRun r = runNadzor({QStringLiteral("import"), m_albania, good, bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("bad.csv: line 3:")), qPrintable(r.err));
    const ProjectState after = projectState(m_albania);
    QCOMPARE(after.cameras, before.cameras);
    QCOMPARE(after.journal, before.journal);

    // Both good: one journal entry for the whole command.
    const QString good2 = path(QStringLiteral("good2.csv"));
    QVERIFY(writeFile(good2, "lat,lon\n44.5,20.5\n"));
    const QString project = path(QStringLiteral("two-files.nadzor"));
    const CliRun ok = runNadzor({QStringLiteral("import"), project, good, good2});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    QCOMPARE(projectState(project).cameras, 3);
    QCOMPARE(projectState(project).journal, 1);
}

void TestCliIo::failedImportCreatesNoProject()
{
    const QString bad = path(QStringLiteral("bad-new.csv"));
    QVERIFY(writeFile(bad, "lat,lon\n44,x\n"));
    const QString project = path(QStringLiteral("never.nadzor"));
    const CliRun r = runNadzor({QStringLiteral("import"), project, bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!QFile::exists(project));
}

void TestCliIo::zagrebWithEncoding()
{
    const QString project = path(QStringLiteral("zagreb.nadzor"));
    CliRun r = runNadzor({QStringLiteral("import"), project, Zagreb1});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QLatin1String("--encoding")));
    r = runNadzor({QStringLiteral("import"), project, Zagreb1, QStringLiteral("--encoding"),
                QStringLiteral("Windows-1250")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(projectState(project).cameras, 137);
    const QList<domain::Site> sites = sitesOf(project);
    QVERIFY(std::any_of(sites.cbegin(), sites.cend(), [](const domain::Site &s) {
        return s.address == QStringLiteral("Martićeva - Šubićeva");
    }));
}

void TestCliIo::csvExportIsSpreadsheetSafe()
{
    const QString input = path(QStringLiteral("formula-in.csv"));
    QVERIFY(writeFile(input, "lat,lon,note,model,height\n44,20,=cmd|' /C calc'!A0,-12.5,-3\n"));
    const QString project = path(QStringLiteral("formula.nadzor"));
    CliRun r = runNadzor({QStringLiteral("import"), project, input});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString out = path(QStringLiteral("formula-out.csv"));
    r = runNadzor({QStringLiteral("export"), project, QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString csv = QString::fromUtf8(readFile(out));
    QVERIFY2(csv.contains(QLatin1String("'=cmd|' /C calc'!A0")), qPrintable(csv));
    QVERIFY2(csv.contains(QLatin1String(",-12.5")), qPrintable(csv));
    QVERIFY2(csv.contains(QLatin1String(",-3")), qPrintable(csv));
}

void TestCliIo::authorsOnlyWhenAsked()
{
    const QString input = path(QStringLiteral("reviewed.osm"));
    QVERIFY(writeFile(input, R"(<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="test">
  <node id="-1" lat="44.8" lon="20.4">
    <tag k="man_made" v="surveillance"/>
    <tag k="nadzor:status" v="verified"/>
    <tag k="nadzor:reviewed_by" v="Jelena Reviewer"/>
    <tag k="nadzor:reviewed_at" v="2024-01-02T03:04:05Z"/>
  </node>
</osm>
)"));
    const QString project = path(QStringLiteral("reviewed.nadzor"));
    CliRun r = runNadzor({QStringLiteral("import"), project, input});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    for (const QString &format : {QStringLiteral("osm"), QStringLiteral("geojson"), QStringLiteral("csv")}) {
        const QString out = path(QStringLiteral("reviewed-out.") + format);
        r = runNadzor({QStringLiteral("export"), project, QStringLiteral("--format"), format,
                    QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QByteArray bytes = readFile(out);
        QVERIFY2(!bytes.contains("Jelena"), qPrintable(format));
        QVERIFY(bytes.contains("verified"));
        r = runNadzor({QStringLiteral("export"), project, QStringLiteral("--format"), format,
                    QStringLiteral("--out"), out, QStringLiteral("--include-authors")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        bytes = readFile(out);
        QVERIFY2(bytes.contains("Jelena Reviewer"), qPrintable(format));
    }
}

void TestCliIo::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString p = QStringLiteral("x.nadzor");
    QTest::newRow("import without files") << QStringList{"import", p} << 2;
    QTest::newRow("bad map") << QStringList{"import", p, "a.csv", "--map", "nofield"} << 2;
    QTest::newRow("unknown map target") << QStringList{"import", p, "a.csv", "--map", "a=zzz"} << 2;
    QTest::newRow("unknown option") << QStringList{"import", p, "a.csv", "--frobnicate"} << 2;
    QTest::newRow("export unknown format")
        << QStringList{"export", p, "--format", "xls", "--out", "a.xls"} << 2;
    QTest::newRow("export without out") << QStringList{"export", p, "--format", "csv"} << 2;
    QTest::newRow("export missing project")
        << QStringList{"export", "/nonexistent/x.nadzor", "--out", "a.csv"} << 1;
    QTest::newRow("import help") << QStringList{"import", "--help"} << 0;
}

void TestCliIo::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const CliRun r = runNadzor(args);
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode == 0)
        QVERIFY(r.out.contains(QLatin1String("All or nothing")));
}

QTEST_GUILESS_MAIN(TestCliIo)
#include "test_cli_io.moc"
