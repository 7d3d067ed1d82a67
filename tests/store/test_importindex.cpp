// The fast import path of the store: the R*Tree filled at commit (packed rebuild or Hilbert-order
// inserts) must hold exactly what the per-row trigger would have written, the trigger must be
// back after a commit and after a rollback, later ordinary edits and undo/redo must keep the
// R*Tree in step, and the CHECK constraints must hold for imported rows.
#include "store/importsession.h"
#include "store/projectstore.h"
#include "store/siteindexloader.h"
#include "storetestutil.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace nadzor;
using namespace nadzor::store;
using namespace nadzor::store::test;

namespace {

// A read-only side connection to a project (WAL: it sees what the store committed).
class RawDb {
public:
    explicit RawDb(const QString &path)
    {
        sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
    }
    ~RawDb() { sqlite3_close(m_db); }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    QStringList rows(const QString &sql) const
    {
        QStringList out;
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK)
            return {QStringLiteral("error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)))};
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            QStringList columns;
            for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
                if (sqlite3_column_type(stmt, i) == SQLITE_FLOAT)
                    columns << QString::number(sqlite3_column_double(stmt, i), 'g', 17);
                else
                    columns << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, i)));
            }
            out << columns.join(QLatin1Char('|'));
        }
        sqlite3_finalize(stmt);
        return out;
    }
    QString value(const QString &sql) const
    {
        const QStringList r = rows(sql);
        return r.isEmpty() ? QString() : r.first();
    }
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

// Sites clustered around a few towns plus a uniform share, like real data.
QList<domain::Site> scatteredSites(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    const double towns[][2] = {{20.46, 44.81}, {19.83, 45.25}, {21.90, 43.32}, {20.91, 44.01}};
    QList<domain::Site> sites;
    for (int i = 0; i < count; ++i) {
        domain::Site s;
        if (i % 5 == 4) {
            s.position = {18.8 + random.bounded(4.3), 42.2 + random.bounded(4.0)};
        } else {
            const auto &t = towns[i % 4];
            s.position = {t[0] + random.bounded(0.2) - 0.1, t[1] + random.bounded(0.2) - 0.1};
        }
        s.cameras.append(i % 7 == 0 ? fullCamera() : bareCamera());
        if (i % 11 == 0)
            s.cameras.append(bareCamera());
        sites << s;
    }
    return sites;
}

// What the trigger writes for these sites: an R*Tree filled row by row by SQLite itself.
QStringList referenceIndex(const QString &path)
{
    RawDb db(path);
    char *error = nullptr;
    sqlite3_exec(db.handle(),
                 "ATTACH ':memory:' AS ref; "
                 "CREATE VIRTUAL TABLE ref.tree USING rtree(id, min_lon, max_lon, min_lat, max_lat); "
                 "INSERT INTO ref.tree SELECT id, lon, lon, lat, lat FROM main.site;",
                 nullptr, nullptr, &error);
    if (error) {
        const QString message = QString::fromUtf8(error);
        sqlite3_free(error);
        return {message};
    }
    return db.rows(QStringLiteral("SELECT * FROM ref.tree ORDER BY id"));
}

QStringList storedIndex(const QString &path)
{
    return RawDb(path).rows(QStringLiteral("SELECT * FROM site_rtree ORDER BY id"));
}

