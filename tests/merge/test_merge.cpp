// Merging volunteers' work at the library level: distances, camera comparison, the plan's
// classification, applying it in one transaction, undo/redo, decisions, export files, failures.
#include "merge/cameracomparison.h"
#include "merge/geodistance.h"
#include "merge/mergeapplier.h"
#include "merge/mergeplan.h"
#include "merge/mergeplanner.h"
#include "merge/mergesource.h"
#include "mergetestutil.h"
#include "store/projectstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace nadzor;
using namespace nadzor::merge;
using namespace nadzor::merge::test;

Q_DECLARE_METATYPE(nadzor::merge::MergeAction)
Q_DECLARE_METATYPE(nadzor::domain::Camera)

namespace {

struct Counts {
    qint64 sites = -1;
    qint64 cameras = -1;
    qint64 journal = -1;
    qint64 photos = -1;
};

Counts countsOf(store::ProjectStore &p)
{
    Counts c;
    c.sites = p.siteCount();
    c.cameras = p.cameraCount();
    auto j = p.journal();
    c.journal = j ? j.value().size() : -1;
    qint64 photos = 0;
    auto sites = p.sites();
    if (sites) {
        for (const domain::Site &s : sites.value()) {
            auto sp = p.photosOfSite(s.id);
            photos += sp ? sp.value().size() : 0;
            for (const domain::Camera &cam : s.cameras) {
                auto cp = p.photosOfCamera(cam.id);
                photos += cp ? cp.value().size() : 0;
            }
        }
    }
    c.photos = photos;
    return c;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestMerge : public QObject {
    Q_OBJECT

private slots:
    void init();

    void haversine_data();
    void haversine();
    void boxHoldsTheCircle();
    void cameraComparison_data();
    void cameraComparison();

    void planClassifies_data();
    void planClassifies();
    void planReasons();
    void applyWritesOneUndoableEntry();
    void mergingTwiceAddsNothing();
    void decisions();
    void acceptAllMergesEveryPair();
    void exportFileWithContributor();
    void distanceIsAParameter();
    void badSourceChangesNothing_data();
    void badSourceChangesNothing();
    void staleTargetRollsBack();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ours;
    QString m_theirs;
};

void TestMerge::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    QVERIFY2(makeProjects(m_dir->path(), &error), qPrintable(error));
    m_ours = m_dir->filePath(QStringLiteral("ours.nadzor"));
    m_theirs = m_dir->filePath(QStringLiteral("theirs.nadzor"));
}

void TestMerge::haversine_data()
{
    QTest::addColumn<double>("lon1");
    QTest::addColumn<double>("lat1");
    QTest::addColumn<double>("lon2");
    QTest::addColumn<double>("lat2");
    QTest::addColumn<double>("metres");
    QTest::addColumn<double>("tolerance");
    // One degree of a great circle on the mean-radius sphere: 6371008.8 * pi / 180.
    QTest::newRow("1 degree of latitude") << 20.0 << 44.0 << 20.0 << 45.0 << 111195.080 << 0.01;
    QTest::newRow("1 degree of longitude at the equator") << 0.0 << 0.0 << 1.0 << 0.0 << 111195.080 << 0.01;
    // Belgrade (Terazije) to Novi Sad (Trg slobode): 68 980.1 m on the WGS84 ellipsoid
    // (PROJ: geod +ellps=WGS84 -I); the sphere is within 0.5 % of it.
    QTest::newRow("Belgrade-Novi Sad") << 20.4607 << 44.8138 << 19.8451 << 45.2551 << 68980.1 << 345.0;
    QTest::newRow("same point") << 19.8 << 45.2 << 19.8 << 45.2 << 0.0 << 1e-9;
}

void TestMerge::haversine()
{
    QFETCH(double, lon1);
    QFETCH(double, lat1);
    QFETCH(double, lon2);
    QFETCH(double, lat2);
    QFETCH(double, metres);
    QFETCH(double, tolerance);
    const double d = haversineMetres({lon1, lat1}, {lon2, lat2});
    QVERIFY2(std::abs(d - metres) <= tolerance, qPrintable(QString::number(d, 'f', 3)));
    QCOMPARE(haversineMetres({lon2, lat2}, {lon1, lat1}), d);
    // The fixtures' offsets are what they say.
    QVERIFY(std::abs(haversineMetres(P2, offset(P2, 5.0, 0.0)) - 5.0) < 0.001);
    QVERIFY(std::abs(haversineMetres(P3, offset(P3, 0.0, 5.0)) - 5.0) < 0.001);
}

void TestMerge::boxHoldsTheCircle()
{
    const domain::GeoPoint c{19.85, 45.25};
    const GeoBox box = boxAround(c, 15.0);
    for (int deg = 0; deg < 360; deg += 15) {
        const double a = deg * 3.14159265358979323846 / 180.0;
        const domain::GeoPoint p = offset(c, 15.0 * std::cos(a), 15.0 * std::sin(a));
        QVERIFY(p.lon >= box.minLon && p.lon <= box.maxLon);
        QVERIFY(p.lat >= box.minLat && p.lat <= box.maxLat);
    }
    // ... and not much more: 15 m is about 1.35e-4 degrees of latitude.
    QVERIFY(box.maxLat - c.lat < 1.5e-4);
}

void TestMerge::cameraComparison_data()
{
    QTest::addColumn<domain::Camera>("a");
    QTest::addColumn<domain::Camera>("b");
    QTest::addColumn<bool>("compatible");
    QTest::addColumn<double>("similarity");

    const domain::Camera dahua = camera(QStringLiteral("Dahua"), QStringLiteral("dome"), QStringLiteral("90"));
    QTest::newRow("same attributes") << dahua << dahua << true << 1.0;
    QTest::newRow("case and diacritics") << camera(QStringLiteral("DAHUA"), QStringLiteral("Dome"), QStringLiteral("E"))
                                         << dahua << true << 1.0;
    QTest::newRow("direction 25 degrees off") << camera(QStringLiteral("Dahua"), QStringLiteral("dome"), QStringLiteral("115"))
                                              << dahua << true << 1.0;
    QTest::newRow("direction 40 degrees off") << camera(QStringLiteral("Dahua"), QStringLiteral("dome"), QStringLiteral("130"))
                                              << dahua << false << 5.0 / 7.0;
    QTest::newRow("direction across north") << camera({}, {}, QStringLiteral("350")) << camera({}, {}, QStringLiteral("10"))
                                            << true << 1.0;
    QTest::newRow("different type") << camera(QStringLiteral("Dahua"), QStringLiteral("fixed"), QStringLiteral("90"))
                                    << dahua << false << 5.0 / 7.0;
    QTest::newRow("different manufacturer") << camera(QStringLiteral("Hikvision"), QStringLiteral("dome"), QStringLiteral("90"))
                                            << dahua << false << 5.0 / 7.0;
    QTest::newRow("nothing to compare") << domain::Camera() << dahua << true << 0.5;
    domain::Camera other = camera(QStringLiteral("Hikvision"), QStringLiteral("fixed"), {});
    domain::Camera same = dahua;
    other.uuid = same.uuid = QStringLiteral("u-1");
    QTest::newRow("same uuid") << other << same << true << 1.0;
}

void TestMerge::cameraComparison()
{
    QFETCH(domain::Camera, a);
    QFETCH(domain::Camera, b);
    QFETCH(bool, compatible);
    QFETCH(double, similarity);
    const CameraComparison c = CameraComparison::compare(a, b);
    QCOMPARE(c.compatible(), compatible);
    QVERIFY2(std::abs(c.similarity() - similarity) < 1e-9, qPrintable(QString::number(c.similarity())));
    if (!c.sameUuid())
        QCOMPARE(c.conflicts().isEmpty(), similarity == 1.0 || similarity == 0.5);
    else
        QVERIFY(!c.conflicts().isEmpty()); // listed, though the uuid decides
}

void TestMerge::planClassifies_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<qint64>("candidate");  // 0: none
    QTest::addColumn<MergeAction>("action");
    QTest::addColumn<bool>("sameUuid");
    QTest::addColumn<bool>("review");
    QTest::addColumn<double>("minScore");
    QTest::addColumn<double>("maxScore");
    QTest::newRow("same uuid, identical") << 0 << qint64(1) << MergeAction::Skip << true << false << 1.0 << 1.0;
    QTest::newRow("5 m, same manufacturer") << 1 << qint64(2) << MergeAction::MergeInto << false << false << 0.8 << 0.87;
    QTest::newRow("5 m, different type") << 2 << qint64(3) << MergeAction::Add << false << true << 0.3 << 0.37;
    QTest::newRow("40 m") << 3 << qint64(0) << MergeAction::Add << false << false << 0.0 << 0.0;
    QTest::newRow("unique") << 4 << qint64(0) << MergeAction::Add << false << false << 0.0 << 0.0;
}

