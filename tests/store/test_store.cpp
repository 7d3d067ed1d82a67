// The project store: round trips of every field, the R*Tree, cascades, bulk import, refusal of
// files that are not ours, newer, damaged or read-only, and schema migration.
#include "store/importsession.h"
#include "store/projectstore.h"
#include "store/schemamanager.h"
#include "store/wkb.h"
#include "storetestutil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <unistd.h>

Q_DECLARE_METATYPE(nadzor::domain::Site)

using namespace nadzor;
using namespace nadzor::store;
using namespace nadzor::store::test;

namespace {

struct FileState {
    QByteArray hash;
    QDateTime modified;
    qint64 size = 0;
    bool operator==(const FileState &o) const { return hash == o.hash && modified == o.modified && size == o.size; }
};

FileState fileState(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return {QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256),
            QFileInfo(path).fileTime(QFileDevice::FileModificationTime), QFileInfo(path).size()};
}

// Runs SQL on a file with the plain SQLite API (to craft files the store must refuse).
void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    const QString message = error ? QString::fromUtf8(error) : QString();
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

qint64 rawInt(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *stmt = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

// A closed project with a few sites, cameras and a boundary layer.
void makeProject(const QString &path, int sites = 3)
{
    auto store = ProjectStore::create(path);
    QVERIFY2(store, qPrintable(store.errorString()));
    for (int i = 0; i < sites; ++i) {
        domain::Site s = siteAt(20.4 + i * 0.01, 44.8, 2);
        s.address = QStringLiteral("Ulica %1").arg(i);
        QVERIFY(store.value()->addSite(s));
    }
}

QList<qint64> idsOf(const QList<domain::Site> &sites)
{
    QList<qint64> out;
    for (const auto &s : sites)
        out << s.id;
    return out;
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

private slots:
    void createRefusesExistingFile();
    void roundTrip_data();
    void roundTrip();
    void updateAndDeleteCamera();
    void rtreeFollowsEveryChange();
    void cascadeDelete();
    void forEachSiteStreamsAndStops();
    void importCommit();
    void importRollbackOnDestroy();
    void importRejectsBadSitesAndGoesOn();
    void importBlocksOtherWrites();
    void boundaryLayerRoundTrip();
    void wkbRoundTrip();
    void refuses_data();
    void refuses();
    void readOnlyFile();
    void emptyDatabaseMigrates_data();
    void emptyDatabaseMigrates();
    void failedMigrationKeepsOldVersion();
    void pragmas();
};

void TestStore::createRefusesExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.nadzor"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("x");
    f.close();
    const FileState before = fileState(path);
    auto store = ProjectStore::create(path);
    QVERIFY(!store);
    QVERIFY2(store.errorString().contains(QStringLiteral("exists")), qPrintable(store.errorString()));
    QVERIFY(fileState(path) == before);

    const QString fresh = dir.filePath(QStringLiteral("new.nadzor"));
    auto created = ProjectStore::openOrCreate(fresh);
    QVERIFY2(created, qPrintable(created.errorString()));
    QCOMPARE(created.value()->siteCount(), 0);
    QCOMPARE(rawInt(fresh, "PRAGMA user_version"), qint64(ProjectStore::latestSchemaVersion()));
    QCOMPARE(rawInt(fresh, "PRAGMA application_id"), qint64(SchemaManager::applicationId));
}

