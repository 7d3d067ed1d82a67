// Domain types: camera:direction parsing, the OSM tag mapping, errors as values.
#include "domain/csvtext.h"
#include "domain/direction.h"
#include "domain/enums.h"
#include "domain/osmtags.h"
#include "domain/plural.h"
#include "domain/result.h"

#include <QtTest>

using namespace nadzor::domain;

class TestDomain : public QObject {
    Q_OBJECT
private slots:
    void direction_data();
    void direction();
    void directionInvalid_data();
    void directionInvalid();
    void directionSweepAndCentre();
    void osmTagsRoundTrip();
    void osmDirectionAlias();
    void osmNumbers_data();
    void osmNumbers();
    void unknownKeysKept();
    void errorString();
    void pluralWithoutTranslator_data();
    void pluralWithoutTranslator();
    void displayNames();
    void csvCell_data();
    void csvCell();
};

void TestDomain::direction_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("count");
    QTest::newRow("single") << "90" << "90" << 1;
    QTest::newRow("decimal") << "45.5" << "45.5" << 1;
    QTest::newRow("wraps") << "360" << "0" << 1;
    QTest::newRow("negative") << "-90" << "270" << 1;
    QTest::newRow("several") << "0;180" << "0;180" << 2;
    QTest::newRow("range") << "90-270" << "90-270" << 1;
    QTest::newRow("range across north") << "270-90" << "270-90" << 1;
    QTest::newRow("cardinal") << "NE" << "45" << 1;
    QTest::newRow("cardinal lower") << "ssw" << "202.5" << 1;
    QTest::newRow("mixed") << " N ; 90-180 " << "0;90-180" << 2;
    QTest::newRow("empty") << "" << "" << 0;
}

void TestDomain::direction()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(int, count);
    const auto d = Direction::parse(text);
    QVERIFY(d.has_value());
    QCOMPARE(d->toString(), canonical);
    QCOMPARE(d->ranges().size(), count);
}

void TestDomain::directionInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("word") << "north-ish";
    QTest::newRow("half range") << "90-";
    QTest::newRow("nan") << "nan";
    QTest::newRow("separators only") << ";;";
}

void TestDomain::directionInvalid()
{
    QFETCH(QString, text);
    QVERIFY(!Direction::parse(text).has_value());
}

void TestDomain::directionSweepAndCentre()
{
    const auto across = Direction::parse(QStringLiteral("270-90"));
    QCOMPARE(across->ranges().first().sweep(), 180.0);
    QCOMPARE(across->ranges().first().centre(), 0.0);
    const auto half = Direction::parse(QStringLiteral("90-270"));
    QCOMPARE(half->ranges().first().centre(), 180.0);
    const auto full = Direction::parse(QStringLiteral("0-360"));
    QCOMPARE(full->ranges().first().sweep(), 360.0);
}

void TestDomain::osmTagsRoundTrip()
{
    Camera c;
    c.surveillance = QStringLiteral("public");
    c.surveillanceType = QStringLiteral("ALPR");
    c.surveillanceZone = QStringLiteral("traffic");
    c.cameraType = QStringLiteral("dome");
    c.cameraMount = QStringLiteral("pole");
    c.direction = QStringLiteral("90-270");
    c.angle = 60;
    c.tilt = 15.5;
    c.height = 6;
    c.operatorName = QStringLiteral("MUP Srbije");
    c.manufacturer = QStringLiteral("Huawei");
    c.model = QStringLiteral("X2391-10-HLI");
    c.faceRecognition = FaceRecognition::Suspected;
    c.status = VerificationStatus::Verified;
    c.observed = QDate(2026, 5, 1);
    c.source = QStringLiteral("volunteer");
    c.notes = QStringLiteral("on the traffic light");
    c.tags.insert(QStringLiteral("lit"), QStringLiteral("yes"));

    const auto tags = toOsmTags(c);
    QCOMPARE(tags.value(QStringLiteral("man_made")), QStringLiteral("surveillance"));
    QCOMPARE(tags.value(QStringLiteral("camera:direction")), QStringLiteral("90-270"));
    QCOMPARE(tags.value(QStringLiteral("height")), QStringLiteral("6"));
    QCOMPARE(tags.value(QStringLiteral("survey:date")), QStringLiteral("2026-05-01"));
    QVERIFY(!tags.contains(QStringLiteral("nadzor:reviewed_by")));

    Camera back;
    for (auto it = tags.begin(); it != tags.end(); ++it)
        applyOsmTag(back, it.key(), it.value());
    QCOMPARE(back, c);
}