void TestMerge::planClassifies()
{
    QFETCH(int, index);
    QFETCH(qint64, candidate);
    QFETCH(MergeAction, action);
    QFETCH(bool, sameUuid);
    QFETCH(bool, review);
    QFETCH(double, minScore);
    QFETCH(double, maxScore);

    auto source = MergeSource::load(m_theirs);
    QVERIFY2(source, qPrintable(source.errorString()));
    QCOMPARE(source.value().kind(), MergeSource::Kind::Project);
    QCOMPARE(source.value().sites().size(), 5);
    QCOMPARE(source.value().photos().size(), 2);
    QCOMPARE(source.value().authors(), QStringList{QStringLiteral("Ana")});

    auto ours = store::ProjectStore::open(m_ours, store::OpenMode::ReadOnly);
    QVERIFY2(ours, qPrintable(ours.errorString()));
    auto plan = MergePlanner(*ours.value()).plan(source.value());
    QVERIFY2(plan, qPrintable(plan.errorString()));
    QCOMPARE(plan.value().size(), 5);
    QCOMPARE(plan.value().duplicates(), (QList<int>{0, 1, 2}));
    QCOMPARE(plan.value().contributors(), QStringList{QStringLiteral("Ana")});

    const MergeItem &item = plan.value().item(index);
    QCOMPARE(item.hasCandidate(), candidate != 0);
    if (candidate) {
        QCOMPARE(item.candidate->id, candidate);
        QVERIFY(item.distanceMetres >= 0.0 && item.distanceMetres <= 5.01);
    }
    QCOMPARE(item.proposed, action);
    QCOMPARE(item.action(), action);
    QCOMPARE(item.sameUuid, sameUuid);
    QCOMPARE(item.identical, action == MergeAction::Skip);
    QCOMPARE(item.needsReview(), review);
    QVERIFY2(item.score >= minScore && item.score <= maxScore, qPrintable(QString::number(item.score)));
    QCOMPARE(item.targetSiteId(), action == MergeAction::MergeInto ? candidate : qint64(0));

    const MergePlan::Counts counts = plan.value().counts();
    QCOMPARE(counts.add, 3);
    QCOMPARE(counts.mergeInto, 1);
    QCOMPARE(counts.skip, 1);
    QCOMPARE(counts.review, 1);
}

