// `nadzor density` end to end on the real binary: header row and column order, figures, the
// GeoJSON form, the bundled layer by default, filters, and errors that name file and field.
#include "store/projectstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace nadzor;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runNadzor(const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(NADZOR_BINARY));
    p.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start();
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

domain::Site site(double lon, double lat, const QStringList &manufacturers)
{
    domain::Site s;
    s.position = {lon, lat};
    for (const QString &m : manufacturers) {
        domain::Camera c;
        c.manufacturer = m;
        s.cameras << c;
    }
    return s;
}

// Two squares sharing the meridian 21°E, as a GeoJSON file with name/code/pop fields.
QString writeBoundaries(const QString &dir)
{
    const QString path = dir + QStringLiteral("/squares.geojson");
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"ime":"West, upper","sifra":"70001","pop":20000},
 "geometry":{"type":"Polygon","coordinates":[[[20,44],[21,44],[21,45],[20,45],[20,44]]]}},
{"type":"Feature","properties":{"ime":"East","sifra":"70002","pop":null},
 "geometry":{"type":"Polygon","coordinates":[[[21,44],[22,44],[22,45],[21,45],[21,44]]]}}]})");
    return path;
}

} // namespace

class TestDensityCommand : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void csvWithBoundaryFile();
    void geojson();
    void bundledLayerByDefault();
    void filterApplies();
    void errors();

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_boundaries;
};

void TestDensityCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("test.nadzor"));
    auto created = store::ProjectStore::create(m_project);
    QVERIFY2(created.ok(), qPrintable(created.errorString()));
    auto &store = *created.value();
    QList<domain::Site> sites{
        site(20.5, 44.5, {"Dahua", "Dahua"}),
        site(21.0, 44.5, {"Hikvision"}),  // on the shared border: counted in East only
        site(21.5, 44.5, {"Dahua"}),
        site(20.2, 44.2, {"Bosch"}),
        site(19.9, 44.84, {"Dahua"}),      // north-west Serbia, outside both squares
    };
    for (domain::Site &s : sites)
        QVERIFY(store.addSite(s).ok());
    m_boundaries = writeBoundaries(m_dir.path());
}

void TestDensityCommand::csvWithBoundaryFile()
{
    const QString out = m_dir.filePath(QStringLiteral("density.csv"));
    const Run r = runNadzor({QStringLiteral("density"), m_project, QStringLiteral("--boundaries"), m_boundaries,
                          QStringLiteral("--name-field"), QStringLiteral("ime"), QStringLiteral("--code-field"),
                          QStringLiteral("sifra"), QStringLiteral("--population-field"), QStringLiteral("pop"),
                          QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], QStringLiteral("name,code,cameras,sites,area_km2,population,cameras_per_km2,"
                                      "cameras_per_1000,inhabitants_per_camera"));
    // West: 3 cameras at 2 sites, 20,000 inhabitants; its geodesic area is about 8,800 km².
    QVERIFY2(lines[1].startsWith(QStringLiteral("\"West, upper\",70001,3,2,")), qPrintable(lines[1]));
    const QStringList tail = lines[1].mid(lines[1].indexOf(QLatin1String(",70001,")) + 1).split(QLatin1Char(','));
    QCOMPARE(tail.size(), 8);
    const double area = tail[3].toDouble();
    QVERIFY2(area > 8700 && area < 8950, qPrintable(tail[3]));
    QCOMPARE(tail[4], QStringLiteral("20000"));
    QCOMPARE(tail[5], QString::number(3 / area, 'f', 4));
    QCOMPARE(tail[6], QStringLiteral("0.150"));
    QCOMPARE(tail[7], QStringLiteral("6666.7"));
    // East: 2 cameras at 2 sites (one on the border), population unknown: empty figures.
    const QStringList east = lines[2].split(QLatin1Char(','));
    QCOMPARE(east.size(), 9);
    QCOMPARE(east.mid(0, 4), (QStringList{"East", "70002", "2", "2"}));
    QCOMPARE(east[5], QString());
    QCOMPARE(east[7], QString());
    QCOMPARE(east[8], QString());
    QVERIFY(r.err.contains(QStringLiteral("outside every boundary")));
}

