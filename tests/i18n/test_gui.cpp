// The interface in Serbian: switching the language in Edit ▸ Preferences (simulated clicks and
// keys) rebuilds the window in that language at once, place names and numbers follow; and a walk
// over every visible string of the main window and its dialogs in Cyrillic finds no Latin left.
#include "i18n/language.h"
#include "i18n/scriptconverter.h"
#include "i18n/translator.h"
#include "maps/mapcanvas.h"
#include "store/projectstore.h"
#include "ui/boundaryimportdialog.h"
#include "ui/cameratablemodel.h"
#include "ui/cameraform.h"
#include "ui/cameraspanel.h"
#include "ui/camerafilterform.h"
#include "ui/coordinatedialog.h"
#include "ui/densitypanel.h"
#include "ui/densitytablemodel.h"
#include "ui/editcontroller.h"
#include "ui/editor.h"
#include "ui/editpreferences.h"
#include "ui/imageexportdialog.h"
#include "ui/languageswitcher.h"
#include "ui/mergereviewdialog.h"
#include "ui/mergeworkflow.h"
#include "domain/osmvaluelabels.h"
#include "ui/mainwindow.h"
#include "ui/preferencesdialog.h"
#include "ui/reportdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QListWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace nadzor;

namespace {

QAction *preferencesAction(QWidget *window)
{
    for (QAction *a : window->findChildren<QAction *>())
        if (a->menuRole() == QAction::PreferencesRole)
            return a;
    return nullptr;
}

QString menuTitle(ui::MainWindow *window, int index)
{
    const QList<QAction *> actions = window->menuBar()->actions();
    return index < actions.size() ? actions.at(index)->text() : QString();
}

// Row of a municipality in the density table (by its name as shown), -1 when absent.
int rowOf(QAbstractItemModel *model, const QString &name)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data().toString() == name)
            return r;
    return -1;
}

// Every string a user sees on `root` and its children.
QStringList visibleStrings(QWidget *root)
{
    QStringList texts;
    const auto add = [&](const QString &where, const QString &text) {
        if (!text.trimmed().isEmpty())
            texts << where + QLatin1String("\t") + text;
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        add(QStringLiteral("toolTip"), w->toolTip());
        if (auto *l = qobject_cast<QLabel *>(w))
            add(QStringLiteral("QLabel"), l->text());
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(QStringLiteral("button"), b->text());
        if (auto *g = qobject_cast<QGroupBox *>(w))
            add(QStringLiteral("QGroupBox"), g->title());
        if (auto *d = qobject_cast<QDockWidget *>(w))
            add(QStringLiteral("QDockWidget"), d->windowTitle());
        if (auto *m = qobject_cast<QMenu *>(w))
            add(QStringLiteral("QMenu"), m->title());
        if (auto *t = qobject_cast<QTabWidget *>(w))
            for (int i = 0; i < t->count(); ++i)
                add(QStringLiteral("tab"), t->tabText(i));
        if (auto *t = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < t->count(); ++i)
                add(QStringLiteral("tab"), t->tabText(i));
        if (auto *e = qobject_cast<QLineEdit *>(w))
            add(QStringLiteral("placeholder"), e->placeholderText());
        if (auto *c = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < c->count(); ++i)
                add(QStringLiteral("QComboBox"), c->itemText(i));
            if (c->isEditable())
                add(QStringLiteral("QComboBox text"), c->currentText());
        }
        if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model()) {
            QAbstractItemModel *model = v->model();
            for (int c = 0; c < model->columnCount(); ++c) {
                add(QStringLiteral("header"), model->headerData(c, Qt::Horizontal).toString());
                add(QStringLiteral("header tip"), model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
            }
            // The cells of the first rows (the Cameras table shows OSM values by their labels).
            for (int r = 0; r < qMin(model->rowCount(), 20); ++r)
                for (int c = 0; c < model->columnCount(); ++c)
                    add(QStringLiteral("cell"), model->index(r, c).data().toString());
        }
    }
    for (QAction *a : root->findChildren<QAction *>()) {
        add(QStringLiteral("QAction"), a->text());
        add(QStringLiteral("QAction tip"), a->toolTip());
        add(QStringLiteral("QAction status"), a->statusTip());
        if (QMenu *m = a->menu())
            add(QStringLiteral("QMenu"), m->title());
    }
    if (root->isWindow())
        add(QStringLiteral("window title"), root->windowTitle());
    return texts;
}