void TestMerge::planReasons()
{
    auto source = MergeSource::load(m_theirs);
    QVERIFY(source);
    auto ours = store::ProjectStore::open(m_ours, store::OpenMode::ReadOnly);
    QVERIFY(ours);
    auto plan = MergePlanner(*ours.value()).plan(source.value());
    QVERIFY(plan);
    const QString identical = plan.value().item(0).reasons.join(QLatin1Char('|'));
    QVERIFY2(identical.contains(QLatin1String("same site uuid")), qPrintable(identical));
    QVERIFY2(identical.contains(QLatin1String("identical")), qPrintable(identical));
    const QString merged = plan.value().item(1).reasons.join(QLatin1Char('|'));
    QVERIFY2(merged.contains(QLatin1String("5.0 m apart")), qPrintable(merged));
    QVERIFY2(merged.contains(QLatin1String("same manufacturer (Dahua)")), qPrintable(merged));
    QVERIFY2(merged.contains(QLatin1String("1 new camera(s), 1 camera(s) matched")), qPrintable(merged));
    const QString review = plan.value().item(2).reasons.join(QLatin1Char('|'));
    QVERIFY2(review.contains(QLatin1String("different camera type (Fixed / Dome)")), qPrintable(review));
}

void TestMerge::applyWritesOneUndoableEntry()
{
    auto source = MergeSource::load(m_theirs);
    QVERIFY(source);
    auto opened = store::ProjectStore::open(m_ours);
    QVERIFY(opened);
    store::ProjectStore &ours = *opened.value();
    ours.setAuthor(QStringLiteral("Jelena"));
    const Counts before = countsOf(ours);
    QCOMPARE(before.sites, 4);
    QCOMPARE(before.cameras, 4);
    QCOMPARE(before.photos, 0);

    auto plan = MergePlanner(ours).plan(source.value());
    QVERIFY(plan);
    auto outcome = MergeApplier(ours).apply(plan.value(), source.value());
    QVERIFY2(outcome, qPrintable(outcome.errorString()));
    QCOMPARE(outcome.value().sitesAdded, 3);    // 5 m with another type, 40 m, unique
    QCOMPARE(outcome.value().camerasAdded, 4);  // their 3 cameras + the fixed one at site 2
    QCOMPARE(outcome.value().camerasUpdated, 1); // site 2's dome got its model
    QCOMPARE(outcome.value().sitesUpdated, 0);
    QCOMPARE(outcome.value().photosAdded, 2);

    const Counts after = countsOf(ours);
    QCOMPARE(after.sites, 7);
    QCOMPARE(after.cameras, 8);
    QCOMPARE(after.photos, 2);
    QCOMPARE(after.journal, before.journal + 1);

    auto site2 = ours.site(2);
    QVERIFY(site2);
    QCOMPARE(site2.value().cameras.size(), 2);
    QCOMPARE(site2.value().cameras[0].model, QStringLiteral("DH-SD49"));
    QCOMPARE(site2.value().cameras[0].direction, QStringLiteral("180")); // kept, 185 is within 30°
    QCOMPARE(site2.value().cameras[1].cameraType, QStringLiteral("fixed"));
    QCOMPARE(site2.value().position, P2); // the existing position stays
    auto sitePhotos = ours.photosOfSite(2);
    QVERIFY(sitePhotos);
    QCOMPARE(sitePhotos.value().size(), 1);
    QCOMPARE(sitePhotos.value()[0].fileName, QStringLiteral("pole.jpg"));

    auto journal = ours.journal();
    QVERIFY(journal);
    const store::JournalEntry entry = journal.value().last();
    QCOMPARE(entry.action, QStringLiteral("merge"));
    QCOMPARE(entry.id, outcome.value().journalId);
    QCOMPARE(entry.author, QStringLiteral("Jelena"));
    QVERIFY2(entry.summary.contains(QLatin1String("theirs.nadzor")), qPrintable(entry.summary));
    QVERIFY2(entry.summary.contains(QLatin1String("Ana")), qPrintable(entry.summary));
    QCOMPARE(ours.undoSummary(), entry.summary);

    // Undo takes the whole merge back, redo brings it again.
    QVERIFY2(ours.undo(), qPrintable(ours.errorString()));
    const Counts undone = countsOf(ours);
    QCOMPARE(undone.sites, before.sites);
    QCOMPARE(undone.cameras, before.cameras);
    QCOMPARE(undone.photos, 0);
    auto restored = ours.site(2);
    QVERIFY(restored);
    QCOMPARE(restored.value().cameras.size(), 1);
    QVERIFY(restored.value().cameras[0].model.isEmpty());

    QVERIFY2(ours.redo(), qPrintable(ours.errorString()));
    const Counts redone = countsOf(ours);
    QCOMPARE(redone.sites, 7);
    QCOMPARE(redone.cameras, 8);
    QCOMPARE(redone.photos, 2);
    QVERIFY2(ours.undo(), qPrintable(ours.errorString()));
    QCOMPARE(countsOf(ours).sites, 4);
    QCOMPARE(countsOf(ours).photos, 0);
}