void TestStore::roundTrip_data()
{
    QTest::addColumn<domain::Site>("site");

    QTest::newRow("every field") << [] {
        domain::Site s = siteAt(20.457273123456789, 44.816667987654321, 1);
        s.address = QStringLiteral("Кнез Михаилова 5, Beograd");
        s.description = QStringLiteral("north-east corner, on the traffic-light pole");
        return s;
    }();
    QTest::newRow("sql metacharacters") << [] {
        domain::Site s = siteAt(19.8335, 45.2671, 1);
        s.address = QStringLiteral("'); DROP TABLE camera;--");
        s.description = QStringLiteral("\"quoted\" \\ back%slash _under_ %");
        domain::Camera &c = s.cameras[0];
        c.tags.insert(QStringLiteral("'); DROP TABLE camera;--"), QStringLiteral("'; DELETE FROM site; --"));
        c.tags.insert(QStringLiteral("emoji 📷"), QStringLiteral("ć č đ š ž Ђ Љ"));
        c.tags.insert(QStringLiteral("empty"), QString());
        c.notes = QStringLiteral("line1\nline2\ttab \x01 control");
        return s;
    }();
    QTest::newRow("optional numbers unset") << [] {
        domain::Site s = siteAt(21.9, 43.32, 1);
        s.cameras[0].angle.reset();
        s.cameras[0].tilt.reset();
        s.cameras[0].height = 0.0;
        s.cameras[0].reviewedAt = QDateTime();
        s.cameras[0].observed = QDate();
        s.cameras[0].tags.clear();
        return s;
    }();
    QTest::newRow("bare cameras") << [] {
        domain::Site s;
        s.position = {20.0, 45.0}; // whole numbers
        s.cameras = {bareCamera(), bareCamera(), bareCamera()};
        return s;
    }();
    QTest::newRow("world corners") << [] {
        domain::Site s = siteAt(-180.0, 90.0, 1);
        s.cameras[0].angle = -0.0;
        s.cameras[0].tilt = 1e-300;
        return s;
    }();
    QTest::newRow("no cameras") << siteAt(20.5, 44.5, 0);
}

void TestStore::roundTrip()
{
    QFETCH(domain::Site, site);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.nadzor"));
    domain::Site stored = site;
    {
        auto store = ProjectStore::create(path);
        QVERIFY2(store, qPrintable(store.errorString()));
        auto id = store.value()->addSite(stored);
        QVERIFY2(id, qPrintable(id.errorString()));
        QVERIFY(stored.id > 0);
        QCOMPARE(id.value(), stored.id);
        QCOMPARE(stored.uuid.size(), 36);
        for (const auto &c : stored.cameras) {
            QVERIFY(c.id > 0);
            QCOMPARE(c.siteId, stored.id);
            QCOMPARE(c.uuid.size(), 36);
        }
        auto again = store.value()->site(stored.id);
        QVERIFY(again);
        QCOMPARE(again.value(), stored);
    }
    auto store = ProjectStore::open(path);
    QVERIFY2(store, qPrintable(store.errorString()));
    auto reread = store.value()->site(stored.id);
    QVERIFY2(reread, qPrintable(reread.errorString()));
    QCOMPARE(reread.value(), stored);
    // Field by field, so that a failure names the field.
    for (int i = 0; i < stored.cameras.size(); ++i) {
        const auto &a = reread.value().cameras[i];
        const auto &b = stored.cameras[i];
        QCOMPARE(a.tags, b.tags);
        QCOMPARE(a.notes, b.notes);
        QCOMPARE(a.reviewedAt, b.reviewedAt);
        QCOMPARE(a.angle, b.angle);
        QCOMPARE(a.height, b.height);
        auto single = store.value()->camera(b.id);
        QVERIFY(single);
        QCOMPARE(single.value(), b);
    }
    QCOMPARE(store.value()->siteCount(), 1);
    QCOMPARE(store.value()->cameraCount(), stored.cameras.size());
    QCOMPARE(rawInt(path, "SELECT count(*) FROM camera"), qint64(stored.cameras.size())); // table still there
}

void TestStore::updateAndDeleteCamera()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.nadzor"));
    auto store = ProjectStore::create(path).take();
    domain::Site a = siteAt(20.1, 44.1, 1);
    domain::Site b = siteAt(20.2, 44.2, 0);
    QVERIFY(store->addSite(a));
    QVERIFY(store->addSite(b));

    domain::Camera c = bareCamera();
    c.siteId = 9999;
    QVERIFY(!store->addCamera(c));
    c.siteId = b.id;
    c.model = QStringLiteral("first");
    QVERIFY(store->addCamera(c));
    QVERIFY(c.id > 0);

    domain::Camera changed = fullCamera(QStringLiteral("second"));
    changed.id = c.id;
    changed.uuid = c.uuid;
    changed.siteId = a.id; // moves it to the other site
    QVERIFY2(store->updateCamera(changed), qPrintable(store->errorString()));
    store.reset();

    store = ProjectStore::open(path).take();
    QCOMPARE(store->camera(c.id).value(), changed);
    QCOMPARE(store->site(a.id).value().cameras.size(), 2);
    QCOMPARE(store->site(b.id).value().cameras.size(), 0);
    QVERIFY(store->deleteCamera(c.id));
    QVERIFY(!store->camera(c.id));
    QVERIFY(!store->deleteCamera(c.id));
    QCOMPARE(store->cameraCount(), 1);
    changed.siteId = 12345;
    QVERIFY(!store->updateCamera(changed));
}

