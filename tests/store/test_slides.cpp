// Slides in the project file: round trip through a reopen, order kept dense by add, delete and
// move, every change undoable and redoable, and read-only projects refusing changes.
#include "store/projectstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace nadzor;
using domain::Slide;
using store::ProjectStore;

namespace {

Slide makeSlide(const QString &title, double lon, double lat, double zoom)
{
    Slide s;
    s.title = title;
    s.centreLon = lon;
    s.centreLat = lat;
    s.zoom = zoom;
    s.west = lon - 0.5;
    s.east = lon + 0.5;
    s.south = lat - 0.25;
    s.north = lat + 0.25;
    return s;
}

QStringList titles(ProjectStore &store)
{
    QStringList out;
    auto slides = store.slides();
    if (!slides)
        return {QStringLiteral("error: ") + slides.errorString()};
    for (int i = 0; i < slides.value().size(); ++i) {
        if (slides.value()[i].position != i)
            return {QStringLiteral("position %1 at index %2").arg(slides.value()[i].position).arg(i)};
        out << slides.value()[i].title;
    }
    return out;
}

} // namespace

class TestSlides : public QObject {
    Q_OBJECT

private slots:
    void init();
    void roundTripAfterReopen();
    void emptyBoundsAndTitle();
    void moveKeepsOrderDense_data();
    void moveKeepsOrderDense();
    void deleteClosesTheGap();
    void undoRedo();
    void rejectsBadSlides_data();
    void rejectsBadSlides();
    void readOnlyRefuses();

private:
    QString freshPath();
    QTemporaryDir m_dir;
    int m_count = 0;
};

void TestSlides::init()
{
    QVERIFY(m_dir.isValid());
}

QString TestSlides::freshPath()
{
    return m_dir.filePath(QStringLiteral("slides-%1.nadzor").arg(++m_count));
}

void TestSlides::roundTripAfterReopen()
{
    const QString path = freshPath();
    Slide a = makeSlide(QStringLiteral("Beograd: kamere na 1.000 stanovnika"), 20.4573, 44.8125, 11.25);
    a.basemap = QStringLiteral("osm");
    a.choropleth = true;
    a.metric = QStringLiteral("cameras_per_km2");
    a.heatmap = true;
    a.heatmapRadiusMetres = 750.0;
    a.cameras = false;
    a.boundaries = false;
    a.filter = {QStringLiteral("manufacturer=Huawei,Dahua"), QStringLiteral("face=confirmed")};
    Slide b = makeSlide(QStringLiteral("Ниш — Ćirilica i „navodnici“"), 21.8958, 43.3209, 12.0);
    b.basemap = QStringLiteral("mbtiles");
    b.mbtilesPath = QStringLiteral("/data/srbija.mbtiles");
    {
        auto store = ProjectStore::create(path);
        QVERIFY2(store, qPrintable(store.errorString()));
        auto idA = store.value()->addSlide(a);
        QVERIFY2(idA, qPrintable(idA.errorString()));
        auto idB = store.value()->addSlide(b);
        QVERIFY2(idB, qPrintable(idB.errorString()));
        QVERIFY(a.id > 0);
        QCOMPARE(a.position, 0);
        QCOMPARE(b.position, 1);
        QCOMPARE(b.id, idB.value());
    }
    auto reopened = ProjectStore::open(path);
    QVERIFY2(reopened, qPrintable(reopened.errorString()));
    auto slides = reopened.value()->slides();
    QVERIFY2(slides, qPrintable(slides.errorString()));
    QCOMPARE(slides.value().size(), 2);
    QCOMPARE(slides.value()[0], a);
    QCOMPARE(slides.value()[1], b);
    QVERIFY(slides.value()[0].hasBounds());
}

void TestSlides::emptyBoundsAndTitle()
{
    auto store = ProjectStore::create(freshPath());
    QVERIFY(store);
    Slide s;
    s.centreLon = 20.0;
    s.centreLat = 44.0;
    s.zoom = 7.0;
    QVERIFY(!s.hasBounds());
    QVERIFY(store.value()->addSlide(s));
    auto slides = store.value()->slides();
    QVERIFY(slides);
    QCOMPARE(slides.value().size(), 1);
    QCOMPARE(slides.value()[0], s);
    QVERIFY(!slides.value()[0].hasBounds());
    QVERIFY(slides.value()[0].title.isEmpty());
}

void TestSlides::moveKeepsOrderDense_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("first to last") << 0 << 4 << QStringList{"B", "C", "D", "E", "A"};
    QTest::newRow("last to first") << 4 << 0 << QStringList{"E", "A", "B", "C", "D"};
    QTest::newRow("down one") << 1 << 2 << QStringList{"A", "C", "B", "D", "E"};
    QTest::newRow("up one") << 3 << 2 << QStringList{"A", "B", "D", "C", "E"};
    QTest::newRow("beyond the end is clamped") << 2 << 99 << QStringList{"A", "B", "D", "E", "C"};
    QTest::newRow("before the start is clamped") << 2 << -5 << QStringList{"C", "A", "B", "D", "E"};
}