// The strings that still hold Latin letters outside the technical tokens, file names and
// placeholders; the project file's name and the author's own data are not the interface's.
QStringList latinStrings(const QStringList &texts, const QStringList &allowed = {})
{
    QStringList bad;
    for (const QString &entry : texts) {
        const QString text = entry.section(QLatin1Char('\t'), 1);
        QStringList words = i18n::latinLeftovers(text);
        for (const QString &a : allowed)
            words.removeAll(a);
        if (!words.isEmpty())
            bad << QStringLiteral("  %1: \"%2\" (%3)").arg(entry.section(QLatin1Char('\t'), 0, 0), text,
                                                          words.join(QStringLiteral(", ")));
    }
    bad.removeDuplicates();
    return bad;
}

} // namespace

class TestGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void osmValueLabels_data();
    void osmValueLabels();
    void switchLanguageInPreferences();
    void everyVisibleStringIsCyrillic();
    void mergeReviewInCyrillic();

private:
    // Opens Edit ▸ Preferences, picks the language by keyboard, clicks OK; waits for the new window.
    ui::MainWindow *chooseLanguage(ui::LanguageSwitcher &switcher, const QString &code);
    // Saves a picture of the widget when NADZOR_SCREENSHOT_DIR is set.
    static void screenshot(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
};

void TestGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("NadzorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_i18n_gui"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    QVERIFY(i18n::install(i18n::Language::English));
}

void TestGui::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("NADZOR_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

void TestGui::osmValueLabels_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QStringList>("typed");  // each gives back `value`
    const QString type = domain::OsmValueLabels::cameraType();
    const QString mount = domain::OsmValueLabels::cameraMount();
    const QString zone = domain::OsmValueLabels::surveillanceZone();
    QTest::newRow("en dome") << "en" << type << "dome" << "Dome" << QStringList{"Dome", "dome", "DOME", " dome "};
    QTest::newRow("sr_Latn dome") << "sr_Latn" << type << "dome" << "Kupola"
                                  << QStringList{"Kupola", "kupola", "Купола", "dome", "Dome"};
    QTest::newRow("sr_Cyrl dome") << "sr_Cyrl" << type << "dome" << "Купола"
                                  << QStringList{"Купола", "купола", "Kupola", "kupola", "dome", "Dome"};
    QTest::newRow("sr_Cyrl street lamp") << "sr_Cyrl" << mount << "street_lamp" << "Стуб јавне расвете"
                                         << QStringList{"street_lamp", "Stub javne rasvete", "стуб јавне расвете"};
    // One English word, two keys: the label follows the key.
    QTest::newRow("sr_Latn zone building") << "sr_Latn" << zone << "building" << "Zgrada" << QStringList{"Zgrada", "building"};
    QTest::newRow("sr_Latn mount building") << "sr_Latn" << mount << "building" << "Fasada zgrade"
                                            << QStringList{"Fasada zgrade", "fasada zgrade", "building"};
    QTest::newRow("sr_Cyrl ALPR") << "sr_Cyrl" << domain::OsmValueLabels::surveillanceType() << "ALPR" << "Читач таблица"
                                  << QStringList{"ALPR", "alpr", "Čitač tablica", "citac tablica", "Licence plate reader"};
    // A value the table does not know is shown and kept as it is.
    QTest::newRow("sr_Cyrl unknown") << "sr_Cyrl" << mount << "tree" << "tree" << QStringList{"tree"};
}

void TestGui::osmValueLabels()
{
    QFETCH(QString, language);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, label);
    QFETCH(QStringList, typed);
    QVERIFY(i18n::install(*i18n::fromCode(language)));
    QCOMPARE(domain::OsmValueLabels::label(key, value), label);
    for (const QString &t : typed)
        QCOMPARE(domain::OsmValueLabels::valueOf(key, t), value);
    QVERIFY(domain::OsmValueLabels::values(key).contains(value) || value == QLatin1String("tree"));
    // Every known value has a label of its own.
    QStringList labels;
    for (const QString &v : domain::OsmValueLabels::values(key))
        labels << domain::OsmValueLabels::label(key, v);
    QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), labels.size());
    QVERIFY(i18n::install(i18n::Language::English));
}

void TestGui::cleanupTestCase()
{
    i18n::install(i18n::Language::English);
    QSettings().clear();
}