void TestStore::rtreeFollowsEveryChange()
{
    QTemporaryDir dir;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.nadzor"))).take();
    domain::Site belgrade = siteAt(20.4573, 44.8176, 2);
    domain::Site noviSad = siteAt(19.8335, 45.2671, 1);
    domain::Site nis = siteAt(21.8958, 43.3209, 1);
    QVERIFY(store->addSite(belgrade));
    QVERIFY(store->addSite(noviSad));
    QVERIFY(store->addSite(nis));

    auto inBelgrade = store->sitesInBox(20.3, 44.7, 20.6, 44.9);
    QVERIFY(inBelgrade);
    QCOMPARE(idsOf(inBelgrade.value()), QList<qint64>{belgrade.id});
    QCOMPARE(inBelgrade.value().first().cameras.size(), 2);
    QCOMPARE(idsOf(store->sitesInBox(19.0, 43.0, 23.0, 46.0).value()),
             (QList<qint64>{belgrade.id, noviSad.id, nis.id}));
    // Edges are inside; a box just beside a point is not (the R*Tree's float boxes are re-checked).
    QCOMPARE(idsOf(store->sitesInBox(20.4573, 44.8176, 20.4573, 44.8176).value()), QList<qint64>{belgrade.id});
    QVERIFY(store->sitesInBox(20.45731, 44.8176, 20.5, 44.9).value().isEmpty());

    // Move Niš into Belgrade's box.
    nis.position = {20.5, 44.8};
    QVERIFY(store->updateSite(nis));
    QCOMPARE(idsOf(store->sitesInBox(20.3, 44.7, 20.6, 44.9).value()), (QList<qint64>{belgrade.id, nis.id}));
    QVERIFY(store->sitesInBox(21.8, 43.2, 22.0, 43.4).value().isEmpty());

    QVERIFY(store->deleteSite(belgrade.id));
    QCOMPARE(idsOf(store->sitesInBox(20.3, 44.7, 20.6, 44.9).value()), QList<qint64>{nis.id});

    // Undo and redo go through the same triggers.
    QVERIFY(store->undo());
    QCOMPARE(idsOf(store->sitesInBox(20.3, 44.7, 20.6, 44.9).value()), (QList<qint64>{belgrade.id, nis.id}));
    QVERIFY(store->undo()); // the move
    QCOMPARE(idsOf(store->sitesInBox(21.8, 43.2, 22.0, 43.4).value()), QList<qint64>{nis.id});

    // An update that leaves the position alone must keep the index too.
    noviSad.address = QStringLiteral("Trg slobode");
    QVERIFY(store->updateSite(noviSad));
    QCOMPARE(idsOf(store->sitesInBox(19.8, 45.2, 19.9, 45.3).value()), QList<qint64>{noviSad.id});
}

void TestStore::cascadeDelete()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.nadzor"));
    auto store = ProjectStore::create(path).take();
    domain::Site keep = siteAt(20.0, 44.0, 1);
    domain::Site gone = siteAt(21.0, 44.0, 3);
    QVERIFY(store->addSite(keep));
    QVERIFY(store->addSite(gone));
    QCOMPARE(store->cameraCount(), 4);
    QVERIFY(store->deleteSite(gone.id));
    QCOMPARE(store->siteCount(), 1);
    QCOMPARE(store->cameraCount(), 1);
    for (const auto &c : gone.cameras)
        QVERIFY(!store->camera(c.id));
    QVERIFY(!store->site(gone.id));
    QVERIFY(!store->deleteSite(gone.id));
    QVERIFY(store->errorString().contains(QStringLiteral("no such site")));
    store.reset();
    QCOMPARE(rawInt(path, "SELECT count(*) FROM site_rtree"), 1);
}

void TestStore::forEachSiteStreamsAndStops()
{
    QTemporaryDir dir;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.nadzor"))).take();
    QList<domain::Site> added;
    for (int i = 0; i < 5; ++i) {
        domain::Site s = siteAt(20.0 + i, 44.0, i % 3); // 0, 1 or 2 cameras
        QVERIFY(store->addSite(s));
        added << s;
    }
    QList<domain::Site> seen;
    QVERIFY(store->forEachSite([&](const domain::Site &s) {
        seen << s;
        return true;
    }));
    QCOMPARE(seen, added);
    QCOMPARE(store->sites().value(), added);
    int visits = 0;
    QVERIFY(store->forEachSite([&](const domain::Site &) { return ++visits < 2; }));
    QCOMPARE(visits, 2);
}