void TestSlides::moveKeepsOrderDense()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QStringList, expected);
    const QString path = freshPath();
    QList<qint64> ids;
    {
        auto store = ProjectStore::create(path);
        QVERIFY(store);
        for (const char *t : {"A", "B", "C", "D", "E"}) {
            Slide s = makeSlide(QString::fromLatin1(t), 20.0, 44.0, 8.0);
            auto id = store.value()->addSlide(s);
            QVERIFY(id);
            ids << id.value();
        }
        const domain::Status moved = store.value()->moveSlide(ids[from], to);
        QVERIFY2(moved, qPrintable(moved.errorString()));
    }
    auto reopened = ProjectStore::open(path);
    QVERIFY(reopened);
    QCOMPARE(titles(*reopened.value()), expected);
}

void TestSlides::deleteClosesTheGap()
{
    auto opened = ProjectStore::create(freshPath());
    QVERIFY(opened);
    ProjectStore &store = *opened.value();
    QList<qint64> ids;
    for (const char *t : {"A", "B", "C"}) {
        Slide s = makeSlide(QString::fromLatin1(t), 20.0, 44.0, 8.0);
        ids << store.addSlide(s).value();
    }
    QVERIFY(store.deleteSlide(ids[1]));
    QCOMPARE(titles(store), (QStringList{"A", "C"}));
    Slide d = makeSlide(QStringLiteral("D"), 20.0, 44.0, 8.0);
    QVERIFY(store.addSlide(d));
    QCOMPARE(d.position, 2);
    QCOMPARE(titles(store), (QStringList{"A", "C", "D"}));
    const domain::Status missing = store.deleteSlide(ids[1]);
    QVERIFY(!missing);
    QVERIFY(missing.errorString().contains(QLatin1String("no such slide")));
}

void TestSlides::undoRedo()
{
    auto opened = ProjectStore::create(freshPath());
    QVERIFY(opened);
    ProjectStore &store = *opened.value();
    Slide a = makeSlide(QStringLiteral("A"), 20.0, 44.0, 8.0);
    Slide b = makeSlide(QStringLiteral("B"), 21.0, 43.0, 9.0);
    QVERIFY(store.addSlide(a));
    QVERIFY(store.addSlide(b));
    QCOMPARE(store.undoSummary(), QStringLiteral("Added slide \"B\" (slide 2)"));

    Slide renamed = a;
    renamed.title = QStringLiteral("A renamed");
    renamed.zoom = 10.5;
    QVERIFY(store.updateSlide(renamed));
    QVERIFY(store.moveSlide(b.id, 0));
    QVERIFY(store.deleteSlide(a.id));
    QCOMPARE(titles(store), (QStringList{"B"}));

    QVERIFY(store.undo());  // the delete
    QCOMPARE(titles(store), (QStringList{"B", "A renamed"}));
    QVERIFY(store.undo());  // the move
    QCOMPARE(titles(store), (QStringList{"A renamed", "B"}));
    QVERIFY(store.undo());  // the rename
    QCOMPARE(titles(store), (QStringList{"A", "B"}));
    QCOMPARE(store.slides().value()[0], a);
    QVERIFY(store.redo());
    QVERIFY(store.redo());
    QCOMPARE(titles(store), (QStringList{"B", "A renamed"}));
    QCOMPARE(store.slides().value()[1].zoom, 10.5);

    auto journal = store.journal();
    QVERIFY(journal);
    QStringList actions;
    for (const auto &e : journal.value())
        actions << e.action;
    QCOMPARE(actions, (QStringList{"add_slide", "add_slide", "update_slide", "move_slide", "delete_slide"}));
}

void TestSlides::rejectsBadSlides_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<QString>("basemap");
    QTest::addColumn<QString>("message");
    QTest::newRow("longitude") << 200.0 << 44.0 << 8.0 << "vector" << "not a WGS84";
    QTest::newRow("latitude") << 20.0 << -95.0 << 8.0 << "vector" << "not a WGS84";
    QTest::newRow("zoom") << 20.0 << 44.0 << 30.0 << "vector" << "outside 0..24";
    QTest::newRow("basemap") << 20.0 << 44.0 << 8.0 << "google" << "unknown basemap 'google'";
}

void TestSlides::rejectsBadSlides()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(double, zoom);
    QFETCH(QString, basemap);
    QFETCH(QString, message);
    auto store = ProjectStore::create(freshPath());
    QVERIFY(store);
    Slide s = makeSlide(QStringLiteral("Bad"), lon, lat, zoom);
    s.basemap = basemap;
    auto added = store.value()->addSlide(s);
    QVERIFY(!added);
    QVERIFY2(added.errorString().contains(message), qPrintable(added.errorString()));
    QVERIFY(added.errorString().contains(QLatin1String("slide \"Bad\"")));
    QCOMPARE(store.value()->slides().value().size(), 0);
    QVERIFY(!store.value()->canUndo());
}

void TestSlides::readOnlyRefuses()
{
    const QString path = freshPath();
    {
        auto store = ProjectStore::create(path);
        QVERIFY(store);
        Slide s = makeSlide(QStringLiteral("A"), 20.0, 44.0, 8.0);
        QVERIFY(store.value()->addSlide(s));
    }
    auto readOnly = ProjectStore::open(path, store::OpenMode::ReadOnly);
    QVERIFY(readOnly);
    QCOMPARE(titles(*readOnly.value()), QStringList{"A"});
    Slide s = makeSlide(QStringLiteral("B"), 20.0, 44.0, 8.0);
    auto added = readOnly.value()->addSlide(s);
    QVERIFY(!added);
    QVERIFY(added.errorString().contains(QLatin1String("read-only")));
    QVERIFY(!readOnly.value()->moveSlide(1, 0));
}

QTEST_GUILESS_MAIN(TestSlides)
#include "test_slides.moc"
