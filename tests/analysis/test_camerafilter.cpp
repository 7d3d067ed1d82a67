// CameraFilter: parsing --filter expressions, matching cameras, describing itself.
#include "domain/camerafilter.h"
#include "i18n/translator.h"

#include <QtTest>

using namespace nadzor::domain;

class TestCameraFilter : public QObject {
    Q_OBJECT
private slots:
    void matches_data();
    void matches();
    void parseErrors_data();
    void parseErrors();
    void defaults();
    void describe();
    void fold();
    void textFindsTranslatedLabels_data();
    void textFindsTranslatedLabels();
};

namespace {

Site site()
{
    Site s;
    s.address = QStringLiteral("Karađorđeva 12, Osečina");
    Camera c;
    c.manufacturer = QStringLiteral("Dahua");
    c.operatorName = QStringLiteral("MUP Srbije");
    c.model = QStringLiteral("IPC-HFW5442");
    c.surveillanceType = QStringLiteral("camera");
    c.surveillanceZone = QStringLiteral("town");
    c.faceRecognition = FaceRecognition::Confirmed;
    c.status = VerificationStatus::Verified;
    c.observed = QDate(2024, 5, 17);
    c.source = QStringLiteral("volunteer");
    c.notes = QStringLiteral("Ispred osnovne ŠKOLE");
    s.cameras << c;
    return s;
}

} // namespace

void TestCameraFilter::matches_data()
{
    QTest::addColumn<QStringList>("expressions");
    QTest::addColumn<bool>("matches");
    QTest::newRow("no filter") << QStringList{} << true;
    QTest::newRow("manufacturer") << QStringList{"manufacturer=Dahua"} << true;
    QTest::newRow("manufacturer any of") << QStringList{"manufacturer=Hikvision,dahua"} << true;
    QTest::newRow("manufacturer other") << QStringList{"manufacturer=Hikvision"} << false;
    QTest::newRow("manufacturer repeated") << QStringList{"manufacturer=Huawei", "manufacturer=DAHUA"} << true;
    QTest::newRow("operator diacritics") << QStringList{"operator=mup srbije"} << true;
    QTest::newRow("face confirmed") << QStringList{"face=confirmed"} << true;
    QTest::newRow("face yes alias") << QStringList{"face=yes"} << true;
    QTest::newRow("face suspected") << QStringList{"face=suspected"} << false;
    QTest::newRow("status verified") << QStringList{"status=verified"} << true;
    QTest::newRow("status disputed") << QStringList{"status=disputed,unverified"} << false;
    QTest::newRow("from before") << QStringList{"from=2024-01-01"} << true;
    QTest::newRow("to before") << QStringList{"to=2024-05-16"} << false;
    QTest::newRow("range inclusive") << QStringList{"from=2024-05-17", "to=2024-05-17"} << true;
    QTest::newRow("text in notes, accents") << QStringList{"text=skol"} << true;
    QTest::newRow("text cyrillic") << QStringList{"text=школ"} << true;
    QTest::newRow("text in address") << QStringList{"text=karadjordjeva"} << true;
    QTest::newRow("text in model") << QStringList{"text=hfw5442"} << true;
    QTest::newRow("text absent") << QStringList{"text=bolnica"} << false;
    QTest::newRow("type") << QStringList{"type=ALPR"} << false;
    QTest::newRow("zone") << QStringList{"zone=town"} << true;
    QTest::newRow("source") << QStringList{"source=volunteer"} << true;
    QTest::newRow("all together") << QStringList{"manufacturer=Dahua,Hikvision", "face=confirmed",
                                                 "status=verified", "from=2024-01-01",
                                                 "to=2024-12-31", "text=škol"}
                                  << true;
}

void TestCameraFilter::matches()
{
    QFETCH(QStringList, expressions);
    QFETCH(bool, matches);
    const auto filter = CameraFilter::parse(expressions);
    QVERIFY2(filter.ok(), qPrintable(filter.errorString()));
    const Site s = site();
    QCOMPARE(filter.value().matches(s, s.cameras.first()), matches);
}

void TestCameraFilter::parseErrors_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("inMessage");
    QTest::newRow("unknown key") << "colour=red" << "unknown key 'colour'";
    QTest::newRow("no equals") << "Dahua" << "expected key=value";
    QTest::newRow("no value") << "manufacturer=" << "needs a value";
    QTest::newRow("bad face") << "face=maybe" << "unknown face recognition value 'maybe'";
    QTest::newRow("bad status") << "status=gone" << "unknown status 'gone'";
    QTest::newRow("bad date") << "from=2024-13-01" << "is not a date";
    QTest::newRow("short date") << "to=2024-1-1" << "is not a date";
}