void TestStore::importCommit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.nadzor"));
    QList<domain::Site> imported;
    {
        auto store = ProjectStore::create(path).take();
        domain::Site manual = siteAt(22.0, 43.0, 1);
        QVERIFY(store->addSite(manual));
        auto session = store->beginImport(QStringLiteral("osm.geojson"));
        QVERIFY2(session, qPrintable(session.errorString()));
        for (int i = 0; i < 100; ++i) {
            domain::Site s = siteAt(20.0 + i * 0.001, 44.0, 1 + i % 2);
            QVERIFY(session.value()->addSite(s));
            QVERIFY(s.id > 0);
            QCOMPARE(s.cameras.first().siteId, s.id);
            imported << s;
        }
        QCOMPARE(session.value()->siteCount(), 100);
        QCOMPARE(session.value()->cameraCount(), 150);
        QVERIFY(session.value()->commit());
        QVERIFY(!session.value()->isActive());
        QCOMPARE(store->siteCount(), 101);
        auto journal = store->journal().value();
        QCOMPARE(journal.size(), 2);
        QCOMPARE(journal.last().action, QStringLiteral("import"));
        QVERIFY2(journal.last().summary.contains(QStringLiteral("100 sites with 150 cameras")),
                 qPrintable(journal.last().summary));
    }
    auto store = ProjectStore::open(path).take();
    QCOMPARE(store->siteCount(), 101);
    QCOMPARE(store->cameraCount(), 151);
    QCOMPARE(store->site(imported[42].id).value(), imported[42]);
    QCOMPARE(store->sitesInBox(19.99, 43.99, 20.2, 44.01).value().size(), 100);
    // One journal entry, no per-row snapshots.
    QCOMPARE(rawInt(path, "SELECT count(*) FROM journal"), 2);
    QVERIFY(rawInt(path, "SELECT length(after) FROM journal WHERE action = 'import'") < 200);
}

void TestStore::importRollbackOnDestroy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.nadzor"));
    auto store = ProjectStore::create(path).take();
    {
        auto session = store->beginImport(QStringLiteral("never committed"));
        QVERIFY(session);
        for (int i = 0; i < 50; ++i) {
            domain::Site s = siteAt(20.0, 44.0 + i * 0.01, 1);
            QVERIFY(session.value()->addSite(s));
        }
    }
    QCOMPARE(store->siteCount(), 0);
    QCOMPARE(store->cameraCount(), 0);
    QVERIFY(store->journal().value().isEmpty());
    QVERIFY(!store->canUndo());
    // The store is usable again.
    domain::Site s = siteAt(20.0, 44.0, 1);
    QVERIFY2(store->addSite(s), qPrintable(store->errorString()));
    {
        auto session = store->beginImport(QStringLiteral("rolled back explicitly"));
        domain::Site t = siteAt(20.0, 44.5, 1);
        QVERIFY(session.value()->addSite(t));
        session.value()->rollback();
        QVERIFY(!session.value()->addSite(t));
        QVERIFY(!session.value()->commit());
    }
    QCOMPARE(store->siteCount(), 1);
    store.reset();
    QCOMPARE(rawInt(path, "SELECT count(*) FROM site"), 1);
    QCOMPARE(rawInt(path, "SELECT count(*) FROM journal"), 1);
}

void TestStore::importRejectsBadSitesAndGoesOn()
{
    QTemporaryDir dir;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.nadzor"))).take();
    auto session = store->beginImport(QStringLiteral("mixed")).take();
    domain::Site good = siteAt(20.0, 44.0, 1);
    QVERIFY(session->addSite(good));
    domain::Site offEarth = siteAt(200.0, 44.0, 1);
    QVERIFY(!session->addSite(offEarth));
    domain::Site noCamera = siteAt(20.0, 44.0, 0);
    QVERIFY(!session->addSite(noCamera));
    domain::Site duplicateCamera = siteAt(20.1, 44.1, 2);
    duplicateCamera.cameras[1].uuid = good.cameras[0].uuid; // UNIQUE violation on the 2nd camera
    const auto status = session->addSite(duplicateCamera);
    QVERIFY(!status);
    QVERIFY2(status.errorString().contains(QStringLiteral("UNIQUE")), qPrintable(status.errorString()));
    domain::Site good2 = siteAt(20.2, 44.2, 1);
    QVERIFY(session->addSite(good2));
    QVERIFY(session->commit());
    QCOMPARE(store->siteCount(), 2);
    QCOMPARE(store->cameraCount(), 2);
}