void TestDensityCommand::geojson()
{
    const Run r = runNadzor({QStringLiteral("density"), m_project, QStringLiteral("--boundaries"), m_boundaries,
                          QStringLiteral("--name-field"), QStringLiteral("ime"), QStringLiteral("--population-field"),
                          QStringLiteral("pop"), QStringLiteral("--format"), QStringLiteral("geojson")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray features = doc.value(QStringLiteral("features")).toArray();
    QCOMPARE(features.size(), 2);
    const QJsonObject west = features[0].toObject().value(QStringLiteral("properties")).toObject();
    QCOMPARE(west.value(QStringLiteral("name")).toString(), QStringLiteral("West, upper"));
    QCOMPARE(west.value(QStringLiteral("cameras")).toInt(), 3);
    QCOMPARE(west.value(QStringLiteral("cameras_per_1000")).toDouble(), 0.15);
    QCOMPARE(west.keys().size(), 9);
    const QJsonObject east = features[1].toObject().value(QStringLiteral("properties")).toObject();
    QVERIFY(east.value(QStringLiteral("population")).isNull());
    QVERIFY(east.value(QStringLiteral("inhabitants_per_camera")).isNull());
    QCOMPARE(features[0].toObject().value(QStringLiteral("geometry")).toObject()
                 .value(QStringLiteral("type")).toString(), QStringLiteral("MultiPolygon"));
}

void TestDensityCommand::bundledLayerByDefault()
{
    const Run r = runNadzor({QStringLiteral("density"), m_project});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 146);  // header + 145 municipalities
    int cameras = 0;
    for (const QString &l : lines.mid(1)) {
        // name may be quoted; the figures are the last 7 cells
        const QStringList c = l.split(QLatin1Char(','));
        cameras += c.at(c.size() - 7).toInt();
    }
    QCOMPARE(cameras, 6);  // every test site lies in Serbia
}

void TestDensityCommand::filterApplies()
{
    const Run r = runNadzor({QStringLiteral("density"), m_project, QStringLiteral("--boundaries"), m_boundaries,
                          QStringLiteral("--name-field"), QStringLiteral("ime"), QStringLiteral("--filter"),
                          QStringLiteral("manufacturer=Dahua")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines[1].startsWith(QStringLiteral("\"West, upper\",,2,1,")));
    QVERIFY(lines[2].startsWith(QStringLiteral("East,,1,1,")));
    QVERIFY(r.err.contains(QStringLiteral("manufacturer = Dahua")));
}

void TestDensityCommand::errors()
{
    Run r = runNadzor({QStringLiteral("density"), m_project, QStringLiteral("--boundaries"), m_boundaries,
                    QStringLiteral("--name-field"), QStringLiteral("naziv")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QStringLiteral("squares.geojson")) && r.err.contains(QStringLiteral("naziv")),
             qPrintable(r.err));
    r = runNadzor({QStringLiteral("density"), m_project, QStringLiteral("--filter"), QStringLiteral("colour=red")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QStringLiteral("colour")), qPrintable(r.err));
    r = runNadzor({QStringLiteral("density"), m_dir.filePath(QStringLiteral("missing.nadzor"))});
    QVERIFY(r.exitCode != 0);
    QVERIFY(r.err.contains(QStringLiteral("missing.nadzor")));
    r = runNadzor({QStringLiteral("density"), m_project, QStringLiteral("--format"), QStringLiteral("xlsx")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("xlsx")));
    // A failed run leaves no output file behind.
    const QString out = m_dir.filePath(QStringLiteral("never.csv"));
    r = runNadzor({QStringLiteral("density"), m_project, QStringLiteral("--boundaries"), m_boundaries,
                QStringLiteral("--name-field"), QStringLiteral("nope"), QStringLiteral("--out"), out});
    QVERIFY(r.exitCode != 0);
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestDensityCommand)
#include "test_densitycommand.moc"