void TestDomain::osmDirectionAlias()
{
    Camera a;
    QVERIFY(applyOsmTag(a, QStringLiteral("direction"), QStringLiteral("120")));
    QCOMPARE(a.direction, QStringLiteral("120"));
    Camera b;
    applyOsmTag(b, QStringLiteral("camera:direction"), QStringLiteral("30"));
    applyOsmTag(b, QStringLiteral("direction"), QStringLiteral("120"));
    QCOMPARE(b.direction, QStringLiteral("30"));
}

void TestDomain::osmNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("int") << "3" << 3.0 << true;
    QTest::newRow("metres") << "3.5 m" << 3.5 << true;
    QTest::newRow("comma") << "4,25" << 4.25 << true;
    QTest::newRow("words") << "tall" << 0.0 << false;
    QTest::newRow("inf") << "inf" << 0.0 << false;
}

void TestDomain::osmNumbers()
{
    QFETCH(QString, text);
    QFETCH(double, value);
    QFETCH(bool, valid);
    const auto n = parseOsmNumber(text);
    QCOMPARE(n.has_value(), valid);
    if (valid)
        QCOMPARE(*n, value);
}

void TestDomain::unknownKeysKept()
{
    Camera c;
    QVERIFY(!applyOsmTag(c, QStringLiteral("height"), QStringLiteral("very high")));
    QCOMPARE(c.tags.value(QStringLiteral("height")), QStringLiteral("very high"));
    QVERIFY(!c.height.has_value());
    QVERIFY(!applyOsmTag(c, QStringLiteral("addr:street"), QStringLiteral("Knez Mihailova")));
    QCOMPARE(c.tags.value(QStringLiteral("addr:street")), QStringLiteral("Knez Mihailova"));
}

void TestDomain::errorString()
{
    Result<int> r(makeError(QStringLiteral("coordinates out of range"), QStringLiteral("a.csv"), 12));
    QVERIFY(!r.ok());
    QCOMPARE(r.errorString(), QStringLiteral("a.csv: line 12: coordinates out of range"));
    Result<int> good(5);
    QVERIFY(good.ok());
    QCOMPARE(good.value(), 5);
}

// With no translator installed, "%n camera(s)" still reads as English.
void TestDomain::pluralWithoutTranslator_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one") << "%n camera(s)" << qint64(1) << "1 camera";
    QTest::newRow("zero") << "%n camera(s)" << qint64(0) << "0 cameras";
    QTest::newRow("many") << "%n camera(s)" << qint64(12) << "12 cameras";
    QTest::newRow("ies one") << "with %n boundary(ies)" << qint64(1) << "with 1 boundary";
    QTest::newRow("ies many") << "with %n boundary(ies)" << qint64(145) << "with 145 boundaries";
    QTest::newRow("two counts") << "%n file(s), site(s)" << qint64(2) << "2 files, sites";
}

void TestDomain::pluralWithoutTranslator()
{
    QFETCH(QString, text);
    QFETCH(qint64, n);
    QFETCH(QString, expected);
    QCOMPARE(plural(QCoreApplication::translate("TestDomain", qPrintable(text), nullptr, int(n)), n), expected);
}

void TestDomain::displayNames()
{
    QCOMPARE(countedCameras(1), QStringLiteral("1 camera"));
    QCOMPARE(countedSites(20), QStringLiteral("20 sites"));
    QCOMPARE(countedPhotos(0), QStringLiteral("0 photos"));
    QCOMPARE(displayName(VerificationStatus::Verified), QStringLiteral("Verified"));
    QCOMPARE(displayName(VerificationStatus::Unverified), QStringLiteral("Unverified"));
    QCOMPARE(displayName(FaceRecognition::Suspected), QStringLiteral("Face recognition suspected"));
}

void TestDomain::csvCell_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << "Osečina" << "Osečina";
    QTest::newRow("formula") << "=HYPERLINK(\"x\")" << "\"'=HYPERLINK(\"\"x\"\")\"";
    QTest::newRow("at") << "@SUM(A1)" << "'@SUM(A1)";
    QTest::newRow("negative number stays") << "-12.5" << "-12.5";
    QTest::newRow("comma") << "Novi Sad, grad" << "\"Novi Sad, grad\"";
    QTest::newRow("line break") << "a\nb" << "\"a\nb\"";
    QTest::newRow("empty") << "" << "";
}

void TestDomain::csvCell()
{
    QFETCH(QString, value);
    QFETCH(QString, cell);
    QCOMPARE(nadzor::domain::csvCell(value), cell);
}

QTEST_GUILESS_MAIN(TestDomain)
#include "test_domain.moc"