void TestStore::importBlocksOtherWrites()
{
    QTemporaryDir dir;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.nadzor"))).take();
    auto session = store->beginImport(QStringLiteral("busy")).take();
    domain::Site s = siteAt(20.0, 44.0, 1);
    QVERIFY(!store->addSite(s));
    QVERIFY(store->errorString().contains(QStringLiteral("import is in progress")));
    QVERIFY(!store->beginImport(QStringLiteral("second")));
    QVERIFY(session->commit());
    QVERIFY(store->addSite(s));
}

void TestStore::boundaryLayerRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.nadzor"));
    domain::BoundaryLayer layer;
    layer.name = QStringLiteral("Serbian municipalities");
    layer.source = QStringLiteral("geoBoundaries SRB ADM2");
    layer.attribution = QStringLiteral("© geoBoundaries, CC BY 4.0");
    domain::Boundary a;
    a.name = QStringLiteral("Stari grad");
    a.code = QStringLiteral("70220");
    a.population = 44737;
    a.areaKm2 = 5.4;
    a.geometry = {domain::Polygon{{domain::Ring{{20.45, 44.81}, {20.47, 44.81}, {20.47, 44.83}},
                                   domain::Ring{{20.455, 44.815}, {20.46, 44.815}, {20.46, 44.82}}}},
                  domain::Polygon{{domain::Ring{{20.5, 44.9}, {20.6, 44.9}, {20.6, 45.0}, {20.5, 45.0}}}}};
    domain::Boundary b;
    b.name = QStringLiteral("Без бројева");
    b.geometry = {domain::Polygon{{domain::Ring{{19.0, 45.0}, {19.1, 45.0}, {19.1, 45.1}}}}};
    layer.boundaries = {a, b};
    {
        auto store = ProjectStore::create(path).take();
        auto id = store->saveBoundaryLayer(layer);
        QVERIFY2(id, qPrintable(id.errorString()));
        QVERIFY(layer.boundaries[0].id > 0 && layer.boundaries[1].id > layer.boundaries[0].id);
    }
    auto store = ProjectStore::open(path).take();
    const auto layers = store->boundaryLayers().value();
    QCOMPARE(layers.size(), 1);
    QCOMPARE(layers[0].id, layer.id);
    QCOMPARE(layers[0].name, layer.name);
    QCOMPARE(layers[0].attribution, layer.attribution);
    QCOMPARE(layers[0].boundaries.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const auto &x = layers[0].boundaries[i];
        const auto &y = layer.boundaries[i];
        QCOMPARE(x.id, y.id);
        QCOMPARE(x.name, y.name);
        QCOMPARE(x.code, y.code);
        QCOMPARE(x.population, y.population);
        QCOMPARE(x.areaKm2, y.areaKm2);
        QCOMPARE(x.geometry.size(), y.geometry.size());
        for (int p = 0; p < x.geometry.size(); ++p)
            QCOMPARE(x.geometry[p].rings, y.geometry[p].rings);
    }
    QCOMPARE(rawInt(path, "SELECT count(*) FROM boundary WHERE min_lon = 20.45 AND max_lat = 45.0"), 1);
    QVERIFY(store->deleteBoundaryLayer(layer.id));
    QVERIFY(store->boundaryLayers().value().isEmpty());
    QVERIFY(!store->deleteBoundaryLayer(layer.id));
}

