// Hostile inputs: every importer gets broken and malicious files (truncated, NaN/huge
// coordinates, 100k-deep JSON, wrong encodings, zip bombs, nested archives, path names, a
// million-vertex polygon, XML entity bombs, ...), each in its own process with a timeout, and
// must give a clear error naming the file or import correctly: never crash, never hang.
// Then text full of SQL metacharacters and control characters goes import -> store -> export
// -> import in every format.
#include "hostilefiles.h"
#include "reliabilitytestutil.h"
#include "store/projectstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace nadzor;
using namespace nadzor::reliability::test;

Q_DECLARE_METATYPE(nadzor::reliability::HostileCase)

namespace {

const QString Probe = QStringLiteral(NADZOR_PROBE);

// The text fields every hostile string goes through.
QStringList hostileStrings()
{
    return {
        QStringLiteral("'; DROP TABLE camera; --"),
        QStringLiteral("Robert'); DELETE FROM site WHERE ('1'='1"),
        QStringLiteral("nul") + QChar(0) + QStringLiteral("after"),
        QStringLiteral("line1\r\nline2\rline3\nline4"),
        QStringLiteral("\x1b[31mred\x1b[0m \x07bell \x08back"),
        QStringLiteral("abc") + QChar(0x202E) + QStringLiteral("gpj.exe"),
        QStringLiteral("../../etc/passwd"),
        QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"x\")"),
        QStringLiteral("\"quoted\", 'single' <tag attr=\"1\"> & &amp; ]]> %s %n {}"),
        QStringLiteral("Ćirilica Београд \U0001F4F7"),
    };
}

} // namespace

class TestHostile : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void hostileFile_data();
    void hostileFile();
    void hostileTextRoundTrip_data();
    void hostileTextRoundTrip();
    void damagedSchema_data();
    void damagedSchema();

private:
    QTemporaryDir m_dir;
    QList<reliability::HostileCase> m_cases;
    QString m_project; // cameras with hostile text in every field
    QList<domain::Camera> m_cameras;
};

void TestHostile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QElapsedTimer timer;
    timer.start();
    const QString corpus = m_dir.filePath(QStringLiteral("corpus"));
    QVERIFY(QDir().mkpath(corpus));
    m_cases = reliability::HostileFiles::write(corpus, QStringLiteral(NADZOR_TEST_FIXTURES "/hostile"));
    QVERIFY(m_cases.size() > 40);
    qInfo("%lld hostile files written in %lld ms", qint64(m_cases.size()), timer.elapsed());

    // A project whose every text field carries hostile text.
    m_project = m_dir.filePath(QStringLiteral("hostile.nadzor"));
    auto created = store::ProjectStore::create(m_project);
    QVERIFY2(created, qPrintable(created.errorString()));
    const QStringList strings = hostileStrings();
    for (int i = 0; i < strings.size(); ++i) {
        const QString &s = strings.at(i);
        domain::Site site;
        site.position = {20.4 + i * 0.01, 44.8};
        site.address = s;
        site.description = s;
        domain::Camera c;
        c.surveillance = QStringLiteral("public");
        c.operatorName = s;
        c.manufacturer = s;
        c.model = s;
        c.source = s;
        c.notes = s;
        c.direction = s;
        c.tags.insert(QStringLiteral("x:hostile"), s);
        site.cameras.append(c);
        auto added = created.value()->addSite(site);
        QVERIFY2(added, qPrintable(added.errorString()));
        m_cameras.append(site.cameras.first());
    }
}

void TestHostile::hostileFile_data()
{
    QTest::addColumn<reliability::HostileCase>("c");
    for (const reliability::HostileCase &c : std::as_const(m_cases))
        QTest::newRow(qPrintable(c.name)) << c;
}

void TestHostile::hostileFile()
{
    QFETCH(reliability::HostileCase, c);
    QStringList args = {c.kind, c.file};
    args += c.options;
    const Run run = runProgram(Probe, args, 120000);
    const QString output = run.text().trimmed();
    qInfo("%s -> %s", qPrintable(c.name), qPrintable(output.left(300)));
    QVERIFY2(run.finished, "hung: killed after 120 s");
    QVERIFY2(!run.crashed, qPrintable(QStringLiteral("crashed: ") + output.right(2000)));
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(output));
    // Whatever happened, nothing from /etc/passwd was read into the cameras (XXE).
    QVERIFY2(!output.contains(QStringLiteral("root:x:0:0")), qPrintable(output));
    if (run.exitCode == 1) {
        QVERIFY2(c.expect != QLatin1String("ok"), qPrintable(QStringLiteral("refused: ") + output));
        QVERIFY2(output.startsWith(QStringLiteral("ERROR ")), qPrintable(output));
        QVERIFY2(output.contains(QFileInfo(c.file).fileName()),
                 qPrintable(QStringLiteral("the message does not name the file: ") + output));
        QVERIFY2(output.contains(c.messageContains, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("expected '%1' in: %2").arg(c.messageContains, output)));
    } else {
        QVERIFY2(c.expect != QLatin1String("error"), qPrintable(QStringLiteral("accepted: ") + output));
        QVERIFY2(output.startsWith(QStringLiteral("OK ")), qPrintable(output));
    }
}

