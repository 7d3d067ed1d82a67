// Serbian transliteration (both ways) and name normalisation across scripts, diacritics and
// administrative suffixes.
#include "boundaries/namematcher.h"
#include "boundaries/transliteration.h"

#include <QtTest>

using namespace nadzor::boundaries;

class TestBoundaryNames : public QObject {
    Q_OBJECT
private slots:
    void alphabet();
    void transliteration_data();
    void transliteration();
    void capitals_data();
    void capitals();
    void digraphExceptions_data();
    void digraphExceptions();
    void passThrough();
    void normalisation_data();
    void normalisation();
    void distinctNames_data();
    void distinctNames();
    void matcher();
};

void TestBoundaryNames::alphabet()
{
    // The 30 letters of the Serbian Cyrillic alphabet in order, and their Latin counterparts.
    const QString cyrillic = QStringLiteral("АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ");
    const QStringList latin = QStringLiteral("A B V G D Đ E Ž Z I J K L Lj M N Nj O P R S T Ć U F H C Č Dž Š").split(QChar(' '));
    QCOMPARE(cyrillic.size(), 30);
    QCOMPARE(latin.size(), 30);
    for (int i = 0; i < cyrillic.size(); ++i) {
        QCOMPARE(cyrillicToLatin(cyrillic.at(i)), latin.at(i));
        QCOMPARE(cyrillicToLatin(cyrillic.at(i).toLower()), latin.at(i).toLower());
        QCOMPARE(latinToCyrillic(latin.at(i)), QString(cyrillic.at(i)));
        QCOMPARE(latinToCyrillic(latin.at(i).toLower()), QString(cyrillic.at(i).toLower()));
    }
}

void TestBoundaryNames::transliteration_data()
{
    QTest::addColumn<QString>("latin");
    QTest::addColumn<QString>("cyrillic");
    QTest::newRow("Ćuprija") << "Ćuprija" << "Ћуприја";
    QTest::newRow("Đurđevo") << "Đurđevo" << "Ђурђево";
    QTest::newRow("Ljubovija") << "Ljubovija" << "Љубовија";
    QTest::newRow("Njegoševa") << "Njegoševa" << "Његошева";
    QTest::newRow("Inđija") << "Inđija" << "Инђија";
    QTest::newRow("Aranđelovac") << "Aranđelovac" << "Аранђеловац";
    QTest::newRow("Osečina") << "Osečina" << "Осечина";
    QTest::newRow("Gadžin Han") << "Gadžin Han" << "Гаџин Хан";
    QTest::newRow("Knjaževac") << "Knjaževac" << "Књажевац";
    QTest::newRow("Žitorađa") << "Žitorađa" << "Житорађа";
    QTest::newRow("Beograd-Savski venac") << "Beograd-Savski venac" << "Београд-Савски венац";
    QTest::newRow("Petrovac na Mlavi") << "Petrovac na Mlavi" << "Петровац на Млави";
    QTest::newRow("Mali Iđoš") << "Mali Iđoš" << "Мали Иђош";
}

void TestBoundaryNames::transliteration()
{
    QFETCH(QString, latin);
    QFETCH(QString, cyrillic);
    QCOMPARE(cyrillicToLatin(cyrillic), latin);
    QCOMPARE(latinToCyrillic(latin), cyrillic);
    QCOMPARE(cyrillicToLatin(latinToCyrillic(latin)), latin);
    QCOMPARE(latinToCyrillic(cyrillicToLatin(cyrillic)), cyrillic);
}

void TestBoundaryNames::capitals_data()
{
    QTest::addColumn<QString>("cyrillic");
    QTest::addColumn<QString>("latin");
    QTest::newRow("all caps") << "ЉУБОВИЈА" << "LJUBOVIJA";
    QTest::newRow("all caps inside") << "ЊЕГОШЕВА ЏАМИЈА" << "NJEGOŠEVA DŽAMIJA";
    QTest::newRow("word end") << "ЂУРЂЕВО ПЉ" << "ĐURĐEVO PLJ";
    QTest::newRow("title") << "Џеп" << "Džep";
}

void TestBoundaryNames::capitals()
{
    QFETCH(QString, cyrillic);
    QFETCH(QString, latin);
    QCOMPARE(cyrillicToLatin(cyrillic), latin);
    QCOMPARE(latinToCyrillic(latin), cyrillic);
}

void TestBoundaryNames::digraphExceptions_data()
{
    QTest::addColumn<QString>("latin");
    QTest::addColumn<QString>("cyrillic");
    QTest::newRow("injekcija") << "injekcija" << "инјекција";
    QTest::newRow("nadživeti") << "nadživeti" << "надживети";
    QTest::newRow("odžaliti") << "odžaliti" << "оджалити";
    QTest::newRow("Podžupan") << "Podžupan" << "Поджупан";
    QTest::newRow("konjunkcija") << "konjunkcija" << "конјункција";
    // ... while the ordinary words keep their digraphs.
    QTest::newRow("konj") << "konj" << "коњ";
    QTest::newRow("džep") << "džep" << "џеп";
    QTest::newRow("ljudi") << "ljudi" << "људи";
}

