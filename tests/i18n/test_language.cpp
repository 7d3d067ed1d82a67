// Languages: which language a locale asks for, the preference, installing the translations
// (numbers and dates follow), place names in the script of the language, and the Latin to
// Cyrillic conversion of whole messages.
#include "i18n/language.h"
#include "i18n/placenames.h"
#include "i18n/scriptconverter.h"
#include "i18n/translator.h"

#include <QCoreApplication>
#include <QDate>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace nadzor;
using i18n::Language;

Q_DECLARE_METATYPE(nadzor::i18n::Language)

class TestLanguage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void languageFromLocale_data();
    void languageFromLocale();
    void languageFromName_data();
    void languageFromName();
    void codes();
    void preference();
    void localeFormatsNumbersAndDates_data();
    void localeFormatsNumbersAndDates();
    void installTranslates_data();
    void installTranslates();
    void displayName_data();
    void displayName();
    void messageToCyrillic_data();
    void messageToCyrillic();
    void latinLeftovers_data();
    void latinLeftovers();
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("NadzorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_i18n_language"));
    QSettings().clear();
}

void TestLanguage::cleanup()
{
    i18n::install(Language::English);
}

void TestLanguage::languageFromLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<Language>("expected");
    QTest::newRow("sr_RS") << QLocale(QStringLiteral("sr_RS")) << Language::SerbianCyrillic;
    QTest::newRow("sr") << QLocale(QStringLiteral("sr")) << Language::SerbianCyrillic;
    QTest::newRow("sr_Cyrl_RS") << QLocale(QStringLiteral("sr_Cyrl_RS")) << Language::SerbianCyrillic;
    QTest::newRow("sr_Latn_RS") << QLocale(QStringLiteral("sr_Latn_RS")) << Language::SerbianLatin;
    QTest::newRow("sr-Latn-ME") << QLocale(QStringLiteral("sr-Latn-ME")) << Language::SerbianLatin;
    // QLocale drops glibc's @latin modifier: the QLocale made from "sr_RS@latin" is Cyrillic;
    // languageForName() below reads the modifier.
    QTest::newRow("sr_RS@latin as QLocale") << QLocale(QStringLiteral("sr_RS@latin")) << Language::SerbianCyrillic;
    QTest::newRow("en_US") << QLocale(QStringLiteral("en_US")) << Language::English;
    QTest::newRow("de_DE") << QLocale(QStringLiteral("de_DE")) << Language::English;
    QTest::newRow("hr_HR") << QLocale(QStringLiteral("hr_HR")) << Language::English;
    QTest::newRow("C") << QLocale::c() << Language::English;
}

void TestLanguage::languageFromLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(Language, expected);
    QCOMPARE(i18n::languageFor(locale), expected);
}

void TestLanguage::languageFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Language>("expected");
    QTest::newRow("sr_RS.UTF-8") << QStringLiteral("sr_RS.UTF-8") << Language::SerbianCyrillic;
    QTest::newRow("sr_RS@latin") << QStringLiteral("sr_RS@latin") << Language::SerbianLatin;
    QTest::newRow("sr_RS.UTF-8@latin") << QStringLiteral("sr_RS.UTF-8@latin") << Language::SerbianLatin;
    // Serbian in Montenegro is written in Latin by default (CLDR's likely script).
    QTest::newRow("sr_ME.UTF-8") << QStringLiteral("sr_ME.UTF-8") << Language::SerbianLatin;
    QTest::newRow("sr_Latn_RS") << QStringLiteral("sr_Latn_RS") << Language::SerbianLatin;
    QTest::newRow("en_US.UTF-8") << QStringLiteral("en_US.UTF-8") << Language::English;
    QTest::newRow("de_DE@euro") << QStringLiteral("de_DE@euro") << Language::English;
    QTest::newRow("C.UTF-8") << QStringLiteral("C.UTF-8") << Language::English;
    QTest::newRow("POSIX") << QStringLiteral("POSIX") << Language::English;
}

void TestLanguage::languageFromName()
{
    QFETCH(QString, name);
    QFETCH(Language, expected);
    QCOMPARE(i18n::languageForName(name), expected);
}

void TestLanguage::codes()
{
    for (Language l : {Language::English, Language::SerbianLatin, Language::SerbianCyrillic})
        QCOMPARE(i18n::fromCode(i18n::code(l)), std::optional<Language>(l));
    QCOMPARE(i18n::fromCode(QStringLiteral("sr-Cyrl")), std::optional<Language>(Language::SerbianCyrillic));
    QCOMPARE(i18n::fromCode(QStringLiteral("sr_Latn_RS")), std::optional<Language>(Language::SerbianLatin));
    QCOMPARE(i18n::fromCode(QStringLiteral("en_GB")), std::optional<Language>(Language::English));
    QVERIFY(!i18n::fromCode(QStringLiteral("klingon")));
    QVERIFY(!i18n::fromCode(QString()));
    QCOMPARE(i18n::nativeName(Language::SerbianCyrillic), QStringLiteral("Српски (ћирилица)"));
    QCOMPARE(i18n::bcp47(Language::SerbianLatin), QStringLiteral("sr-Latn"));
}