void TestHostile::hostileTextRoundTrip_data()
{
    QTest::addColumn<QString>("format");
    for (const char *f : {"geojson", "csv", "gpkg", "kml", "osm"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestHostile::hostileTextRoundTrip()
{
    QFETCH(QString, format);
    // Export into an empty folder: exactly one file appears there, and nowhere else.
    const QString folder = m_dir.filePath(QStringLiteral("export-") + format);
    QVERIFY(QDir().mkpath(folder));
    const QString out = QDir(folder).filePath(QStringLiteral("cameras.") + format);
    const Run exported = runNadzor({QStringLiteral("export"), m_project, QStringLiteral("--out"), out}, 120000);
    QVERIFY2(exported.finished && !exported.crashed && exported.exitCode == 0, qPrintable(exported.text()));
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QFileInfo(out).fileName()});
    QVERIFY(!QFileInfo::exists(QStringLiteral("/etc/passwd.") + format));

    // Back in: the same texts, up to what the format cannot carry.
    const QString project = m_dir.filePath(QStringLiteral("back-%1.nadzor").arg(format));
    const Run imported = runNadzor({QStringLiteral("import"), project, out}, 120000);
    QVERIFY2(imported.finished && !imported.crashed && imported.exitCode == 0, qPrintable(imported.text()));
    QCOMPARE(integrityCheck(project), QStringLiteral("ok"));
    auto opened = store::ProjectStore::open(project, store::OpenMode::ReadOnly);
    QVERIFY(opened);
    auto sites = opened.value()->sites();
    QVERIFY(sites);
    QCOMPARE(sites.value().size(), m_cameras.size());
    // Sites come back in file order, which is the export order (by site id).
    const bool xml = format == QLatin1String("kml") || format == QLatin1String("osm");
    // GDAL's CSV reader joins the lines of a quoted cell with "\n" (CR LF and CR become LF).
    const bool lineEnds = xml || format == QLatin1String("csv");
    QStringList problems;
    for (int i = 0; i < m_cameras.size(); ++i) {
        QString expected = hostileStrings().at(i);
        // A NUL cannot be in any of these formats' strings (C strings in GDAL, XML): the text
        // ends there or the NUL is dropped; XML also cannot carry the other C0 controls and
        // normalises line ends.
        const domain::Camera &got = sites.value().at(i).cameras.value(0);
        const QString notes = got.notes;
        const int nul = expected.indexOf(QChar(0));
        if (nul >= 0) {
            const QString cut = expected.left(nul);
            QString dropped = expected;
            dropped.remove(QChar(0));
            if (notes == cut || notes == dropped)
                continue;
        }
        if (lineEnds) {
            QString normalised;
            for (const QChar ch : expected) {
                if (xml && ch.unicode() < 0x20 && ch != QLatin1Char('\t') && ch != QLatin1Char('\n') && ch != QLatin1Char('\r'))
                    continue;
                normalised += ch;
            }
            normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
            QString gotNormalised = notes;
            gotNormalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
            if (gotNormalised == normalised || notes == expected)
                continue;
            expected = normalised;
        }
        if (notes != expected)
            problems << QStringLiteral("camera %1: notes %2, expected %3")
                            .arg(i)
                            .arg(QString::fromLatin1(notes.toUtf8().toPercentEncoding(" ")),
                                 QString::fromLatin1(expected.toUtf8().toPercentEncoding(" ")));
        if (got.operatorName != notes || got.model != notes || got.manufacturer != notes)
            problems << QStringLiteral("camera %1: operator/model/manufacturer differ from notes").arg(i);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestHostile::damagedSchema_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("a camera column renamed") << QStringLiteral("ALTER TABLE camera RENAME COLUMN model TO model_x");
    QTest::newRow("a site column renamed") << QStringLiteral("ALTER TABLE site RENAME COLUMN address TO adresa");
    QTest::newRow("the journal without summary") << QStringLiteral("ALTER TABLE journal RENAME COLUMN summary TO s");
}

void TestHostile::damagedSchema()
{
    // Found by fuzz_project: a project whose tables lack a column the store reads passed the
    // open checks, and the first read crashed in sqlite3_clear_bindings on a statement that
    // had failed to prepare. Every read and change must fail with a message instead.
    QFETCH(QString, sql);
    const QString path = m_dir.filePath(QStringLiteral("damaged-%1.nadzor").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    {
        auto created = store::ProjectStore::create(path);
        QVERIFY(created);
        domain::Site site;
        site.position = {20.46, 44.81};
        site.cameras.append(domain::Camera());
        QVERIFY(created.value()->addSite(site));
    }
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    for (store::OpenMode mode : {store::OpenMode::ReadOnly, store::OpenMode::ReadWrite}) {
        auto opened = store::ProjectStore::open(path, mode);
        if (!opened)
            continue; // refused at the door: fine
        store::ProjectStore &s = *opened.value();
        const auto sites = s.sites();
        const auto inBox = s.sitesInBox(-180, -90, 180, 90);
        const auto site = s.site(1);
        const auto camera = s.camera(1);
        const auto journal = s.journal();
        s.undoSummary();
        QVERIFY(!sites || !inBox || !site || !camera || !journal); // something is refused, nothing crashed
        if (!sites)
            QVERIFY2(sites.errorString().contains(QStringLiteral("no such column")) || !sites.errorString().isEmpty(),
                     qPrintable(sites.errorString()));
        if (mode == store::OpenMode::ReadWrite) {
            domain::Site more;
            more.position = {20.0, 44.0};
            more.cameras.append(domain::Camera());
            s.addSite(more);
            s.undo();
        }
    }
}

QTEST_GUILESS_MAIN(TestHostile)
#include "test_hostile.moc"
