// `nadzor report` end to end on the real binary: a project made with `nadzor import` from
// cameras placed in Serbian municipalities (bundled layer), each format written, the fact sheet
// found across scripts, and errors that name the municipality or file and exit non-zero.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start();
    if (!p.waitForFinished(300000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

Run nadzor(const QStringList &args)
{
    return run(QStringLiteral(NADZOR_BINARY), args);
}

QJsonObject point(double lon, double lat, const QString &manufacturer, const QString &op, const QString &direction)
{
    QJsonObject props{{QStringLiteral("man_made"), QStringLiteral("surveillance")},
                      {QStringLiteral("surveillance:type"), QStringLiteral("camera")},
                      {QStringLiteral("manufacturer"), manufacturer},
                      {QStringLiteral("operator"), op}};
    if (!direction.isEmpty())
        props.insert(QStringLiteral("camera:direction"), direction);
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                       {QStringLiteral("properties"), props},
                       {QStringLiteral("geometry"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                                                                {QStringLiteral("coordinates"), QJsonArray{lon, lat}}}}};
}

} // namespace

class TestReportCommand : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void formats_data();
    void formats();
    void csvFigures();
    void factSheetAcrossScripts_data();
    void factSheetAcrossScripts();
    void localeAndMetric();
    void errors();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

void TestReportCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // 6 cameras in the town of Osečina, 4 in Bečej, 3 in Novi Sad, 1 in Budapest (outside).
    QJsonArray features;
    for (int i = 0; i < 6; ++i)
        features.append(point(19.596 + 0.002 * i, 44.372 + 0.001 * i, i < 4 ? QStringLiteral("Dahua") : QStringLiteral("Hikvision"),
                              QStringLiteral("MUP"), QString::number(45 * i)));
    for (int i = 0; i < 4; ++i)
        features.append(point(20.030 + 0.003 * i, 45.615 + 0.001 * i, QStringLiteral("Huawei"), QStringLiteral("Opština Bečej"), QString()));
    for (int i = 0; i < 3; ++i)
        features.append(point(19.840 + 0.004 * i, 45.252, QStringLiteral("Dahua"), QStringLiteral("MUP"), QString()));
    features.append(point(19.04, 47.50, QStringLiteral("Bosch"), QStringLiteral("Budapest"), QString()));
    const QString geojson = m_dir.filePath(QStringLiteral("cameras.geojson"));
    QFile f(geojson);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                      {QStringLiteral("features"), features}})
                .toJson());
    f.close();
    m_project = m_dir.filePath(QStringLiteral("serbia.nadzor"));
    const Run r = nadzor({QStringLiteral("import"), m_project, geojson});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestReportCommand::formats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("file");
    QTest::newRow("pdf") << "pdf" << "report.pdf";
    QTest::newRow("html") << "html" << "report.html";
    QTest::newRow("csv") << "csv" << "report.csv";
    QTest::newRow("geojson") << "geojson" << "report.geojson";
    QTest::newRow("heatmap pdf by suffix") << QString() << "heat.pdf";
}

void TestReportCommand::formats()
{
    QFETCH(QString, format);
    QFETCH(QString, file);
    const QString out = m_dir.filePath(file);
    QStringList args{QStringLiteral("report"), m_project, QStringLiteral("--out"), out, QStringLiteral("--locale"),
                     QStringLiteral("en_GB"), QStringLiteral("--title"), QStringLiteral("Cameras in Serbia, test")};
    if (!format.isEmpty())
        args << QStringLiteral("--format") << format;
    else
        args << QStringLiteral("--map") << QStringLiteral("heatmap");
    const Run r = nadzor(args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("14 cameras at 14 sites")));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    QVERIFY(data.size() > 100);
    // Nothing temporary is left beside the file.
    QCOMPARE(QDir(m_dir.path()).entryList({file + QStringLiteral("*")}, QDir::Files).size(), 1);
    if (file.endsWith(QLatin1String(".pdf"))) {
        QVERIFY(data.startsWith("%PDF-"));
        const Run text = run(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
        QVERIFY(text.out.contains(QStringLiteral("Cameras in Serbia, test")));
        QVERIFY(text.out.contains(QStringLiteral("Osečina")));
        QVERIFY(text.out.contains(QStringLiteral("Methodology and sources")));
        QVERIFY(text.out.contains(QStringLiteral("OpenStreetMap")));
        const Run info = run(QStringLiteral("pdfinfo"), {out});
        const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out);
        QVERIFY(m.hasMatch());
        QVERIFY2(m.captured(1).toInt() >= 4, qPrintable(m.captured(1)));  // map, 145 rows, methodology
        QVERIFY(text.out.contains(QStringLiteral("Page %1 of %1").arg(m.captured(1))));
    } else if (file.endsWith(QLatin1String(".html"))) {
        QVERIFY(data.contains("<h1>Cameras in Serbia, test</h1>"));
        QVERIFY(data.contains("data:image/png;base64,"));
        QVERIFY(QString::fromUtf8(data).contains(QStringLiteral("<td>Osečina</td>")));
    } else if (file.endsWith(QLatin1String(".geojson"))) {
        const QJsonObject root = QJsonDocument::fromJson(data).object();
        QCOMPARE(root.value(QStringLiteral("features")).toArray().size(), 145);
        QCOMPARE(root.value(QStringLiteral("outside_cameras")).toInt(), 1);
    }
}

