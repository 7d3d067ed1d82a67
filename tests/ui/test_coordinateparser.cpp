// CoordinateParser: decimal degrees in either order, DMS and DM with hemisphere letters, and
// refusals that say what is wrong.
#include "ui/coordinateparser.h"

#include <QTest>

using namespace nadzor;

class TestCoordinateParser : public QObject {
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void formats();
};

void TestCoordinateParser::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("lon");
    QTest::addColumn<bool>("swapped");
    const double dmsLat = 44.0 + 48.0 / 60 + 45.0 / 3600;
    const double dmsLon = 20.0 + 27.0 / 60 + 26.0 / 3600;
    QTest::newRow("decimal lat,lon") << "44.8125, 20.4573" << 44.8125 << 20.4573 << false;
    QTest::newRow("decimal lon,lat (Serbia decides)") << "20.4573, 44.8125" << 44.8125 << 20.4573 << true;
    QTest::newRow("decimal spaces") << "  44.8125   20.4573 " << 44.8125 << 20.4573 << false;
    QTest::newRow("decimal semicolon") << "44.8125;20.4573" << 44.8125 << 20.4573 << false;
    QTest::newRow("negative elsewhere") << "-33.8688, 151.2093" << -33.8688 << 151.2093 << false;
    QTest::newRow("first cannot be latitude") << "151.2093, -33.8688" << -33.8688 << 151.2093 << true;
    QTest::newRow("DMS symbols") << "44°48'45\"N 20°27'26\"E" << dmsLat << dmsLon << false;
    QTest::newRow("DMS typographic primes") << QString::fromUtf8("44°48′45″N, 20°27′26″E") << dmsLat << dmsLon << false;
    QTest::newRow("DMS spaces letters") << "44 48 45 N, 20 27 26 E" << dmsLat << dmsLon << false;
    QTest::newRow("DMS spaces no comma") << "44 48 45 N 20 27 26 E" << dmsLat << dmsLon << false;
    QTest::newRow("DMS lon first") << "20°27'26\"E 44°48'45\"N" << dmsLat << dmsLon << true;
    QTest::newRow("DMS prefix letters") << "N44°48'45\" E20°27'26\"" << dmsLat << dmsLon << false;
    QTest::newRow("DMS plain six numbers") << "44 48 45 20 27 26" << dmsLat << dmsLon << false;
    QTest::newRow("DM decimal minutes") << "N 44°48.75' E 20°27.5'" << 44.8125 << 20.0 + 27.5 / 60 << false;
    QTest::newRow("decimal with letters") << "44.8125N 20.4573E" << 44.8125 << 20.4573 << false;
    QTest::newRow("lower case letters") << "44.8125n, 20.4573e" << 44.8125 << 20.4573 << false;
    QTest::newRow("south west") << "33 52 7.7 S, 151 12 33.5 W" << -(33 + 52.0 / 60 + 7.7 / 3600)
                                << -(151 + 12.0 / 60 + 33.5 / 3600) << false;
}

void TestCoordinateParser::parses()
{
    QFETCH(QString, text);
    QFETCH(double, lat);
    QFETCH(double, lon);
    QFETCH(bool, swapped);
    auto parsed = ui::CoordinateParser::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
    QVERIFY2(std::abs(parsed.value().position.lat - lat) < 1e-9, qPrintable(QString::number(parsed.value().position.lat, 'f', 9)));
    QVERIFY2(std::abs(parsed.value().position.lon - lon) < 1e-9, qPrintable(QString::number(parsed.value().position.lon, 'f', 9)));
    QCOMPARE(parsed.value().swapped, swapped);
}

void TestCoordinateParser::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("why");
    QTest::newRow("empty") << "" << "No coordinates";
    QTest::newRow("one number") << "44.8125" << "expected two coordinates";
    QTest::newRow("three numbers") << "44.8 20.4 7" << "found 3 numbers";
    QTest::newRow("words") << "Knez Mihailova" << "unexpected";
    QTest::newRow("minutes 60") << "44°60'00\"N 20°27'26\"E" << "minutes must be below 60";
    QTest::newRow("seconds 75") << "44°48'75\"N 20°27'26\"E" << "seconds must be below 60";
    QTest::newRow("two latitudes") << "44.8N 20.4S" << "both coordinates are latitudes";
    QTest::newRow("latitude out of range") << "95.0, 200.0" << "outside";
    QTest::newRow("sign and letter") << "-44.8S 20.4E" << "both a minus sign";
}

void TestCoordinateParser::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, why);
    auto parsed = ui::CoordinateParser::parse(text);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.errorString().contains(why), qPrintable(parsed.errorString()));
}

void TestCoordinateParser::formats()
{
    QCOMPARE(ui::CoordinateParser::format({20.4573, 44.8125}), QStringLiteral("44.812500, 20.457300"));
    QVERIFY(ui::CoordinateParser::isInsideSerbia({20.4573, 44.8125}));
    QVERIFY(!ui::CoordinateParser::isInsideSerbia({151.2, -33.8}));
    auto outside = ui::CoordinateParser::parse(QStringLiteral("-33.8688, 151.2093"));
    QVERIFY(outside.ok());
    QVERIFY(!outside.value().insideSerbia);
    QVERIFY(outside.value().note.contains(QStringLiteral("outside Serbia")));
}

QTEST_GUILESS_MAIN(TestCoordinateParser)
#include "test_coordinateparser.moc"