void TestLanguage::preference()
{
    QCOMPARE(i18n::storedPreference(), QStringLiteral("system"));
    i18n::storePreference(QStringLiteral("sr_Cyrl"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("sr_Cyrl"));
    QCOMPARE(i18n::storedPreference(), QStringLiteral("sr_Cyrl"));
    QCOMPARE(i18n::languageForPreference(i18n::storedPreference()), Language::SerbianCyrillic);
    i18n::storePreference(QStringLiteral("nonsense"));
    QCOMPARE(i18n::storedPreference(), QStringLiteral("system"));
    // "system" follows LC_ALL (C.UTF-8 in the test environment): English.
    QCOMPARE(i18n::languageForPreference(QStringLiteral("system")), i18n::systemLanguage());
    qputenv("LC_ALL", "sr_RS.UTF-8@latin");
    QCOMPARE(i18n::languageForPreference(QStringLiteral("system")), Language::SerbianLatin);
    qputenv("LC_ALL", "C.UTF-8");
    QCOMPARE(i18n::languageForPreference(QStringLiteral("system")), Language::English);
}

void TestLanguage::localeFormatsNumbersAndDates_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("month");
    QTest::newRow("en") << Language::English << QStringLiteral("1,234.5") << QStringLiteral("March");
    QTest::newRow("sr_Latn") << Language::SerbianLatin << QStringLiteral("1.234,5") << QStringLiteral("mart");
    QTest::newRow("sr_Cyrl") << Language::SerbianCyrillic << QStringLiteral("1.234,5") << QStringLiteral("март");
}

void TestLanguage::localeFormatsNumbersAndDates()
{
    QFETCH(Language, language);
    QFETCH(QString, number);
    QFETCH(QString, month);
    QVERIFY(i18n::install(language));
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), number);
    QCOMPARE(i18n::currentLocale().toString(1234.5, 'f', 1), number);
    QVERIFY2(QLocale().toString(QDate(2024, 3, 5), QLocale::LongFormat).contains(month),
             qPrintable(QLocale().toString(QDate(2024, 3, 5), QLocale::LongFormat)));
}

void TestLanguage::installTranslates_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("cameras");
    QTest::addColumn<QString>("ok");
    QTest::newRow("en") << Language::English << QStringLiteral("&File") << QStringLiteral("2 cameras") << QStringLiteral("OK");
    QTest::newRow("sr_Latn") << Language::SerbianLatin << QStringLiteral("&Datoteka") << QStringLiteral("2 kamere") << QStringLiteral("U redu");
    QTest::newRow("sr_Cyrl") << Language::SerbianCyrillic << QStringLiteral("&Датотека") << QStringLiteral("2 камере") << QStringLiteral("У реду");
}

void TestLanguage::installTranslates()
{
    QFETCH(Language, language);
    QFETCH(QString, file);
    QFETCH(QString, cameras);
    QFETCH(QString, ok);
    QVERIFY(i18n::install(language));
    QCOMPARE(i18n::currentLanguage(), language);
    QCOMPARE(QCoreApplication::translate("nadzor::ui::MainWindow", "&File"), file);
    QCOMPARE(QCoreApplication::translate("nadzor::ui::CamerasPanel", "%n camera(s)", nullptr, 2), cameras);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "OK"), ok);
    if (language != Language::English) {
        // Serbian's three plural forms: 1 kamera, 2-4 kamere, 5+ kamera (and 21 kamera, 22 kamere).
        const QString one = QCoreApplication::translate("nadzor::ui::CamerasPanel", "%n camera(s)", nullptr, 1);
        const QString five = QCoreApplication::translate("nadzor::ui::CamerasPanel", "%n camera(s)", nullptr, 5);
        const QString many = QCoreApplication::translate("nadzor::ui::CamerasPanel", "%n camera(s)", nullptr, 22);
        QCOMPARE(one, language == Language::SerbianLatin ? QStringLiteral("1 kamera") : QStringLiteral("1 камера"));
        QCOMPARE(five, language == Language::SerbianLatin ? QStringLiteral("5 kamera") : QStringLiteral("5 камера"));
        QCOMPARE(many, language == Language::SerbianLatin ? QStringLiteral("22 kamere") : QStringLiteral("22 камере"));
    } else {
        QCOMPARE(QCoreApplication::translate("nadzor::ui::CamerasPanel", "%n camera(s)", nullptr, 1), QStringLiteral("1 camera"));
    }
}