QStringList triggers(const QString &path)
{
    return RawDb(path).rows(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"));
}

// The R*Tree is consistent and mirrors the site table.
void verifyIndex(const QString &path)
{
    RawDb db(path);
    QCOMPARE(db.value(QStringLiteral("SELECT rtreecheck('site_rtree')")), QStringLiteral("ok"));
    QCOMPARE(db.value(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM site_rtree")),
             db.value(QStringLiteral("SELECT count(*) FROM site")));
    QCOMPARE(storedIndex(path), referenceIndex(path));
}

QList<qint64> bruteForceBox(const QList<domain::Site> &sites, double minLon, double minLat, double maxLon,
                            double maxLat)
{
    QList<qint64> ids;
    for (const domain::Site &s : sites) {
        if (s.position.lon >= minLon && s.position.lon <= maxLon && s.position.lat >= minLat
            && s.position.lat <= maxLat)
            ids << s.id;
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> idsOf(const QList<domain::Site> &sites)
{
    QList<qint64> ids;
    for (const domain::Site &s : sites)
        ids << s.id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

domain::Status importAll(ProjectStore &store, QList<domain::Site> &sites)
{
    auto session = store.beginImport(QStringLiteral("test"));
    if (!session)
        return session.error();
    for (domain::Site &s : sites) {
        if (auto st = session.value()->addSite(s); !st)
            return st;
    }
    return session.value()->commit();
}

} // namespace

class TestImportIndex : public QObject {
    Q_OBJECT

private slots:
    void hilbertCurve();
    void rounding_data();
    void rounding();
    void packedRebuildMatchesTrigger_data();
    void packedRebuildMatchesTrigger();
    void smallImportIntoLargeProject();
    void editsAfterImportKeepIndex();
    void undoRedoKeepIndex();
    void rollbackKeepsTrigger();
    void rejectedSiteLeavesNoIndexEntry();
    void checkConstraintsHold();
    void addCameraToImportedSite();
};

void TestImportIndex::hilbertCurve()
{
    // On the curve, the first 4^k cells fill the 2^k x 2^k square at the origin, and each cell
    // is a neighbour of the one before it.
    for (int k : {1, 2, 4, 6}) {
        const quint32 side = 1u << k;
        std::vector<std::pair<quint32, std::pair<quint32, quint32>>> cells;
        for (quint32 x = 0; x < side; ++x) {
            for (quint32 y = 0; y < side; ++y)
                cells.push_back({SiteIndexLoader::hilbertIndex(x, y), {x, y}});
        }
        std::sort(cells.begin(), cells.end());
        for (size_t i = 0; i < cells.size(); ++i) {
            QCOMPARE(cells[i].first, quint32(i));
            if (i > 0) {
                const auto [x0, y0] = cells[i - 1].second;
                const auto [x1, y1] = cells[i].second;
                QCOMPARE(std::abs(int(x1) - int(x0)) + std::abs(int(y1) - int(y0)), 1);
            }
        }
    }
    QCOMPARE(SiteIndexLoader::hilbertIndex(0, 0), 0u);
    QCOMPARE(SiteIndexLoader::hilbertIndex(65535, 0), 0xffffffffu); // the far end of the curve
}

void TestImportIndex::rounding_data()
{
    QTest::addColumn<double>("value");
    for (double v : {0.0, 1.0, -1.0, 20.4651234, 44.8178131, -20.4651234, -44.8178131, 179.9999999,
                     -180.0, 90.0, 1e-9, -1e-9, 0.1, 45.25})
        QTest::newRow(qPrintable(QString::number(v, 'g', 12))) << v;
}

void TestImportIndex::rounding()
{
    QFETCH(double, value);
    // SQLite's own rtree module as the known answer.
    sqlite3 *db = nullptr;
    sqlite3_open(":memory:", &db);
    sqlite3_exec(db, "CREATE VIRTUAL TABLE t USING rtree(id, x0, x1)", nullptr, nullptr, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO t VALUES (1, ?1, ?1)", -1, &stmt, nullptr);
    sqlite3_bind_double(stmt, 1, value);
    QCOMPARE(sqlite3_step(stmt), SQLITE_DONE);
    sqlite3_finalize(stmt);
    sqlite3_prepare_v2(db, "SELECT x0, x1 FROM t", -1, &stmt, nullptr);
    QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
    const double low = sqlite3_column_double(stmt, 0);
    const double high = sqlite3_column_double(stmt, 1);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    QCOMPARE(double(SiteIndexLoader::roundDown(value)), low);
    QCOMPARE(double(SiteIndexLoader::roundUp(value)), high);
    QVERIFY(double(SiteIndexLoader::roundDown(value)) <= value);
    QVERIFY(double(SiteIndexLoader::roundUp(value)) >= value);
}

void TestImportIndex::packedRebuildMatchesTrigger_data()
{
    QTest::addColumn<int>("existing"); // sites added by hand before the import
    QTest::addColumn<int>("imported");
    QTest::newRow("one site") << 0 << 1;
    QTest::newRow("one leaf") << 0 << 51;
    QTest::newRow("two levels") << 0 << 52;
    QTest::newRow("three levels") << 0 << 3000;
    QTest::newRow("into a project with sites") << 5 << 400;
    QTest::newRow("identical positions") << 0 << -200; // negative: all at one point
}

void TestImportIndex::packedRebuildMatchesTrigger()
{
    QFETCH(int, existing);
    QFETCH(int, imported);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.nadzor"));
    const QStringList triggersBefore = [&] {
        auto store = ProjectStore::create(path).take();
        return triggers(path);
    }();
    QCOMPARE(triggersBefore.size(), 3);

    auto store = ProjectStore::open(path).take();
    QList<domain::Site> all;
    for (int i = 0; i < existing; ++i) {
        domain::Site s = siteAt(20.0 + i * 0.01, 44.0, 1);
        QVERIFY(store->addSite(s));
        all << s;
    }
    QList<domain::Site> sites = scatteredSites(std::abs(imported), 7);
    if (imported < 0) {
        for (domain::Site &s : sites)
            s.position = {20.5, 44.5};
    }
    QVERIFY(importAll(*store, sites));
    all += sites;

    QCOMPARE(triggers(path), triggersBefore);
    verifyIndex(path);
    const double boxes[][4] = {{20.36, 44.71, 20.56, 44.91}, {18.0, 42.0, 23.5, 46.5}, {20.5, 44.5, 20.5, 44.5},
                               {21.0, 45.0, 21.3, 45.1}, {0.0, 0.0, 1.0, 1.0}};
    for (const auto &b : boxes) {
        const auto found = store->sitesInBox(b[0], b[1], b[2], b[3]);
        QVERIFY(found);
        QCOMPARE(idsOf(found.value()), bruteForceBox(all, b[0], b[1], b[2], b[3]));
    }
}

void TestImportIndex::smallImportIntoLargeProject()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.nadzor"));
    auto store = ProjectStore::create(path).take();
    QList<domain::Site> first = scatteredSites(2000, 1);
    QVERIFY(importAll(*store, first));
    QList<domain::Site> second = scatteredSites(20, 2); // small next to 2000: row-by-row inserts
    QVERIFY(importAll(*store, second));
    verifyIndex(path);
    const auto found = store->sitesInBox(18.0, 42.0, 23.5, 46.5);
    QCOMPARE(found.value().size(), 2020);
}

void TestImportIndex::editsAfterImportKeepIndex()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.nadzor"));
    auto store = ProjectStore::create(path).take();
    QList<domain::Site> sites = scatteredSites(600, 3);
    QVERIFY(importAll(*store, sites));

    // Ordinary edits go through the triggers again.
    domain::Site added = siteAt(22.5, 46.0, 1);
    QVERIFY(store->addSite(added));
    domain::Site moved = sites[10];
    moved.position = {19.0, 42.5};
    QVERIFY(store->updateSite(moved));
    QVERIFY(store->deleteSite(sites[20].id));
    verifyIndex(path);

    QCOMPARE(idsOf(store->sitesInBox(22.49, 45.99, 22.51, 46.01).value()), QList<qint64>{added.id});
    QCOMPARE(idsOf(store->sitesInBox(18.99, 42.49, 19.01, 42.51).value()), QList<qint64>{moved.id});
    const auto p = sites[20].position;
    const QList<domain::Site> atDeleted = store->sitesInBox(p.lon, p.lat, p.lon, p.lat).value();
    for (const domain::Site &s : atDeleted)
        QVERIFY(s.id != sites[20].id);
}

void TestImportIndex::undoRedoKeepIndex()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.nadzor"));
    auto store = ProjectStore::create(path).take();
    domain::Site manual = siteAt(20.0, 44.0, 1);
    QVERIFY(store->addSite(manual));
    QList<domain::Site> sites = scatteredSites(300, 4);
    QVERIFY(importAll(*store, sites));
    verifyIndex(path);
    QVERIFY2(store->undo(), qPrintable(store->errorString()));
    QCOMPARE(store->siteCount(), 1);
    verifyIndex(path);
    QVERIFY2(store->redo(), qPrintable(store->errorString()));
    QCOMPARE(store->siteCount(), 301);
    verifyIndex(path);
}

void TestImportIndex::rollbackKeepsTrigger()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.nadzor"));
    auto store = ProjectStore::create(path).take();
    const QStringList before = triggers(path);
    {
        auto session = store->beginImport(QStringLiteral("never committed")).take();
        QList<domain::Site> sites = scatteredSites(100, 5);
        for (domain::Site &s : sites)
            QVERIFY(session->addSite(s));
    }
    QCOMPARE(triggers(path), before);
    {
        auto session = store->beginImport(QStringLiteral("rolled back")).take();
        domain::Site s = siteAt(20.0, 44.0, 1);
        QVERIFY(session->addSite(s));
        session->rollback();
    }
    QCOMPARE(triggers(path), before);
    QCOMPARE(RawDb(path).value(QStringLiteral("SELECT count(*) FROM site_rtree")), QStringLiteral("0"));
    // The trigger works: a site added by hand is indexed.
    domain::Site s = siteAt(21.0, 45.0, 1);
    QVERIFY(store->addSite(s));
    verifyIndex(path);
    QCOMPARE(store->sitesInBox(20.9, 44.9, 21.1, 45.1).value().size(), 1);
}

void TestImportIndex::rejectedSiteLeavesNoIndexEntry()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.nadzor"));
    auto store = ProjectStore::create(path).take();
    auto session = store->beginImport(QStringLiteral("mixed")).take();
    domain::Site good = siteAt(20.0, 44.0, 1);
    QVERIFY(session->addSite(good));
    domain::Site duplicate = siteAt(20.1, 44.1, 2);
    duplicate.cameras[1].uuid = good.cameras[0].uuid; // fails at its second camera
    QVERIFY(!session->addSite(duplicate));
    domain::Site good2 = siteAt(20.2, 44.2, 1);
    QVERIFY(session->addSite(good2));
    QVERIFY(session->commit());
    verifyIndex(path);
    QCOMPARE(idsOf(store->sitesInBox(19.0, 43.0, 21.0, 45.0).value()), (QList<qint64>{good.id, good2.id}));
}

