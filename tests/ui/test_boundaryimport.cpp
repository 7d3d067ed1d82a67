// File ▸ Import Boundaries…: the dialog lists a file's fields, imports with the chosen name and
// population fields, and the main window then shows and counts on the new layer.
#include "ui/boundaryimportdialog.h"
#include "ui/densitypanel.h"
#include "ui/densitytablemodel.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace nadzor;

class TestBoundaryImport : public QObject {
    Q_OBJECT
private slots:
    void importsChosenFields();
    void missingFileIsAnError();

private:
    QTemporaryDir m_dir;
};

void TestBoundaryImport::importsChosenFields()
{
    // Two 0.1° squares near Osečina with a hole in the first; populations 1000 and 2000.
    const QString path = m_dir.filePath(QStringLiteral("towns.geojson"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"NAZIV":"Alfa","POP":1000,"SIFRA":"1"},"geometry":{"type":"Polygon","coordinates":[[[19.5,44.3],[19.6,44.3],[19.6,44.4],[19.5,44.4],[19.5,44.3]],[[19.52,44.32],[19.54,44.32],[19.54,44.34],[19.52,44.34],[19.52,44.32]]]}},
{"type":"Feature","properties":{"NAZIV":"Beta","POP":2000,"SIFRA":"2"},"geometry":{"type":"Polygon","coordinates":[[[19.6,44.3],[19.7,44.3],[19.7,44.4],[19.6,44.4],[19.6,44.3]]]}}]})");
    file.close();

    ui::BoundaryImportDialog dialog;
    QVERIFY(dialog.setFile(path));
    dialog.setNameField(QStringLiteral("NAZIV"));
    dialog.setPopulationField(QStringLiteral("POP"));
    dialog.setCodeField(QStringLiteral("SIFRA"));
    QVERIFY2(dialog.importLayer(), qPrintable(dialog.errorString()));
    domain::BoundaryLayer layer = dialog.layer();
    QCOMPARE(layer.boundaries.size(), 2);
    QCOMPARE(layer.boundaries.at(0).name, QStringLiteral("Alfa"));
    QCOMPARE(layer.boundaries.at(1).population.value_or(0), qint64(2000));
    QCOMPARE(layer.boundaries.at(0).geometry.first().rings.size(), 2);  // the hole is kept

    ui::MainWindow w;
    QVERIFY(w.openProject(m_dir.filePath(QStringLiteral("p.nadzor")), true));
    QCOMPARE(w.boundaryLayer().boundaries.size(), 145);
    QVERIFY(w.saveBoundaryLayer(layer));
    QCOMPARE(w.boundaryLayer().boundaries.size(), 2);
    w.waitForIdle();
    QCOMPARE(w.densityPanel()->model()->rowCount(), 2);
}

void TestBoundaryImport::missingFileIsAnError()
{
    ui::BoundaryImportDialog dialog;
    QVERIFY(!dialog.setFile(m_dir.filePath(QStringLiteral("nothing.geojson"))));
    QVERIFY(!dialog.importLayer());
    QVERIFY(!dialog.errorString().isEmpty());
}

QTEST_MAIN(TestBoundaryImport)
#include "test_boundaryimport.moc"
