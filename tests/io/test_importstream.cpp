// Streaming import (CameraImporter::importFile with a SiteStream) into an ImportSession: the
// project holds exactly what the buffered import gives (same sites, cameras, grouping and site
// fields), a later camera fills a site's empty fields, and a bad file found half way leaves the
// project unchanged and names the feature.
#include "io/cameraimporter.h"
#include "store/importsession.h"
#include "store/projectstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace nadzor;
using domain::Site;

namespace {

const QString Albania = QStringLiteral(NADZOR_TEST_FIXTURES "/real/cameras-albania-osm/osm.geojson");

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

QList<Site> bufferedSites(const QString &path)
{
    QList<Site> sites;
    io::CameraImporter importer;
    const auto result = importer.importFile(path, {}, [&](Site &site) {
        sites << site;
        return domain::Status();
    });
    return result ? sites : QList<Site>();
}

io::SiteStream streamInto(store::ImportSession &session)
{
    io::SiteStream stream;
    stream.addSite = [&session](Site &site) { return session.addSite(site); };
    stream.addCamera = [&session](qint64 siteId, domain::Camera &camera) {
        return session.addCamera(siteId, camera);
    };
    stream.updateSite = [&session](const Site &site) { return session.updateSite(site); };
    return stream;
}

// A site without ids and uuids, for comparing what two imports made of the same file.
Site withoutIds(Site site)
{
    site.id = 0;
    site.uuid.clear();
    for (domain::Camera &c : site.cameras) {
        c.id = 0;
        c.siteId = 0;
        c.uuid.clear();
    }
    return site;
}

QJsonObject pointFeature(double lon, double lat, const QJsonObject &properties)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                       {QStringLiteral("geometry"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                                    {QStringLiteral("coordinates"), QJsonArray{lon, lat}}}},
                       {QStringLiteral("properties"), properties}};
}

QByteArray collection(const QJsonArray &features)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                     {QStringLiteral("features"), features}})
        .toJson();
}

} // namespace

class TestImportStream : public QObject {
    Q_OBJECT

private slots:
    void sameAsBuffered_data();
    void sameAsBuffered();
    void laterCameraFillsSiteFields();
    void badFileHalfWayChangesNothing();

private:
    QTemporaryDir m_dir;
};

void TestImportStream::sameAsBuffered_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("albania osm") << Albania;
    // 130 cameras at 20 positions, the cameras of a position spread over the file.
    QJsonArray features;
    for (int i = 0; i < 130; ++i) {
        const int site = i % 20;
        features.append(pointFeature(20.0 + site * 0.001 + (i % 3) * 1e-9, 44.0 + site * 0.001,
                                     QJsonObject{{QStringLiteral("model"), QString::number(i)}}));
    }
    const QString grouped = m_dir.filePath(QStringLiteral("grouped.geojson"));
    QVERIFY(writeFile(grouped, collection(features)));
    QTest::newRow("grouped") << grouped;
    const QString multi = m_dir.filePath(QStringLiteral("multi.geojson"));
    QVERIFY(writeFile(multi, R"({"type":"FeatureCollection","features":[{"type":"Feature",
        "geometry":{"type":"MultiPoint","coordinates":[[20,44],[20.5,44.5],[20,44]]},
        "properties":{"operator":"X"}}]})"));
    QTest::newRow("multipoint") << multi;
}

void TestImportStream::sameAsBuffered()
{
    QFETCH(QString, name);
    const QList<Site> expected = bufferedSites(name);
    QVERIFY(!expected.isEmpty());

    QTemporaryDir dir;
    auto store = store::ProjectStore::create(dir.filePath(QStringLiteral("p.nadzor"))).take();
    auto session = store->beginImport(QStringLiteral("stream")).take();
    const io::SiteStream stream = streamInto(*session);
    io::CameraImporter importer;
    const auto result = importer.importFile(name, {}, stream);
    QVERIFY2(result, qPrintable(result.errorString()));
    QVERIFY(session->commit());

    qint64 cameras = 0;
    for (const Site &s : expected)
        cameras += s.cameras.size();
    QCOMPARE(result.value().sites, qint64(expected.size()));
    QCOMPARE(result.value().cameras, cameras);
    const QList<Site> stored = store->sites().value(); // by id: the order they were read in
    QCOMPARE(stored.size(), expected.size());
    for (qsizetype i = 0; i < stored.size(); ++i)
        QCOMPARE(withoutIds(stored[i]), withoutIds(expected[i]));
}