void TestMerge::mergingTwiceAddsNothing()
{
    auto source = MergeSource::load(m_theirs);
    QVERIFY(source);
    auto opened = store::ProjectStore::open(m_ours);
    QVERIFY(opened);
    store::ProjectStore &ours = *opened.value();
    auto first = MergePlanner(ours).plan(source.value());
    QVERIFY(first);
    QVERIFY(MergeApplier(ours).apply(first.value(), source.value()));
    const Counts once = countsOf(ours);

    auto second = MergePlanner(ours).plan(source.value());
    QVERIFY(second);
    const MergePlan::Counts c = second.value().counts();
    QCOMPARE(c.skip, 5);
    QCOMPARE(c.add, 0);
    QCOMPARE(c.mergeInto, 0);
    auto outcome = MergeApplier(ours).apply(second.value(), source.value());
    QVERIFY2(outcome, qPrintable(outcome.errorString()));
    QCOMPARE(outcome.value().sitesAdded + outcome.value().camerasAdded + outcome.value().camerasUpdated
                 + outcome.value().photosAdded,
             qint64(0));
    QCOMPARE(outcome.value().journalId, qint64(0)); // nothing to write: no journal entry either
    const Counts twice = countsOf(ours);
    QCOMPARE(twice.journal, once.journal);
    QCOMPARE(twice.sites, once.sites);
    QCOMPARE(twice.cameras, once.cameras);
    QCOMPARE(twice.photos, once.photos);
}

