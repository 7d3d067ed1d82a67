// Reports in Serbian through the command line: `nadzor report --language sr_Cyrl|sr_Latn` writes
// Cyrillic or Latin headings, municipality names in that script and numbers with a decimal comma
// (read back from the PDF with pdftotext); HTML names its language and script.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, const QString &lang = QString())
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!lang.isEmpty()) {
        env.insert(QStringLiteral("LC_ALL"), lang);
        env.insert(QStringLiteral("LANG"), lang);
    }
    p.setProcessEnvironment(env);
    p.start();
    if (!p.waitForFinished(300000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString pdfText(const QString &pdf)
{
    const Run r = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    return r.out;
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void densityReportPdf_data();
    void densityReportPdf();
    void factSheetPdf_data();
    void factSheetPdf();
    void htmlNamesItsScript_data();
    void htmlNamesItsScript();
    void languageFromEnvironment();
    void unknownLanguage();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

void TestReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    // 5 cameras in Osečina, 2 in Bečej.
    QJsonArray features;
    const auto add = [&](double lon, double lat) {
        features.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("Feature")},
            {QStringLiteral("properties"), QJsonObject{{QStringLiteral("man_made"), QStringLiteral("surveillance")},
                                                       {QStringLiteral("manufacturer"), QStringLiteral("Dahua")}}},
            {QStringLiteral("geometry"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                                                     {QStringLiteral("coordinates"), QJsonArray{lon, lat}}}}});
    };
    for (int i = 0; i < 5; ++i)
        add(19.596 + 0.002 * i, 44.372 + 0.001 * i);
    add(20.034, 45.617);
    add(20.036, 45.618);
    const QString geojson = m_dir.filePath(QStringLiteral("cameras.geojson"));
    QFile file(geojson);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                         {QStringLiteral("features"), features}})
                   .toJson());
    file.close();
    m_project = m_dir.filePath(QStringLiteral("serbia.nadzor"));
    const Run r = run(QStringLiteral(NADZOR_BINARY), {QStringLiteral("import"), m_project, geojson});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestReport::densityReportPdf_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("sr_Cyrl") << QStringLiteral("sr_Cyrl")
                             << QStringList{QStringLiteral("Надзорне камере по општинама"), QStringLiteral("Осечина"),
                                            QStringLiteral("Методологија и извори"), QStringLiteral("Општина"),
                                            QStringLiteral("Општине Србије"), QStringLiteral("Републички завод за статистику")};
    QTest::newRow("sr_Latn") << QStringLiteral("sr_Latn")
                             << QStringList{QStringLiteral("Nadzorne kamere po opštinama"), QStringLiteral("Osečina"),
                                            QStringLiteral("Metodologija i izvori"), QStringLiteral("Opština"),
                                            QStringLiteral("Opštine Srbije")};
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("Surveillance cameras by municipality"), QStringLiteral("Osečina"),
                                       QStringLiteral("Methodology and sources"), QStringLiteral("Municipality"),
                                       QStringLiteral("Serbian municipalities")};
}

void TestReport::densityReportPdf()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    const QString pdf = m_dir.filePath(QStringLiteral("density-%1.pdf").arg(language));
    const Run r = run(QStringLiteral(NADZOR_BINARY),
                      {QStringLiteral("report"), m_project, QStringLiteral("--language"), language, QStringLiteral("--format"),
                       QStringLiteral("pdf"), QStringLiteral("--metric"), QStringLiteral("cameras"), QStringLiteral("--out"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = pdfText(pdf);
    QVERIFY(!text.isEmpty());
    for (const QString &e : expected)
        QVERIFY2(text.contains(e), qPrintable(QStringLiteral("\"%1\" not in the %2 report").arg(e, language)));
    // Areas with one decimal: a decimal comma in Serbian ("1.036,2"), a point in English.
    static const QRegularExpression comma(QStringLiteral(R"(\b\d{1,3}(?:\.\d{3})*,\d\b)"));
    static const QRegularExpression point(QStringLiteral(R"(\b\d{1,3}(?:,\d{3})*\.\d\b)"));
    if (language == QLatin1String("en"))
        QVERIFY(text.contains(point));
    else
        QVERIFY2(text.contains(comma), "no number with a decimal comma");
    if (language == QLatin1String("sr_Cyrl")) {
        QVERIFY(!text.contains(QStringLiteral("Osečina")));
        QVERIFY(!text.contains(QStringLiteral("Municipality")));
        // The bundled layer's stored (English) name and credits are shown in the report's language.
        QVERIFY(!text.contains(QStringLiteral("Serbian municipalities")));
        QVERIFY(!text.contains(QStringLiteral("Statistical Office")));
    }
}

void TestReport::factSheetPdf_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::newRow("sr_Cyrl") << QStringLiteral("sr_Cyrl") << QStringLiteral("Осечина: надзорне камере");
    QTest::newRow("sr_Latn") << QStringLiteral("sr_Latn") << QStringLiteral("Osečina: nadzorne kamere");
}

void TestReport::factSheetPdf()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    const QString pdf = m_dir.filePath(QStringLiteral("osecina-%1.pdf").arg(language));
    const Run r = run(QStringLiteral(NADZOR_BINARY),
                      {QStringLiteral("report"), m_project, QStringLiteral("--municipality"), QStringLiteral("Осечина"),
                       QStringLiteral("--language"), language, QStringLiteral("--out"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(title), qPrintable(text.left(400)));
}

void TestReport::htmlNamesItsScript_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("lang");
    QTest::newRow("sr_Cyrl") << QStringLiteral("sr_Cyrl") << QStringLiteral("sr-Cyrl");
    QTest::newRow("sr_Latn") << QStringLiteral("sr_Latn") << QStringLiteral("sr-Latn");
}

void TestReport::htmlNamesItsScript()
{
    QFETCH(QString, language);
    QFETCH(QString, lang);
    const QString html = m_dir.filePath(QStringLiteral("density-%1.html").arg(language));
    const Run r = run(QStringLiteral(NADZOR_BINARY),
                      {QStringLiteral("report"), m_project, QStringLiteral("--language"), language, QStringLiteral("--out"), html});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("<html lang=\"%1\">").arg(lang)));
    QVERIFY(text.contains(language == QLatin1String("sr_Cyrl") ? QStringLiteral("Осечина") : QStringLiteral("Osečina")));
}

void TestReport::languageFromEnvironment()
{
    // No --language: LC_ALL/LANG decide, as for the rest of the command line.
    const QString pdf = m_dir.filePath(QStringLiteral("env.pdf"));
    const Run r = run(QStringLiteral(NADZOR_BINARY), {QStringLiteral("report"), m_project, QStringLiteral("--out"), pdf},
                      QStringLiteral("sr_RS.UTF-8"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(pdfText(pdf).contains(QStringLiteral("Надзорне камере по општинама")));
    const Run help = run(QStringLiteral(NADZOR_BINARY), {QStringLiteral("--help")}, QStringLiteral("sr_RS.UTF-8@latin"));
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QStringLiteral("Upotreba")), qPrintable(help.out));
}

void TestReport::unknownLanguage()
{
    const Run r = run(QStringLiteral(NADZOR_BINARY), {QStringLiteral("report"), m_project, QStringLiteral("--language"),
                                                     QStringLiteral("klingon"), QStringLiteral("--out"),
                                                     m_dir.filePath(QStringLiteral("x.pdf"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("klingon")) && r.err.contains(QStringLiteral("sr_Cyrl")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestReport)
#include "test_report.moc"
