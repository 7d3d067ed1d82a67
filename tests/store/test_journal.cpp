// The edit journal: every operation undoes and redoes exactly, also after the file is closed and
// reopened; a new edit after an undo gives up the redo branch but keeps it in the audit trail.
#include "store/importsession.h"
#include "store/projectstore.h"
#include "storetestutil.h"

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace nadzor;
using namespace nadzor::store;
using namespace nadzor::store::test;

namespace {

QByteArray pngBytes(QColor color)
{
    QImage image(8, 6, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Everything a project holds, as text, so that states compare exactly and differences show.
QString dump(ProjectStore &store)
{
    QStringList out;
    const auto sites = store.sites();
    if (!sites)
        return QStringLiteral("error: ") + sites.errorString();
    for (const auto &s : sites.value()) {
        out << QStringLiteral("site %1 %2 %3 %4 %5 %6")
                   .arg(s.id)
                   .arg(s.uuid)
                   .arg(s.position.lon, 0, 'g', 17)
                   .arg(s.position.lat, 0, 'g', 17)
                   .arg(s.address, s.description);
        for (const auto &c : s.cameras) {
            out << QStringLiteral("  camera %1 %2 site %3 %4 %5 %6 %7 %8 tags %9")
                       .arg(c.id)
                       .arg(c.uuid)
                       .arg(c.siteId)
                       .arg(c.model, c.direction, c.notes)
                       .arg(c.angle ? QString::number(*c.angle) : QStringLiteral("-"))
                       .arg(c.reviewedAt.toString(Qt::ISODateWithMs))
                       .arg(c.tags.keys().join(QLatin1Char(',')));
            if (!(c == store.camera(c.id).value()))
                out << QStringLiteral("  camera() and sites() disagree on camera %1").arg(c.id);
            for (const auto &p : store.photosOfCamera(c.id).take())
                out << QStringLiteral("    photo %1 %2 %3 %4").arg(p.id).arg(p.uuid, p.fileName).arg(qHash(p.data));
        }
        for (const auto &p : store.photosOfSite(s.id).take())
            out << QStringLiteral("  photo %1 %2 %3 %4").arg(p.id).arg(p.uuid, p.fileName).arg(qHash(p.data));
        const auto box = store.sitesInBox(s.position.lon, s.position.lat, s.position.lon, s.position.lat);
        if (!box || box.value().isEmpty() || box.value().first().id != s.id)
            out << QStringLiteral("  R*Tree out of step for site %1").arg(s.id);
    }
    for (const auto &layer : store.boundaryLayers().take()) {
        out << QStringLiteral("layer %1 %2").arg(layer.id).arg(layer.name);
        for (const auto &b : layer.boundaries)
            out << QStringLiteral("  boundary %1 %2 %3").arg(b.id).arg(b.name).arg(b.geometry.size());
    }
    out << QStringLiteral("counts %1 %2").arg(store.siteCount()).arg(store.cameraCount());
    return out.join(QLatin1Char('\n'));
}

enum Operation {
    AddSite, UpdateSite, DeleteSite, AddCamera, UpdateCamera, DeleteCamera, AddPhoto, DeletePhoto,
    SaveLayer, DeleteLayer, Import
};

} // namespace

class TestJournal : public QObject {
    Q_OBJECT

private slots:
    void undoRedo_data();
    void undoRedo();
    void entriesRecordWhoAndWhen();
    void newEditDiscardsRedoBranch();
    void undoEverythingBackToEmpty();
    void importUndoRemovesExactlyItsRows();

private:
    // A project with two sites (cameras, a photo on a camera and one on a site) and a layer.
    void seed(ProjectStore &store);
    domain::Site m_first, m_second;
    qint64 m_sitePhoto = 0, m_cameraPhoto = 0;
    domain::BoundaryLayer m_layer;
};

void TestJournal::seed(ProjectStore &store)
{
    m_first = siteAt(20.45, 44.81, 2);
    m_first.address = QStringLiteral("Prva 1");
    m_second = siteAt(19.83, 45.26, 1);
    QVERIFY(store.addSite(m_first));
    QVERIFY(store.addSite(m_second));
    domain::Photo p;
    p.siteId = m_first.id;
    p.fileName = QStringLiteral("site.png");
    p.data = pngBytes(Qt::red);
    QVERIFY2(store.addPhoto(p), qPrintable(store.errorString()));
    m_sitePhoto = p.id;
    domain::Photo q;
    q.cameraId = m_first.cameras[1].id;
    q.fileName = QStringLiteral("camera.png");
    q.data = pngBytes(Qt::blue);
    QVERIFY(store.addPhoto(q));
    m_cameraPhoto = q.id;
    m_layer = domain::BoundaryLayer();
    m_layer.name = QStringLiteral("Opštine");
    domain::Boundary b;
    b.name = QStringLiteral("Savski venac");
    b.geometry = {domain::Polygon{{domain::Ring{{20.4, 44.7}, {20.5, 44.7}, {20.5, 44.8}}}}};
    m_layer.boundaries = {b};
    QVERIFY(store.saveBoundaryLayer(m_layer));
}

void TestJournal::undoRedo_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<QString>("action");
    QTest::newRow("add site") << int(AddSite) << "add_site";
    QTest::newRow("update site") << int(UpdateSite) << "update_site";
    QTest::newRow("delete site with cameras and photos") << int(DeleteSite) << "delete_site";
    QTest::newRow("add camera") << int(AddCamera) << "add_camera";
    QTest::newRow("update camera") << int(UpdateCamera) << "update_camera";
    QTest::newRow("delete camera with photo") << int(DeleteCamera) << "delete_camera";
    QTest::newRow("add photo") << int(AddPhoto) << "add_photo";
    QTest::newRow("delete photo") << int(DeletePhoto) << "delete_photo";
    QTest::newRow("save boundary layer") << int(SaveLayer) << "save_boundary_layer";
    QTest::newRow("delete boundary layer") << int(DeleteLayer) << "delete_boundary_layer";
    QTest::newRow("import") << int(Import) << "import";
}

void TestJournal::undoRedo()
{
    QFETCH(int, operation);
    QFETCH(QString, action);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.nadzor"));
    auto store = ProjectStore::create(path).take();
    seed(*store);
    if (QTest::currentTestFailed())
        return;
    const QString before = dump(*store);

    switch (Operation(operation)) {
    case AddSite: {
        domain::Site s = siteAt(21.9, 43.3, 3);
        QVERIFY(store->addSite(s));
        break;
    }
    case UpdateSite: {
        domain::Site s = m_first;
        s.position = {20.0, 44.0};
        s.address = QStringLiteral("'); DROP TABLE site;--");
        s.description = QStringLiteral("moved");
        QVERIFY(store->updateSite(s));
        break;
    }
    case DeleteSite: QVERIFY(store->deleteSite(m_first.id)); break;
    case AddCamera: {
        domain::Camera c = fullCamera(QStringLiteral("added"));
        c.siteId = m_second.id;
        QVERIFY(store->addCamera(c));
        break;
    }
    case UpdateCamera: {
        domain::Camera c = m_first.cameras[0];
        c.model = QStringLiteral("changed");
        c.angle.reset();
        c.tags.insert(QStringLiteral("new"), QStringLiteral("tag"));
        c.siteId = m_second.id;
        QVERIFY(store->updateCamera(c));
        break;
    }
    case DeleteCamera: QVERIFY(store->deleteCamera(m_first.cameras[1].id)); break;
    case AddPhoto: {
        domain::Photo p;
        p.siteId = m_second.id;
        p.fileName = QStringLiteral("/home/someone/new.png");
        p.data = pngBytes(Qt::green);
        QVERIFY(store->addPhoto(p));
        QCOMPARE(p.fileName, QStringLiteral("new.png"));
        break;
    }
    case DeletePhoto: QVERIFY(store->deletePhoto(m_sitePhoto)); break;
    case SaveLayer: {
        domain::BoundaryLayer layer = m_layer;
        layer.name = QStringLiteral("second layer");
        QVERIFY(store->saveBoundaryLayer(layer));
        break;
    }
    case DeleteLayer: QVERIFY(store->deleteBoundaryLayer(m_layer.id)); break;
    case Import: {
        auto session = store->beginImport(QStringLiteral("test import")).take();
        for (int i = 0; i < 20; ++i) {
            domain::Site s = siteAt(20.0 + i * 0.01, 43.5, 1 + i % 3);
            QVERIFY(session->addSite(s));
        }
        QVERIFY(session->commit());
        break;
    }
    }
    const QString after = dump(*store);
    QVERIFY(after != before);
    QCOMPARE(store->journal().value().last().action, action);
    QVERIFY(store->canUndo());
    QVERIFY(!store->canRedo());

    QVERIFY2(store->undo(), qPrintable(store->errorString()));
    QCOMPARE(dump(*store), before);
    QVERIFY(store->canRedo());
    QVERIFY2(store->redo(), qPrintable(store->errorString()));
    QCOMPARE(dump(*store), after);
    QVERIFY(!store->canRedo());

    // Across closing and reopening.
    QVERIFY(store->undo());
    store.reset();
    store = ProjectStore::open(path).take();
    QCOMPARE(dump(*store), before);
    QVERIFY(store->canRedo());
    QVERIFY(store->journal().value().last().undone);
    QVERIFY(store->redo());
    store.reset();
    store = ProjectStore::open(path).take();
    QCOMPARE(dump(*store), after);
    QVERIFY(!store->journal().value().last().undone);
    QVERIFY(store->undo());
    QCOMPARE(dump(*store), before);
}

void TestJournal::entriesRecordWhoAndWhen()
{
    QTemporaryDir dir;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.nadzor"))).take();
    store->setAuthor(QStringLiteral("Милица"));
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
    domain::Site s = siteAt(20.0, 44.0, 2);
    s.address = QStringLiteral("Bulevar 1");
    QVERIFY(store->addSite(s));
    QVERIFY(store->deleteCamera(s.cameras[0].id));
    const auto journal = store->journal().value();
    QCOMPARE(journal.size(), 2);
    QCOMPARE(journal[0].action, QStringLiteral("add_site"));
    QCOMPARE(journal[1].action, QStringLiteral("delete_camera"));
    for (const auto &e : journal) {
        QCOMPARE(e.author, QStringLiteral("Милица"));
        QCOMPARE(e.at.timeSpec(), Qt::UTC);
        QVERIFY(e.at >= start && e.at <= QDateTime::currentDateTimeUtc().addSecs(1));
        QVERIFY(!e.undone);
    }
    QVERIFY2(journal[0].summary.contains(QStringLiteral("Bulevar 1")) && journal[0].summary.contains(QStringLiteral("2 cameras")),
             qPrintable(journal[0].summary));
    QVERIFY(journal[1].id > journal[0].id);
    QCOMPARE(store->undoSummary(), journal[1].summary);
    QVERIFY(store->redoSummary().isNull());
}

void TestJournal::newEditDiscardsRedoBranch()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.nadzor"));
    auto store = ProjectStore::create(path).take();
    domain::Site a = siteAt(20.0, 44.0, 1);
    domain::Site b = siteAt(20.1, 44.1, 1);
    QVERIFY(store->addSite(a));
    QVERIFY(store->addSite(b));
    domain::Photo p;
    p.siteId = a.id;
    p.data = pngBytes(Qt::yellow);
    QVERIFY(store->addPhoto(p));
    QVERIFY(store->undo()); // the photo
    QVERIFY(store->undo()); // site b
    QVERIFY(store->canRedo());
    domain::Site c = siteAt(20.2, 44.2, 1);
    QVERIFY(store->addSite(c));
    QVERIFY(!store->canRedo());
    QVERIFY(!store->redo());
    QCOMPARE(store->siteCount(), 2);
    QVERIFY(c.id > b.id); // ids are never reused