void TestMerge::decisions()
{
    auto source = MergeSource::load(m_theirs);
    QVERIFY(source);
    auto opened = store::ProjectStore::open(m_ours);
    QVERIFY(opened);
    store::ProjectStore &ours = *opened.value();
    auto planned = MergePlanner(ours).plan(source.value());
    QVERIFY(planned);
    MergePlan plan = planned.take();

    QVERIFY(plan.setDecision(1, Decision::Reject));  // "not the same place": added
    QCOMPARE(plan.item(1).action(), MergeAction::Add);
    QVERIFY(plan.setDecision(2, Decision::Accept));  // "the same place": merged into site 3
    QCOMPARE(plan.item(2).action(), MergeAction::MergeInto);
    QCOMPARE(plan.item(2).targetSiteId(), qint64(3));
    QVERIFY(plan.setDecision(4, Decision::Reject));  // no candidate: left out
    QCOMPARE(plan.item(4).action(), MergeAction::Skip);
    QVERIFY(plan.setDecision(0, Decision::Reject));  // same uuid, yet a different place: new uuids
    QCOMPARE(plan.item(0).action(), MergeAction::Add);
    const domain::Status bad = plan.setDecision(5, Decision::Accept);
    QVERIFY(!bad);
    QVERIFY2(bad.errorString().contains(QLatin1String("no merge item 5")), qPrintable(bad.errorString()));

    auto outcome = MergeApplier(ours).apply(plan, source.value());
    QVERIFY2(outcome, qPrintable(outcome.errorString()));
    // Added: item 0 (1 camera, new uuids), item 1 (2 cameras), item 3 (1 camera); item 2's fixed
    // camera goes to site 3 as a new camera (it disagrees with the dome there); item 4 left out.
    QCOMPARE(outcome.value().sitesAdded, 3);
    QCOMPARE(outcome.value().camerasAdded, 5);
    QCOMPARE(ours.siteCount(), 7);
    QCOMPARE(ours.cameraCount(), 9);
    auto site3 = ours.site(3);
    QVERIFY(site3);
    QCOMPARE(site3.value().cameras.size(), 2);
    auto all = ours.sites();
    QVERIFY(all);
    int withUuid1 = 0;
    for (const domain::Site &s : all.value())
        withUuid1 += s.uuid == siteUuid1 ? 1 : 0;
    QCOMPARE(withUuid1, 1);

    plan.resetDecisions();
    QCOMPARE(plan.item(1).action(), MergeAction::MergeInto);
}