void TestImportStream::laterCameraFillsSiteFields()
{
    QJsonArray features;
    features.append(pointFeature(20.0, 44.0, QJsonObject{{QStringLiteral("model"), QStringLiteral("a")}}));
    features.append(pointFeature(21.0, 45.0, QJsonObject{{QStringLiteral("model"), QStringLiteral("b")}}));
    features.append(pointFeature(20.0, 44.0, QJsonObject{{QStringLiteral("model"), QStringLiteral("c")},
                                                         {QStringLiteral("addr:full"), QStringLiteral("Knez Mihailova 1")}}));
    features.append(pointFeature(20.0, 44.0, QJsonObject{{QStringLiteral("model"), QStringLiteral("d")},
                                                         {QStringLiteral("addr:full"), QStringLiteral("Other 2")}}));
    const QString path = m_dir.filePath(QStringLiteral("fields.geojson"));
    QVERIFY(writeFile(path, collection(features)));
    const QList<Site> expected = bufferedSites(path);
    QCOMPARE(expected.size(), 2);
    QCOMPARE(expected.first().address, QStringLiteral("Knez Mihailova 1"));

    QTemporaryDir dir;
    auto store = store::ProjectStore::create(dir.filePath(QStringLiteral("p.nadzor"))).take();
    auto session = store->beginImport(QStringLiteral("stream")).take();
    io::CameraImporter importer;
    const auto result = importer.importFile(path, {}, streamInto(*session));
    QVERIFY2(result, qPrintable(result.errorString()));
    QCOMPARE(result.value().warnings.size(), 1); // 'Other 2' conflicts with the address kept
    QVERIFY(result.value().warnings.first().contains(QStringLiteral("Other 2")));
    QVERIFY(session->commit());
    const QList<Site> stored = store->sites().value();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(withoutIds(stored.first()), withoutIds(expected.first()));
    QCOMPARE(stored.first().cameras.size(), 3);
}

void TestImportStream::badFileHalfWayChangesNothing()
{
    QJsonArray features;
    for (int i = 0; i < 50; ++i)
        features.append(pointFeature(20.0 + i * 0.01, 44.0, QJsonObject{}));
    features.append(pointFeature(200.0, 44.0, QJsonObject{})); // feature 51
    const QString path = m_dir.filePath(QStringLiteral("bad.geojson"));
    QVERIFY(writeFile(path, collection(features)));

    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.nadzor"));
    auto store = store::ProjectStore::create(project).take();
    domain::Site manual;
    manual.position = {19.0, 43.0};
    manual.cameras.append(domain::Camera());
    QVERIFY(store->addSite(manual));
    {
        auto session = store->beginImport(QStringLiteral("stream")).take();
        io::CameraImporter importer;
        const auto result = importer.importFile(path, {}, streamInto(*session));
        QVERIFY(!result);
        QVERIFY2(result.errorString().contains(QStringLiteral("feature 51")), qPrintable(result.errorString()));
        QVERIFY(result.errorString().contains(QStringLiteral("bad.geojson")));
        QCOMPARE(session->siteCount(), 50); // they had reached the session...
    } // ...and are rolled back with it
    QCOMPARE(store->siteCount(), 1);
    QCOMPARE(store->cameraCount(), 1);
    QCOMPARE(store->journal().value().size(), 1);
    QCOMPARE(store->sitesInBox(19.5, 43.5, 21.0, 44.5).value().size(), 0);
}

QTEST_GUILESS_MAIN(TestImportStream)
#include "test_importstream.moc"