void TestImportIndex::checkConstraintsHold()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.nadzor"));
    auto store = ProjectStore::create(path).take();
    QList<domain::Site> sites = scatteredSites(50, 6);
    sites[3].cameras[0].faceRecognition = domain::FaceRecognition::Confirmed;
    sites[3].cameras[0].status = domain::VerificationStatus::Removed;
    sites[4].cameras[0].tags.insert(QStringLiteral("quote\"key"), QStringLiteral("{not json}"));
    QVERIFY(importAll(*store, sites));
    RawDb db(path);
    // integrity_check evaluates every CHECK constraint of every row.
    QCOMPARE(db.value(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    QCOMPARE(store->camera(sites[4].cameras[0].id).value().tags, sites[4].cameras[0].tags);
    // After the import the constraints are enforced again on this connection.
    domain::Site offEarth = siteAt(20.0, 44.0, 1);
    offEarth.position = {200.0, 44.0};
    QVERIFY(!store->addSite(offEarth));
    auto session = store->beginImport(QStringLiteral("again")).take();
    domain::Site bad = siteAt(20.0, 44.0, 1);
    bad.position = {20.0, 95.0};
    QVERIFY(!session->addSite(bad));
    session->rollback();
}

void TestImportIndex::addCameraToImportedSite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.nadzor"));
    auto store = ProjectStore::create(path).take();
    auto session = store->beginImport(QStringLiteral("streamed")).take();
    domain::Site site = siteAt(20.0, 44.0, 1);
    QVERIFY(session->addSite(site));
    domain::Camera second = fullCamera(QStringLiteral("second"));
    QVERIFY(session->addCamera(site.id, second));
    QVERIFY(second.id > 0);
    QCOMPARE(second.siteId, site.id);
    QVERIFY(!second.uuid.isEmpty());
    domain::Camera orphan = bareCamera();
    QVERIFY(!session->addCamera(site.id + 1000, orphan)); // no such site
    domain::Camera duplicate = bareCamera();
    duplicate.uuid = second.uuid;
    QVERIFY(!session->addCamera(site.id, duplicate));
    QCOMPARE(session->cameraCount(), 2);
    QVERIFY(session->commit());
    const domain::Site stored = store->site(site.id).value();
    QCOMPARE(stored.cameras.size(), 2);
    QCOMPARE(stored.cameras.at(1), second);
    QVERIFY(store->undo());
    QCOMPARE(store->cameraCount(), 0);
    verifyIndex(path);
}

QTEST_GUILESS_MAIN(TestImportIndex)
#include "test_importindex.moc"