void TestStore::wkbRoundTrip()
{
    const domain::MultiPolygon geometry{
        domain::Polygon{{domain::Ring{{0.1, 0.2}, {1.5, 0.2}, {1.5, 1.7}}}}};
    const QByteArray wkb = multiPolygonToWkb(geometry);
    // 1+4+4 + (1+4+4 + 4 + 4 points * 16)
    QCOMPARE(wkb.size(), 9 + 13 + 64);
    QCOMPARE(wkb.left(5), QByteArray::fromHex("0106000000"));
    const auto back = multiPolygonFromWkb(wkb);
    QVERIFY(back);
    QCOMPARE(back->size(), 1);
    QCOMPARE(back->first().rings, geometry.first().rings);
    QVERIFY(!multiPolygonFromWkb(wkb.left(wkb.size() - 3)));
    QVERIFY(!multiPolygonFromWkb(QByteArray("garbage")));
    const auto box = boundingBox(geometry);
    QVERIFY(box);
    QCOMPARE(box->minLon, 0.1);
    QCOMPARE(box->maxLat, 1.7);
    QVERIFY(!boundingBox({}));
}

void TestStore::refuses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("newer schema") << "newer" << "newer version of Nadzor";
    QTest::newRow("plain text") << "text" << "not an SQLite database";
    QTest::newRow("other application") << "other" << "another application";
    QTest::newRow("other application id") << "otherid" << "another application";
    QTest::newRow("garbage in page 2") << "corrupt" << "damaged";
    QTest::newRow("truncated") << "truncated" << "damaged";
    QTest::newRow("tables missing") << "notables" << "tables are missing";
}

void TestStore::refuses()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.nadzor"));
    if (kind == QLatin1String("text")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,lon,lat\n1,20.4,44.8\n");
    } else if (kind == QLatin1String("other")) {
        rawExec(path, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT); "
                      "INSERT INTO moz_places (url) VALUES ('https://example.org');");
    } else if (kind == QLatin1String("otherid")) {
        rawExec(path, "PRAGMA application_id = 1196444487;"); // GeoPackage "GPKG"
    } else {
        makeProject(path, 200);
        if (QTest::currentTestFailed())
            return;
        if (kind == QLatin1String("newer")) {
            rawExec(path, "PRAGMA user_version = 99;");
        } else if (kind == QLatin1String("notables")) {
            rawExec(path, "DROP TABLE journal;");
        } else if (kind == QLatin1String("corrupt") || kind == QLatin1String("truncated")) {
            const qint64 pageSize = rawInt(path, "PRAGMA page_size");
            QVERIFY(QFileInfo(path).size() > 4 * pageSize);
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            if (kind == QLatin1String("corrupt")) {
                f.seek(pageSize); // page 2
                f.write(QByteArray(int(pageSize), '\xA5'));
            } else {
                f.resize(f.size() / 2);
            }
        }
    }
    // Let the modification time tick so that a write would show.
    QTest::qWait(20);
    const FileState before = fileState(path);
    for (OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
        auto store = ProjectStore::open(path, mode);
        QVERIFY(!store);
        QVERIFY2(store.errorString().contains(expected), qPrintable(store.errorString()));
        QVERIFY2(store.errorString().startsWith(path), qPrintable(store.errorString()));
        QVERIFY(fileState(path) == before);
    }
    QVERIFY(!ProjectStore::openOrCreate(path));
    QVERIFY(fileState(path) == before);
    if (kind != QLatin1String("text"))
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
}

void TestStore::readOnlyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.nadzor"));
    makeProject(path, 3);
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    if (geteuid() == 0)
        qInfo("running as root: chmod 0444 does not stop writes, the store must notice the permission bits");
    QTest::qWait(20);
    const FileState before = fileState(path);

    auto refused = ProjectStore::open(path);
    QVERIFY(!refused);
    QVERIFY2(refused.errorString().contains(QStringLiteral("read-only")), qPrintable(refused.errorString()));
    QVERIFY(fileState(path) == before);

    {
        auto store = ProjectStore::open(path, OpenMode::ReadOnly);
        QVERIFY2(store, qPrintable(store.errorString()));
        QVERIFY(store.value()->isReadOnly());
        QCOMPARE(store.value()->siteCount(), 3);
        QCOMPARE(store.value()->sites().value().size(), 3);
        QCOMPARE(store.value()->sitesInBox(20.0, 44.0, 21.0, 45.0).value().size(), 3);
        domain::Site s = siteAt(20.0, 44.0, 1);
        QVERIFY(!store.value()->addSite(s));
        QVERIFY(store.value()->errorString().contains(QStringLiteral("read-only")));
        QVERIFY(!store.value()->deleteSite(1));
        QVERIFY(!store.value()->canUndo());
        QVERIFY(!store.value()->undo());
        QVERIFY(!store.value()->beginImport(QStringLiteral("x")));
    }
    QVERIFY(fileState(path) == before);

    // A writable project opened read-only is not changed either.
    const QString writable = dir.filePath(QStringLiteral("w.nadzor"));
    makeProject(writable, 2);
    QTest::qWait(20);
    const FileState w = fileState(writable);
    {
        auto store = ProjectStore::open(writable, OpenMode::ReadOnly).take();
        QCOMPARE(store->siteCount(), 2);
    }
    QVERIFY(fileState(writable) == w);
}

