#include "ui/boundaryimportdialog.h"

#include "boundaries/boundaryimporter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace nadzor::ui {

namespace {

// Picks the first field whose lower-case name contains one of the hints.
int guessField(const QComboBox *box, const QStringList &hints)
{
    for (const QString &hint : hints) {
        for (int i = 0; i < box->count(); ++i) {
            if (box->itemData(i).toString().toLower().contains(hint))
                return i;
        }
    }
    return -1;
}

} // namespace

BoundaryImportDialog::BoundaryImportDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Import Boundaries"));
    setObjectName(QStringLiteral("boundaryImportDialog"));
    m_file = new QLineEdit(this);
    m_file->setReadOnly(true);
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_layers = new QComboBox(this);
    m_name = new QComboBox(this);
    m_code = new QComboBox(this);
    m_population = new QComboBox(this);
    m_layerName = new QLineEdit(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto *form = new QFormLayout(this);
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Layer:"), m_layers);
    form->addRow(tr("Name field:"), m_name);
    form->addRow(tr("Code field:"), m_code);
    form->addRow(tr("Population field:"), m_population);
    form->addRow(tr("Layer name:"), m_layerName);
    form->addRow(m_message);
    form->addRow(m_buttons);

    connect(browse, &QPushButton::clicked, this, &BoundaryImportDialog::browse);
    connect(m_layers, &QComboBox::currentIndexChanged, this, &BoundaryImportDialog::loadFields);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BoundaryImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BoundaryImportDialog::reject);
}

void BoundaryImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Boundaries"), QFileInfo(m_file->text()).path(),
        tr("Vector files (*.geojson *.json *.shp *.gpkg *.kml *.kmz *.fgb *.topojson *.gml *.zip);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

bool BoundaryImportDialog::setFile(const QString &path)
{
    m_file->setText(path);
    m_layerName->setText(QFileInfo(path).completeBaseName());
    const QSignalBlocker blocker(m_layers);
    m_layers->clear();
    const auto layers = boundaries::BoundaryImporter::listLayers(path);
    if (!layers) {
        m_message->setText(layers.errorString());
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return false;
    }
    m_layers->addItems(layers.value());
    loadFields();
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void BoundaryImportDialog::loadFields()
{
    for (QComboBox *box : {m_name, m_code, m_population})
        box->clear();
    m_code->addItem(tr("(none)"), QString());
    m_population->addItem(tr("(none)"), QString());
    const auto fields =
        boundaries::BoundaryImporter::listFields(m_file->text(), m_layers->currentText());
    if (!fields) {
        m_message->setText(fields.errorString());
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    for (const boundaries::FieldInfo &f : fields.value()) {
        const QString label = f.samples.isEmpty()
            ? QStringLiteral("%1 (%2)").arg(f.name, f.type)
            : QStringLiteral("%1 (%2): %3").arg(f.name, f.type, f.samples.mid(0, 3).join(QStringLiteral(", ")));
        for (QComboBox *box : {m_name, m_code, m_population})
            box->addItem(label, f.name);
    }
    if (const int i = guessField(m_name, {QStringLiteral("name"), QStringLiteral("naziv"), QStringLiteral("ime")}); i >= 0)
        m_name->setCurrentIndex(i);
    if (const int i = guessField(m_code, {QStringLiteral("code"), QStringLiteral("sifra"), QStringLiteral("id")}); i > 0)
        m_code->setCurrentIndex(i);
    if (const int i = guessField(m_population, {QStringLiteral("pop"), QStringLiteral("stanov")}); i > 0)
        m_population->setCurrentIndex(i);
    m_message->setText(tr("%n field(s). Any coordinate system is reprojected to WGS84; invalid "
                          "geometries are repaired and reported.", nullptr, int(fields.value().size())));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_name->count() > 0);
}

void BoundaryImportDialog::setNameField(const QString &field)
{
    m_name->setCurrentIndex(m_name->findData(field));
}

void BoundaryImportDialog::setCodeField(const QString &field)
{
    m_code->setCurrentIndex(m_code->findData(field));
}

void BoundaryImportDialog::setPopulationField(const QString &field)
{
    m_population->setCurrentIndex(m_population->findData(field));
}

bool BoundaryImportDialog::importLayer()
{
    boundaries::BoundaryImportOptions options;
    options.layer = m_layers->currentText();
    options.nameField = m_name->currentData().toString();
    options.codeField = m_code->currentData().toString();
    options.populationField = m_population->currentData().toString();
    options.layerName = m_layerName->text().trimmed();
    auto result = boundaries::BoundaryImporter::importFile(m_file->text(), options);
    if (!result) {
        m_error = result.errorString();
        m_message->setText(m_error);
        return false;
    }
    m_layer = result.value().layer;
    m_report = result.value().repairs + result.value().warnings;
    m_error.clear();
    return true;
}

void BoundaryImportDialog::accept()
{
    if (importLayer())
        QDialog::accept();
}

} // namespace nadzor::ui