    const auto journal = store->journal().value();
    QCOMPARE(journal.size(), 4); // nothing lost from the audit trail
    QVERIFY(!journal[0].undone && !journal[0].discarded);
    QVERIFY(journal[1].undone && journal[1].discarded);
    QVERIFY(journal[2].undone && journal[2].discarded);
    QVERIFY(!journal[3].undone && !journal[3].discarded);

    // Undo skips the discarded entries and reaches the first one.
    store.reset();
    store = ProjectStore::open(path).take();
    QVERIFY(store->undo());
    QVERIFY(store->undo());
    QCOMPARE(store->siteCount(), 0);
    QVERIFY(!store->canUndo());
    QVERIFY(!store->undo());
    QVERIFY(store->redo());
    QVERIFY(store->redo());
    QCOMPARE(store->siteCount(), 2);
    QVERIFY(store->site(a.id));
    QVERIFY(store->site(c.id));
    QVERIFY(!store->site(b.id));
}

void TestJournal::undoEverythingBackToEmpty()
{
    QTemporaryDir dir;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.nadzor"))).take();
    const QString empty = dump(*store);
    seed(*store);
    domain::Site s = m_first;
    s.description = QStringLiteral("edited");
    QVERIFY(store->updateSite(s));
    QVERIFY(store->deleteSite(m_second.id));
    const QString full = dump(*store);
    int steps = 0;
    while (store->canUndo()) {
        QVERIFY2(store->undo(), qPrintable(store->errorString()));
        ++steps;
    }
    QCOMPARE(steps, 7);
    QCOMPARE(dump(*store), empty);
    while (store->canRedo())
        QVERIFY2(store->redo(), qPrintable(store->errorString()));
    QCOMPARE(dump(*store), full);
}