void TestCameraFilter::parseErrors()
{
    QFETCH(QString, expression);
    QFETCH(QString, inMessage);
    const auto filter = CameraFilter::parse({expression});
    QVERIFY(!filter.ok());
    QVERIFY2(filter.errorString().contains(inMessage), qPrintable(filter.errorString()));
    QVERIFY2(filter.errorString().contains(expression), qPrintable(filter.errorString()));
}

void TestCameraFilter::defaults()
{
    const CameraFilter filter;
    QVERIFY(filter.isEmpty());
    Site s = site();
    QVERIFY(filter.matches(s, s.cameras.first()));
    s.cameras.first().status = VerificationStatus::Removed;
    QVERIFY(!filter.matches(s, s.cameras.first()));  // removed cameras are not counted
    const auto removed = CameraFilter::parse({QStringLiteral("status=removed")});
    QVERIFY(removed.ok());
    QVERIFY(!removed.value().isEmpty());
    QVERIFY(removed.value().matches(s, s.cameras.first()));
    // A date condition excludes cameras without a date.
    s.cameras.first().status = VerificationStatus::Verified;
    s.cameras.first().observed = QDate();
    QVERIFY(!CameraFilter::parse({QStringLiteral("from=2020-01-01")}).value().matches(s, s.cameras.first()));
    QVERIFY(!CameraFilter::parse({QStringLiteral("from=2024-02-01"), QStringLiteral("to=2024-01-01")}).ok());
}

void TestCameraFilter::describe()
{
    QCOMPARE(CameraFilter().describe(), QStringLiteral("all cameras except those marked removed"));
    const auto f = CameraFilter::parse({QStringLiteral("manufacturer=Dahua"), QStringLiteral("face=confirmed"),
                                        QStringLiteral("from=2024-01-01"), QStringLiteral("to=2024-12-31")});
    QVERIFY(f.ok());
    QCOMPARE(f.value().describe(),
             QStringLiteral("manufacturer = Dahua; face recognition = confirmed; observed 2024-01-01 to 2024-12-31"));
    const auto g = CameraFilter::parse({QStringLiteral("status=verified,disputed"), QStringLiteral("text=škola")});
    QCOMPARE(g.value().describe(), QStringLiteral("status = verified, disputed; text contains \"škola\""));
}

void TestCameraFilter::fold()
{
    QCOMPARE(CameraFilter::fold(QStringLiteral("Osečina ČAČAK Đurđevo Žabalj")),
             QStringLiteral("osecina cacak djurdjevo zabalj"));
    QCOMPARE(CameraFilter::fold(QStringLiteral("Осечина Љиг Њ Ђ")), QStringLiteral("osecina ljig nj dj"));
}

QTEST_GUILESS_MAIN(TestCameraFilter)
void TestCameraFilter::textFindsTranslatedLabels_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");
    const int latin = int(nadzor::i18n::Language::SerbianLatin);
    const int cyrillic = int(nadzor::i18n::Language::SerbianCyrillic);
    const int english = int(nadzor::i18n::Language::English);
    // A dome camera on a pole: camera:type=dome is "Kupola" / "Купола", camera:mount=pole is
    // "Stub" / "Стуб", surveillance:zone=town "Grad" / "Град".
    QTest::newRow("latin kupola") << latin << "kupola" << true;
    QTest::newRow("latin купола") << latin << QStringLiteral("купола") << true;
    QTest::newRow("cyrillic купола") << cyrillic << QStringLiteral("купола") << true;
    QTest::newRow("cyrillic KUPOLA") << cyrillic << "KUPOLA" << true;
    QTest::newRow("cyrillic стуб") << cyrillic << QStringLiteral("стуб") << true;
    QTest::newRow("latin zid (not the mount)") << latin << "zid" << false;
    QTest::newRow("english dome") << english << "dome" << true;
    QTest::newRow("english kupola") << english << "kupola" << false;
    QTest::newRow("latin notes still") << latin << QStringLiteral("школе") << true;
}

void TestCameraFilter::textFindsTranslatedLabels()
{
    QFETCH(int, language);
    QFETCH(QString, text);
    QFETCH(bool, matches);
    QVERIFY(nadzor::i18n::install(nadzor::i18n::Language(language)));
    Site s = site();
    s.cameras.first().cameraType = QStringLiteral("dome");
    s.cameras.first().cameraMount = QStringLiteral("pole");
    CameraFilter filter;
    filter.text = text;
    const bool found = filter.matches(s, s.cameras.first());
    nadzor::i18n::install(nadzor::i18n::Language::English);
    QCOMPARE(found, matches);
}

#include "test_camerafilter.moc"