void TestLanguage::displayName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Osečina cyr") << QStringLiteral("Osečina") << Language::SerbianCyrillic << QStringLiteral("Осечина");
    QTest::newRow("Osečina lat") << QStringLiteral("Osečina") << Language::SerbianLatin << QStringLiteral("Osečina");
    QTest::newRow("Osečina en") << QStringLiteral("Osečina") << Language::English << QStringLiteral("Osečina");
    QTest::newRow("Ljubovija cyr") << QStringLiteral("Ljubovija") << Language::SerbianCyrillic << QStringLiteral("Љубовија");
    QTest::newRow("Đurđevo cyr") << QStringLiteral("Đurđevo") << Language::SerbianCyrillic << QStringLiteral("Ђурђево");
    QTest::newRow("Beograd-Novi Beograd cyr") << QStringLiteral("Novi Beograd") << Language::SerbianCyrillic << QStringLiteral("Нови Београд");
    QTest::newRow("Ћуприја lat") << QStringLiteral("Ћуприја") << Language::SerbianLatin << QStringLiteral("Ćuprija");
    QTest::newRow("Ћуприја en") << QStringLiteral("Ћуприја") << Language::English << QStringLiteral("Ћуприја");
    QTest::newRow("Аранђеловац cyr") << QStringLiteral("Аранђеловац") << Language::SerbianCyrillic << QStringLiteral("Аранђеловац");
}

void TestLanguage::displayName()
{
    QFETCH(QString, name);
    QFETCH(Language, language);
    QFETCH(QString, expected);
    QCOMPARE(i18n::displayName(name, language), expected);
    QVERIFY(i18n::install(language));
    QCOMPARE(i18n::displayName(name), expected);
}

void TestLanguage::messageToCyrillic_data()
{
    QTest::addColumn<QString>("latin");
    QTest::addColumn<QString>("cyrillic");
    QTest::newRow("accelerator") << QStringLiteral("&Datoteka") << QStringLiteral("&Датотека");
    QTest::newRow("placeholders") << QStringLiteral("Kamera %1 na lokaciji %L2 (%n)") << QStringLiteral("Камера %1 на локацији %L2 (%n)");
    QTest::newRow("tokens") << QStringLiteral("Uvozi GeoJSON, CSV i OSM iz OpenStreetMap")
                            << QStringLiteral("Увози GeoJSON, CSV и OSM из OpenStreetMap");
    QTest::newRow("html") << QStringLiteral("<p><b>Podaci</b>&nbsp;njive</p>") << QStringLiteral("<p><b>Подаци</b>&nbsp;њиве</p>");
    QTest::newRow("url") << QStringLiteral("Vidi https://example.org/nadzor i www.osm.org") << QStringLiteral("Види https://example.org/nadzor и www.osm.org");
    QTest::newRow("globs") << QStringLiteral("Slike (*.jpg *.webp);;Sve datoteke (*)") << QStringLiteral("Слике (*.jpg *.webp);;Све датотеке (*)");
    QTest::newRow("file") << QStringLiteral("Otvoren Untitled.nadzor") << QStringLiteral("Отворен Untitled.nadzor");
    QTest::newRow("option") << QStringLiteral("koristite --encoding CP1250") << QStringLiteral("користите --encoding CP1250");
    QTest::newRow("osm key") << QStringLiteral("nije man_made=surveillance ni camera:direction") << QStringLiteral("није man_made=surveillance ни camera:direction");
    QTest::newRow("shortcut") << QStringLiteral("Poništi (Ctrl+Z), Esc izlazi") << QStringLiteral("Поништи (Ctrl+Z), Esc излази");
    QTest::newRow("digraphs") << QStringLiteral("Džep, njiva, ljubav, injekcija") << QStringLiteral("Џеп, њива, љубав, инјекција");
}

void TestLanguage::messageToCyrillic()
{
    QFETCH(QString, latin);
    QFETCH(QString, cyrillic);
    QCOMPARE(i18n::latinMessageToCyrillic(latin), cyrillic);
    QCOMPARE(i18n::latinLeftovers(cyrillic), QStringList());
}

void TestLanguage::latinLeftovers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("clean") << QStringLiteral("Камере (PDF, GeoJSON) %1") << QStringList();
    QTest::newRow("latin word") << QStringLiteral("Камере Cameras") << QStringList{QStringLiteral("Cameras")};
    QTest::newRow("latin diacritics") << QStringLiteral("Осечина Osečina") << QStringList{QStringLiteral("Osečina")};
    QTest::newRow("mixed word") << QStringLiteral("Кamera") << QStringList{QStringLiteral("Кamera")};
}

void TestLanguage::latinLeftovers()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QCOMPARE(i18n::latinLeftovers(text), words);
}

QTEST_GUILESS_MAIN(TestLanguage)
#include "test_language.moc"