void TestJournal::importUndoRemovesExactlyItsRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.nadzor"));
    auto store = ProjectStore::create(path).take();
    domain::Site manual = siteAt(20.0, 44.0, 1);
    QVERIFY(store->addSite(manual));
    {
        auto session = store->beginImport(QStringLiteral("first")).take();
        for (int i = 0; i < 30; ++i) {
            domain::Site s = siteAt(21.0, 44.0 + i * 0.001, 1);
            QVERIFY(session->addSite(s));
        }
        QVERIFY(session->commit());
    }
    const QString afterFirst = dump(*store);
    {
        auto session = store->beginImport(QStringLiteral("second")).take();
        for (int i = 0; i < 40; ++i) {
            domain::Site s = siteAt(22.0, 44.0 + i * 0.001, 2);
            QVERIFY(session->addSite(s));
        }
        QVERIFY(session->commit());
    }
    QCOMPARE(store->siteCount(), 71);
    QCOMPARE(store->cameraCount(), 111);
    const QString afterSecond = dump(*store);
    QVERIFY(store->undo());
    QCOMPARE(dump(*store), afterFirst);
    QCOMPARE(store->siteCount(), 31);
    QVERIFY(store->undo());
    QCOMPARE(store->siteCount(), 1);
    QVERIFY(store->site(manual.id));
    QVERIFY(store->redo());
    QVERIFY(store->redo());
    QCOMPARE(dump(*store), afterSecond);
}

QTEST_MAIN(TestJournal)
#include "test_journal.moc"