void TestReportCommand::csvFigures()
{
    const QString out = m_dir.filePath(QStringLiteral("cameras.csv"));
    const Run r = nadzor({QStringLiteral("report"), m_project, QStringLiteral("--out"), out, QStringLiteral("--metric"),
                          QStringLiteral("cameras")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 146);
    // Sorted by cameras: Osečina 6, Bečej 4, Novi Sad 3.
    QVERIFY2(lines[1].startsWith(QStringLiteral("Osečina,")) && lines[1].contains(QStringLiteral(",6,6,")), qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(QStringLiteral("Bečej,")) && lines[2].contains(QStringLiteral(",4,4,")), qPrintable(lines[2]));
    QVERIFY2(lines[3].startsWith(QStringLiteral("Novi Sad,")) && lines[3].contains(QStringLiteral(",3,3,")), qPrintable(lines[3]));
}

void TestReportCommand::factSheetAcrossScripts_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("Latin") << "Osečina";
    QTest::newRow("ASCII") << "osecina";
    QTest::newRow("Cyrillic") << "Осечина";
}

void TestReportCommand::factSheetAcrossScripts()
{
    QFETCH(QString, name);
    const QString out = m_dir.filePath(QStringLiteral("osecina.pdf"));
    const Run r = nadzor({QStringLiteral("report"), m_project, QStringLiteral("--municipality"), name, QStringLiteral("--out"),
                          out, QStringLiteral("--locale"), QStringLiteral("en_GB")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("Osečina: 6 cameras at 6 sites")));
    const QString text = run(QStringLiteral("pdftotext"), {out, QStringLiteral("-")}).out.simplified();
    QVERIFY(text.contains(QStringLiteral("Osečina: surveillance cameras")));
    QVERIFY(text.contains(QStringLiteral("1 of 145 by cameras")));
    QVERIFY(text.contains(QStringLiteral("Dahua")));
    const Run info = run(QStringLiteral("pdfinfo"), {out});
    QVERIFY(info.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
}

void TestReportCommand::localeAndMetric()
{
    const QString out = m_dir.filePath(QStringLiteral("sr.html"));
    const Run r = nadzor({QStringLiteral("report"), m_project, QStringLiteral("--out"), out, QStringLiteral("--locale"),
                          QStringLiteral("sr_Latn_RS"), QStringLiteral("--metric"), QStringLiteral("cameras_per_1000")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(f.readAll());
    QVERIFY(html.contains(QStringLiteral("lang=\"sr-Latn")));
    // A Serbian-formatted population (thousands with '.') appears in the table.
    QVERIFY(html.contains(QRegularExpression(QStringLiteral("<td class=\"num\">\\d{1,3}\\.\\d{3}</td>"))));
}

void TestReportCommand::errors()
{
    const QString out = m_dir.filePath(QStringLiteral("bad.pdf"));
    Run r = nadzor({QStringLiteral("report"), m_project, QStringLiteral("--municipality"), QStringLiteral("Osecena"),
                    QStringLiteral("--out"), out});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QStringLiteral("Osecena")) && r.err.contains(QStringLiteral("Osečina")), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));

    r = nadzor({QStringLiteral("report"), m_dir.filePath(QStringLiteral("missing.nadzor")), QStringLiteral("--out"), out});
    QVERIFY(r.exitCode != 0);
    QVERIFY(r.err.contains(QStringLiteral("missing.nadzor")));

    r = nadzor({QStringLiteral("report"), m_project, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.docx"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("docx")));

    r = nadzor({QStringLiteral("report"), m_project, QStringLiteral("--out"), out, QStringLiteral("--metric"), QStringLiteral("beauty")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("cameras_per_km2")));

    r = nadzor({QStringLiteral("report"), m_project, QStringLiteral("--out"), out, QStringLiteral("--locale"), QStringLiteral("xx_QQ")});
    QCOMPARE(r.exitCode, 2);

    r = nadzor({QStringLiteral("report"), m_project, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("no/dir/r.pdf"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("no/dir/r.pdf")));
}

QTEST_MAIN(TestReportCommand)
#include "test_reportcommand.moc"