void TestMerge::acceptAllMergesEveryPair()
{
    auto source = MergeSource::load(m_theirs);
    QVERIFY(source);
    auto opened = store::ProjectStore::open(m_ours);
    QVERIFY(opened);
    auto planned = MergePlanner(*opened.value()).plan(source.value());
    QVERIFY(planned);
    MergePlan plan = planned.take();
    plan.acceptAll();
    const MergePlan::Counts c = plan.counts();
    QCOMPARE(c.mergeInto, 2);
    QCOMPARE(c.skip, 1);  // identical stays skipped
    QCOMPARE(c.add, 2);
    QCOMPARE(c.review, 0);
}

void TestMerge::exportFileWithContributor()
{
    // An export file (GeoJSON, no uuids): one camera 4 m from site 2, one new.
    const domain::GeoPoint near2 = offset(P2, 0.0, 4.0);
    const QByteArray geojson = QStringLiteral(
        R"({"type":"FeatureCollection","features":[)"
        R"({"type":"Feature","geometry":{"type":"Point","coordinates":[%1,%2]},)"
        R"("properties":{"manufacturer":"Dahua","camera:type":"dome","camera:mount":"pole"}},)"
        R"({"type":"Feature","geometry":{"type":"Point","coordinates":[20.0,45.3]},)"
        R"("properties":{"manufacturer":"Hikvision"}}]})")
                                   .arg(near2.lon, 0, 'f', 9)
                                   .arg(near2.lat, 0, 'f', 9)
                                   .toUtf8();
    const QString file = m_dir->filePath(QStringLiteral("walk.geojson"));
    QVERIFY(writeFile(file, geojson));
    auto source = MergeSource::load(file);
    QVERIFY2(source, qPrintable(source.errorString()));
    QCOMPARE(source.value().kind(), MergeSource::Kind::ExportFile);
    QCOMPARE(source.value().sites().size(), 2);
    QVERIFY(source.value().authors().isEmpty());

    auto opened = store::ProjectStore::open(m_ours);
    QVERIFY(opened);
    store::ProjectStore &ours = *opened.value();
    auto planned = MergePlanner(ours).plan(source.value());
    QVERIFY(planned);
    MergePlan plan = planned.take();
    plan.addContributor(QStringLiteral("Marko"));
    plan.addContributor(QStringLiteral("Marko"));
    QCOMPARE(plan.contributors(), QStringList{QStringLiteral("Marko")});
    QCOMPARE(plan.item(0).action(), MergeAction::MergeInto);
    QCOMPARE(plan.item(0).targetSiteId(), qint64(2));
    QCOMPARE(plan.item(1).action(), MergeAction::Add);

    auto outcome = MergeApplier(ours).apply(plan, source.value());
    QVERIFY2(outcome, qPrintable(outcome.errorString()));
    QCOMPARE(ours.siteCount(), 5);
    QCOMPARE(ours.cameraCount(), 5);  // the Dahua at site 2 is the one there, filled in
    auto site2 = ours.site(2);
    QVERIFY(site2);
    QCOMPARE(site2.value().cameras.size(), 1);
    QCOMPARE(site2.value().cameras[0].cameraMount, QStringLiteral("pole"));
    auto journal = ours.journal();
    QVERIFY(journal);
    QCOMPARE(journal.value().last().action, QStringLiteral("merge"));
    QVERIFY2(journal.value().last().summary.contains(QLatin1String("walk.geojson by Marko")),
             qPrintable(journal.value().last().summary));

    // The same file again: no uuids, but each site is a duplicate bringing nothing new.
    auto again = MergePlanner(ours).plan(source.value());
    QVERIFY(again);
    QCOMPARE(again.value().counts().skip, 2);
    QVERIFY(again.value().item(0).identical);
    QVERIFY(!again.value().item(0).sameUuid);
    QVERIFY(again.value().item(0).reasons.contains(QStringLiteral("identical: nothing new")));
}