void TestBoundaryNames::digraphExceptions()
{
    QFETCH(QString, latin);
    QFETCH(QString, cyrillic);
    QCOMPARE(latinToCyrillic(latin), cyrillic);
    QCOMPARE(cyrillicToLatin(cyrillic), latin);
}

void TestBoundaryNames::passThrough()
{
    QCOMPARE(cyrillicToLatin(QStringLiteral("Nadzor 2.0 — kamere!")), QStringLiteral("Nadzor 2.0 — kamere!"));
    QCOMPARE(latinToCyrillic(QStringLiteral("Wi-Fi 5")), QStringLiteral("Wи-Фи 5"));  // W has no Serbian letter
    QCOMPARE(cyrillicToLatin(QString()), QString());
    // Decomposed input (z + combining caron) is composed first.
    QCOMPARE(latinToCyrillic(QStringLiteral("Oz\u030Cujak")), QStringLiteral("Ожујак"));
}

void TestBoundaryNames::normalisation_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("suffix, ASCII / diacritics") << "Osecina Municipality" << "Osečina";
    QTest::newRow("suffix, ASCII / Cyrillic") << "Osecina Municipality" << "Осечина";
    QTest::newRow("dj / đ") << "Arandjelovac" << "Aranđelovac";
    QTest::newRow("d / đ") << "Arandelovac" << "Aranđelovac";
    QTest::newRow("dj / Cyrillic ђ") << "Arandjelovac Municipality" << "Аранђеловац";
    QTest::newRow("Belgrade / Beograd") << "Belgrade" << "Beograd";
    QTest::newRow("Belgrade City / Beograd - grad") << "Belgrade City" << "Beograd - grad";
    QTest::newRow("Belgrade / Град Београд") << "Belgrade" << "Град Београд";
    QTest::newRow("City / - grad") << "Nis City" << "Niš - grad";
    QTest::newRow("Grad prefix") << "Grad Niš" << "Ниш";
    QTest::newRow("hyphens / spaces") << "Petrovac-na-Mlavi Municipality" << "Petrovac na Mlavi";
    QTest::newRow("truncated suffix") << "Smederevska Palanka Municipal*" << "Smederevska Palanka";
    QTest::newRow("opština") << "Opština Ub" << "Ub";
    QTest::newRow("Opstina suffix") << "Ub opstina" << "Уб";
    QTest::newRow("compound words") << "Sokobanja" << "Soko Banja";
    QTest::newRow("Latin j in Cyrillic") << "Ниш-Медиjана" << "Niš-Medijana";
    QTest::newRow("case") << "ĆIĆEVAC" << "Cicevac";
    QTest::newRow("decomposed") << "Z\u030Citis\u030Cte" << "Zitiste Municipality";
}

void TestBoundaryNames::normalisation()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(normaliseName(a), normaliseName(b));
    QVERIFY(!normaliseName(a).isEmpty());
}

void TestBoundaryNames::distinctNames_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("city municipality") << "Beograd-Stari grad" << "Beograd";
    QTest::newRow("Stari grad keeps grad") << "Stari grad" << "Stari";
    QTest::newRow("Novi Sad / Novi Sad-Petrovaradin") << "Novi Sad" << "Novi Sad-Petrovaradin";
    QTest::newRow("Novi Bečej / Bečej") << "Novi Bečej" << "Bečej";
    QTest::newRow("Bela Palanka / Bačka Palanka") << "Bela Palanka" << "Bačka Palanka";
}

void TestBoundaryNames::distinctNames()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY(normaliseName(a) != normaliseName(b));
}

void TestBoundaryNames::matcher()
{
    QCOMPARE(normaliseName(QStringLiteral("Osecina Municipality")), QStringLiteral("osecina"));
    QCOMPARE(normaliseName(QStringLiteral("Aranđelovac")), QStringLiteral("arandelovac"));
    NameMatcher m;
    m.add(QStringLiteral("Osečina"), 0);
    m.add(QStringLiteral("Осечина"), 0);  // an alias of the same candidate
    m.add(QStringLiteral("Novi Sad"), 1);
    m.add(QStringLiteral("Grad Novi Sad"), 2);
    auto match = m.match(QStringLiteral("Osecina Municipality"));
    QCOMPARE(match.outcome, NameMatcher::Outcome::Unique);
    QCOMPARE(match.candidates, QList<int>{0});
    match = m.match(QStringLiteral("Novi Sad City"));
    QCOMPARE(match.outcome, NameMatcher::Outcome::Ambiguous);
    QCOMPARE(match.candidates, (QList<int>{1, 2}));
    QCOMPARE(m.match(QStringLiteral("Kragujevac")).outcome, NameMatcher::Outcome::None);
}

QTEST_GUILESS_MAIN(TestBoundaryNames)
#include "test_boundarynames.moc"