ui::MainWindow *TestGui::chooseLanguage(ui::LanguageSwitcher &switcher, const QString &code)
{
    ui::MainWindow *before = switcher.window();
    QAction *preferences = preferencesAction(before);
    if (!preferences)
        return nullptr;
    bool handled = false;
    QTimer::singleShot(50, this, [&] {
        auto *dialog = qobject_cast<ui::PreferencesDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QComboBox *box = dialog->languageBox();
        box->setFocus();
        // Home, then Down until the language: as a user would with the keyboard.
        QTest::keyClick(box, Qt::Key_Home);
        for (int i = 0; i < box->count() && box->currentData().toString() != code; ++i)
            QTest::keyClick(box, Qt::Key_Down);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        handled = true;
    });
    preferences->trigger();
    if (!handled)
        return nullptr;
    if (!QTest::qWaitFor([&] { return switcher.window() != before && switcher.window(); }, 20000))
        return nullptr;
    ui::MainWindow *window = switcher.window();
    window->waitForIdle();
    QTest::qWait(20);
    return window;
}

void TestGui::switchLanguageInPreferences()
{
    ui::LanguageSwitcher switcher;
    auto *window = new ui::MainWindow;
    switcher.setWindow(window);
    QVERIFY(window->openProject(m_dir.filePath(QStringLiteral("switch.nadzor")), true));
    window->resize(1200, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->waitForIdle();
    QCOMPARE(menuTitle(window, 0), QStringLiteral("&File"));
    QAbstractItemModel *table = window->densityPanel()->view()->model();
    QVERIFY(rowOf(table, QStringLiteral("Osečina")) >= 0);
    const QString path = window->projectPath();

    // Српски (ћирилица)
    window = chooseLanguage(switcher, QStringLiteral("sr_Cyrl"));
    QVERIFY2(window, "the window was not rebuilt after choosing Cyrillic");
    QCOMPARE(i18n::currentLanguage(), i18n::Language::SerbianCyrillic);
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("sr_Cyrl"));
    QCOMPARE(window->projectPath(), path);
    QCOMPARE(menuTitle(window, 0), QStringLiteral("&Датотека"));
    QCOMPARE(menuTitle(window, 1), QStringLiteral("&Уреди"));
    table = window->densityPanel()->view()->model();
    QCOMPARE(table->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Општина"));
    const int row = rowOf(table, QStringLiteral("Осечина"));
    QVERIFY2(row >= 0, "Osečina is not shown as Осечина");
    // Belgrade's area and population: a decimal comma and a dot between thousands.
    bool decimalComma = false;
    for (int r = 0; r < table->rowCount() && !decimalComma; ++r) {
        const QString area = table->index(r, ui::DensityTableModel::Area).data().toString();
        decimalComma = area.contains(QLatin1Char(',')) && !area.contains(QLatin1Char('.'));
    }
    QVERIFY2(decimalComma, "no area with a decimal comma in Cyrillic");
    // Populations of more than 999 people: a dot between thousands.
    bool grouped = false;
    for (int r = 0; r < table->rowCount() && !grouped; ++r)
        grouped = table->index(r, ui::DensityTableModel::Population).data().toString().contains(QRegularExpression(QStringLiteral(R"(^\d{1,3}(\.\d{3})+$)")));
    QVERIFY2(grouped, "no population grouped with dots in Cyrillic");

    // Srpski (latinica)
    window = chooseLanguage(switcher, QStringLiteral("sr_Latn"));
    QVERIFY2(window, "the window was not rebuilt after choosing Latin");
    QCOMPARE(menuTitle(window, 0), QStringLiteral("&Datoteka"));
    table = window->densityPanel()->view()->model();
    QCOMPARE(table->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Opština"));
    QVERIFY(rowOf(table, QStringLiteral("Osečina")) >= 0);

    // English again
    window = chooseLanguage(switcher, QStringLiteral("en"));
    QVERIFY2(window, "the window was not rebuilt after choosing English");
    QCOMPARE(menuTitle(window, 0), QStringLiteral("&File"));
    table = window->densityPanel()->view()->model();
    QCOMPARE(table->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Municipality"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
}

void TestGui::everyVisibleStringIsCyrillic()
{
    QVERIFY(i18n::install(i18n::Language::SerbianCyrillic));
    ui::MainWindow window;
    QVERIFY(window.openProject(m_dir.filePath(QStringLiteral("walk.nadzor")), true));
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.waitForIdle();
    // Not the interface's words: the project's file name and the author's name (the user's own),
    // and each language's name in its own script (so it can be found whatever is shown). The
    // OSM tag values of the camera form, the Cameras table and the filter are shown by their
    // labels (OsmValueLabels), so none of them is allowed here.
    QStringList allowed = {QStringLiteral("walk"), QStringLiteral("English"), QStringLiteral("Srpski"),
                           QStringLiteral("latinica")};
    allowed += ui::EditPreferences{}.effectiveAuthor().split(QRegularExpression(QStringLiteral(R"([^\w]+)")), Qt::SkipEmptyParts);
    QStringList project = allowed;

    // Cameras with OSM values of every labelled key, as a mapper would tag them; one selected,
    // so the Details dock shows the camera form with its values.
    domain::Camera alpr;
    alpr.surveillance = QStringLiteral("public");
    alpr.surveillanceType = QStringLiteral("ALPR");
    alpr.surveillanceZone = QStringLiteral("traffic");
    alpr.cameraType = QStringLiteral("dome");
    alpr.cameraMount = QStringLiteral("pole");
    domain::Camera camera;
    camera.surveillance = QStringLiteral("outdoor");
    camera.surveillanceType = QStringLiteral("camera");
    camera.surveillanceZone = QStringLiteral("building");
    camera.cameraType = QStringLiteral("fixed");
    camera.cameraMount = QStringLiteral("wall");
    ui::EditController *edits = window.editor()->controller();
    const auto pinned = edits->pinCamera(domain::GeoPoint{20.4573, 44.8125}, alpr);
    QVERIFY(pinned.ok());
    QVERIFY(edits->pinCamera(domain::GeoPoint{20.4612, 44.8130}, camera).ok());
    window.waitForIdle();
    window.selectCamera(pinned.value(), false);
    window.waitForIdle();
    QTest::qWait(20);
    QCOMPARE(window.camerasPanel()->view()->model()->rowCount(), 2);
    auto *form = window.findChild<ui::CameraForm *>();
    QVERIFY(form);
    // The camera's uuid (shown in the Details dock) is an identifier, not a word.
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(window.camerasPanel()->view()->model());
    auto *cameraModel = proxy ? qobject_cast<ui::CameraTableModel *>(proxy->sourceModel()) : nullptr;
    QVERIFY(cameraModel);
    for (const domain::Site &site : cameraModel->sites())
        for (const domain::Camera &c : site.cameras)
            project << c.uuid << site.uuid;
    QCOMPARE(form->cameraId(), pinned.value());
    // Shown by label, kept as the OSM value.
    QCOMPARE(form->typeCombo()->currentText(), QStringLiteral("Читач таблица"));
    QCOMPARE(form->editedCamera().surveillanceType, QStringLiteral("ALPR"));
    QCOMPARE(form->editedCamera().cameraType, QStringLiteral("dome"));
    QComboBox *typeFilter = window.camerasPanel()->filterForm()->typeBox();
    QVERIFY(typeFilter->findData(QStringLiteral("ALPR")) > 0);
    QCOMPARE(typeFilter->itemText(typeFilter->findData(QStringLiteral("ALPR"))), QStringLiteral("Читач таблица"));
    QAbstractItemModel *cameras = window.camerasPanel()->view()->model();
    QStringList types;
    for (int r = 0; r < cameras->rowCount(); ++r)
        types << cameras->index(r, ui::CameraTableModel::Type).data().toString() + QLatin1Char('/')
                     + cameras->index(r, ui::CameraTableModel::Type).data(Qt::EditRole).toString();
    types.sort();
    QCOMPARE(types, (QStringList{QStringLiteral("Камера/camera"), QStringLiteral("Читач таблица/ALPR")}));
    auto *details = window.findChild<QDockWidget *>(QStringLiteral("detailsDock"));
    if (details) {
        details->show();
        details->raise();
    }
    screenshot(details ? static_cast<QWidget *>(details) : form, QStringLiteral("i18n-camera-form-cyrillic.png"));

    QStringList bad;
    const auto walk = [&](const QString &name, QWidget *w) {
        const QStringList found = latinStrings(visibleStrings(w), project);
        for (const QString &b : found)
            bad << name + QLatin1String(":") + b;
    };
    walk(QStringLiteral("main window"), &window);
    {
        ui::PreferencesDialog dialog(ui::EditPreferences{}, &window);
        walk(QStringLiteral("Preferences"), &dialog);
    }
    {
        ui::ReportDialog dialog(&window);
        walk(QStringLiteral("Report"), &dialog);
    }
    {
        ui::ImageExportDialog dialog(&window);
        walk(QStringLiteral("Image export"), &dialog);
    }
    {
        ui::BoundaryImportDialog dialog(&window);
        walk(QStringLiteral("Boundary import"), &dialog);
    }
    {
        ui::CoordinateDialog dialog(&window);
        walk(QStringLiteral("Coordinates"), &dialog);
    }
    // Type-ahead: the label in either script or the raw OSM value gives the OSM value.
    QLineEdit *typeEdit = form->typeCombo()->lineEdit();
    for (const QString &typed : {QStringLiteral("камера"), QStringLiteral("Kamera"), QStringLiteral("camera")}) {
        typeEdit->selectAll();
        typeEdit->insert(typed);  // as an input method types it (QTest::keyClicks takes Latin-1 only)
        QCOMPARE(form->editedCamera().surveillanceType, QStringLiteral("camera"));
    }
    i18n::install(i18n::Language::English);
    for (const QString &b : std::as_const(bad))
        qWarning().noquote() << "Latin:" << b;
    QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1 visible string(s) still in Latin with Cyrillic installed (listed above)")
                                           .arg(bad.size())));
}

void TestGui::mergeReviewInCyrillic()
{
    // Two projects with look-alike sites: a Dahua dome and Ana's dome 4 m east, with a model.
    const QString base = m_dir.filePath(QStringLiteral("merge-base.nadzor"));
    const QString other = m_dir.filePath(QStringLiteral("merge-ana.nadzor"));
    const auto site = [](double lon, const QString &model) {
        domain::Site s;
        s.position = domain::GeoPoint{lon, 44.8125};
        domain::Camera c;
        c.surveillance = QStringLiteral("public");
        c.surveillanceType = QStringLiteral("camera");
        c.cameraType = QStringLiteral("dome");
        c.cameraMount = model.isEmpty() ? QStringLiteral("wall") : QStringLiteral("pole");
        c.surveillanceZone = QStringLiteral("street");
        c.manufacturer = QStringLiteral("Dahua");
        c.model = model;
        c.height = 4.5;
        s.cameras = {c};
        return s;
    };
    {
        auto created = store::ProjectStore::create(base);
        QVERIFY(created.ok());
        domain::Site s = site(20.4573, QString());
        QVERIFY(created.value()->addSite(s).ok());
    }
    {
        auto created = store::ProjectStore::create(other);
        QVERIFY(created.ok());
        created.value()->setAuthor(QStringLiteral("Ana"));
        domain::Site s = site(20.45735, QStringLiteral("IPC-HDW2431"));
        QVERIFY(created.value()->addSite(s).ok());
    }
    QVERIFY(i18n::install(i18n::Language::SerbianCyrillic));
    ui::MainWindow window;
    QVERIFY(window.openProject(base, false));
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.waitForIdle();
    ui::MergeWorkflow *merge = window.editor()->merge();
    QVERIFY(merge->start(other));
    merge->waitForReview();
    QTRY_VERIFY(merge->dialog() && merge->dialog()->isVisible());
    ui::MergeReviewDialog *dialog = merge->dialog();
    QCOMPARE(dialog->pairList()->count(), 1);
    // The comparison shows OSM values by their labels; the user's data (the model, the
    // contributor, the file name) is not the interface's.
    const QStringList allowed = {QStringLiteral("Ana"), QStringLiteral("merge"), QStringLiteral("ana"),
                                 QStringLiteral("Dahua"), QStringLiteral("IPC-HDW2431")};
    QStringList texts = visibleStrings(dialog);
    QTableWidget *table = dialog->comparison();
    for (int r = 0; r < table->rowCount(); ++r)
        for (int c = 0; c < table->columnCount(); ++c)
            if (table->item(r, c))
                texts << QStringLiteral("comparison\t") + table->item(r, c)->text();
    for (int r = 0; r < dialog->pairList()->count(); ++r)
        texts << QStringLiteral("pair\t") + dialog->pairList()->item(r)->text();
    const QStringList bad = latinStrings(texts, allowed);
    // The planner's reasons name the fields for people, show OSM values by their labels and
    // numbers with a decimal comma.
    const QString reasons = texts.join(QLatin1Char('\n'));
    QVERIFY2(reasons.contains(QStringLiteral("исти тип камере (Купола)")), qPrintable(reasons));
    QVERIFY2(reasons.contains(QStringLiteral("различита монтажа (Стуб / Зид)")), qPrintable(reasons));
    QVERIFY2(reasons.contains(QStringLiteral("размак 3,9 м")), qPrintable(reasons));
    bool domeShown = false;
    for (int r = 0; r < table->rowCount(); ++r)
        domeShown = domeShown || (table->item(r, 1) && table->item(r, 1)->text() == QStringLiteral("Купола"));
    dialog->resize(dialog->sizeHint().expandedTo(QSize(900, 600)));
    screenshot(dialog, QStringLiteral("i18n-merge-review-cyrillic.png"));
    dialog->reject();
    i18n::install(i18n::Language::English);
    for (const QString &b : bad)
        qWarning().noquote() << "Latin:" << b;
    QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1 string(s) of the merge review still in Latin").arg(bad.size())));
    QVERIFY2(domeShown, "the comparison does not show camera:type=dome as Купола");
}

QTEST_MAIN(TestGui)
#include "test_gui.moc"