void TestMerge::distanceIsAParameter()
{
    auto source = MergeSource::load(m_theirs);
    QVERIFY(source);
    auto ours = store::ProjectStore::open(m_ours, store::OpenMode::ReadOnly);
    QVERIFY(ours);
    MergeOptions wide;
    wide.distanceMetres = 50.0;
    auto plan = MergePlanner(*ours.value(), wide).plan(source.value());
    QVERIFY(plan);
    QVERIFY(plan.value().item(3).hasCandidate()); // 40 m is within 50 m
    QCOMPARE(plan.value().item(3).candidate->id, qint64(4));
    QVERIFY(std::abs(plan.value().item(3).distanceMetres - 40.0) < 0.01);
    MergeOptions narrow;
    narrow.distanceMetres = 3.0;
    plan = MergePlanner(*ours.value(), narrow).plan(source.value());
    QVERIFY(plan);
    QCOMPARE(plan.value().duplicates(), QList<int>{0}); // only the uuid match remains
}

void TestMerge::badSourceChangesNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("broken GeoJSON") << QStringLiteral("broken.geojson") << QByteArray(R"({"type":"FeatureCollection","features":[{)")
                                    << QStringLiteral("broken.geojson");
    QTest::newRow("not a project") << QStringLiteral("fake.nadzor") << QByteArray("this is not SQLite")
                                   << QStringLiteral("fake.nadzor");
    QTest::newRow("missing file") << QStringLiteral("missing.csv") << QByteArray() << QStringLiteral("does not exist");
}

void TestMerge::badSourceChangesNothing()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString path = m_dir->filePath(name);
    if (!content.isEmpty())
        QVERIFY(writeFile(path, content));
    auto source = MergeSource::load(path);
    QVERIFY(!source);
    QVERIFY2(source.errorString().contains(message), qPrintable(source.errorString()));
    auto ours = store::ProjectStore::open(m_ours, store::OpenMode::ReadOnly);
    QVERIFY(ours);
    QCOMPARE(ours.value()->siteCount(), 4);
}

void TestMerge::staleTargetRollsBack()
{
    auto source = MergeSource::load(m_theirs);
    QVERIFY(source);
    auto opened = store::ProjectStore::open(m_ours);
    QVERIFY(opened);
    store::ProjectStore &ours = *opened.value();
    auto plan = MergePlanner(ours).plan(source.value());
    QVERIFY(plan);
    // Site 2 is deleted after planning: the merge into it cannot be done, and nothing of the
    // rest is written either.
    QVERIFY(ours.deleteSite(2));
    const Counts before = countsOf(ours);
    auto outcome = MergeApplier(ours).apply(plan.value(), source.value());
    QVERIFY(!outcome);
    QVERIFY2(outcome.errorString().contains(QLatin1String("site 2")), qPrintable(outcome.errorString()));
    const Counts after = countsOf(ours);
    QCOMPARE(after.sites, before.sites);
    QCOMPARE(after.cameras, before.cameras);
    QCOMPARE(after.journal, before.journal);

    // A batch the store refuses halfway (a camera for a site that does not exist) leaves no trace.
    store::MergeBatch batch;
    batch.source = m_theirs;
    batch.newSites << site(P5, {camera(QStringLiteral("Axis"), QStringLiteral("fixed"), {})});
    domain::Camera orphan = camera(QStringLiteral("Axis"), QStringLiteral("fixed"), {});
    orphan.siteId = 999;
    batch.newCameras << orphan;
    auto refused = ours.applyMerge(batch);
    QVERIFY(!refused);
    QVERIFY2(refused.errorString().contains(QLatin1String("no site 999")), qPrintable(refused.errorString()));
    QCOMPARE(countsOf(ours).sites, before.sites);
    QCOMPARE(countsOf(ours).journal, before.journal);
    QCOMPARE(batch.newSites[0].id, qint64(0)); // not filled in on failure
}

QTEST_MAIN(TestMerge)
#include "test_merge.moc"