void TestStore::emptyDatabaseMigrates_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("zero-byte file") << QString();
    QTest::newRow("empty SQLite database") << QStringLiteral("VACUUM;");
    QTest::newRow("version 0 with our application_id")
        << QStringLiteral("PRAGMA application_id = %1;").arg(SchemaManager::applicationId);
}

void TestStore::emptyDatabaseMigrates()
{
    QFETCH(QString, sql);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.nadzor"));
    if (sql.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else {
        rawExec(path, sql.toUtf8().constData());
    }
    QCOMPARE(rawInt(path, "PRAGMA user_version"), 0);
    QVERIFY(!ProjectStore::open(path, OpenMode::ReadOnly)); // cannot migrate without writing
    auto store = ProjectStore::open(path);
    QVERIFY2(store, qPrintable(store.errorString()));
    domain::Site s = siteAt(20.0, 44.0, 1);
    QVERIFY(store.value()->addSite(s));
    store.value().reset();
    QCOMPARE(rawInt(path, "PRAGMA user_version"), qint64(ProjectStore::latestSchemaVersion()));
    QCOMPARE(rawInt(path, "PRAGMA application_id"), qint64(SchemaManager::applicationId));
    QCOMPARE(rawInt(path, "SELECT count(*) FROM site"), 1);
}

void TestStore::failedMigrationKeepsOldVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.nadzor"));
    makeProject(path, 2);
    const int latest = ProjectStore::latestSchemaVersion();
    QVERIFY(latest >= 1);

    QList<Migration> migrations = SchemaManager::builtinMigrations();
    // Half of it works (a new table, a changed row), then it fails.
    migrations.append(Migration{latest + 1, QStringLiteral("9999_broken.sql"),
                                QStringLiteral("CREATE TABLE extra (x INTEGER);\n"
                                               "UPDATE site SET address = 'changed';\n"
                                               "INSERT INTO no_such_table VALUES (1);\n")});
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    const auto status = SchemaManager::migrate(db, migrations, path);
    sqlite3_close(db);
    QVERIFY(!status);
    QVERIFY2(status.errorString().contains(QStringLiteral("9999_broken.sql")), qPrintable(status.errorString()));
    QVERIFY2(status.errorString().contains(QStringLiteral("no_such_table")), qPrintable(status.errorString()));

    QCOMPARE(rawInt(path, "PRAGMA user_version"), qint64(latest));
    QCOMPARE(rawInt(path, "SELECT count(*) FROM sqlite_master WHERE name = 'extra'"), 0);
    QCOMPARE(rawInt(path, "SELECT count(*) FROM site WHERE address = 'changed'"), 0);
    auto store = ProjectStore::open(path);
    QVERIFY2(store, qPrintable(store.errorString()));
    QCOMPARE(store.value()->siteCount(), 2);

    // A good migration on top moves the version on.
    migrations.last().sql = QStringLiteral("CREATE TABLE extra (x INTEGER);");
    store.value().reset();
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    QVERIFY(SchemaManager::migrate(db, migrations, path));
    sqlite3_close(db);
    QCOMPARE(rawInt(path, "PRAGMA user_version"), qint64(latest + 1));
    // ... and this build now refuses the file as newer.
    QVERIFY(ProjectStore::open(path).errorString().contains(QStringLiteral("newer version")));
}

void TestStore::pragmas()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.nadzor"));
    auto store = ProjectStore::create(path).take();
    QCOMPARE(rawInt(path, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"), 1);
    QVERIFY(QFileInfo(path).size() > 0);
    QCOMPARE(store->path(), path);
    QVERIFY(!store->author().isEmpty());
    store->setAuthor(QStringLiteral("Ana"));
    QCOMPARE(store->author(), QStringLiteral("Ana"));
    // Foreign keys are on: a camera cannot point at a missing site.
    domain::Camera c = bareCamera();
    c.siteId = 77;
    QVERIFY(!store->addCamera(c));
}

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
