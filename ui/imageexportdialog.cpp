#include "ui/imageexportdialog.h"

#include "maps/layerstack.h"
#include "maps/mapcanvas.h"
#include "report/mapimageexporter.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

#include <cmath>

namespace nadzor::ui {

namespace {

struct Preset {
    const char *name;
    QPageSize::PageSizeId paper;
    bool landscape;
};
// Index 0 is the map as shown; the last is "Custom".
const Preset kPresets[] = {
    {QT_TRANSLATE_NOOP("nadzor::ui::ImageExportDialog", "A4 landscape"), QPageSize::A4, true},
    {QT_TRANSLATE_NOOP("nadzor::ui::ImageExportDialog", "A4 portrait"), QPageSize::A4, false},
    {QT_TRANSLATE_NOOP("nadzor::ui::ImageExportDialog", "A3 landscape"), QPageSize::A3, true},
    {QT_TRANSLATE_NOOP("nadzor::ui::ImageExportDialog", "A3 portrait"), QPageSize::A3, false},
};
constexpr int kPresetCount = int(sizeof(kPresets) / sizeof(kPresets[0]));

} // namespace

ImageExportDialog::ImageExportDialog(MainWindow *window, QWidget *parent) : QDialog(parent), m_window(window)
{
    setObjectName(QStringLiteral("imageExportDialog"));
    setWindowTitle(tr("Export Map Image"));

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("imageTitle"));
    m_title->setPlaceholderText(tr("Title printed above the map (optional)"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("imageFormat"));
    m_format->addItem(tr("PNG image"), QStringLiteral("png"));
    m_format->addItem(tr("SVG drawing"), QStringLiteral("svg"));
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("imagePreset"));
    m_preset->addItem(tr("As shown on screen"));
    for (const Preset &p : kPresets)
        m_preset->addItem(tr(p.name));
    m_preset->addItem(tr("Custom"));
    m_width = new QSpinBox(this);
    m_width->setObjectName(QStringLiteral("imageWidth"));
    m_height = new QSpinBox(this);
    m_height->setObjectName(QStringLiteral("imageHeight"));
    for (QSpinBox *s : {m_width, m_height}) {
        s->setRange(16, report::MapImageExporter::MaxSide);
        s->setSuffix(tr(" px"));
    }
    m_dpi = new QDoubleSpinBox(this);
    m_dpi->setObjectName(QStringLiteral("imageDpi"));
    m_dpi->setRange(72, 600);
    m_dpi->setDecimals(0);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setValue(300);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("imagePath"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("imageSummary"));
    m_summary->setWordWrap(true);

    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Size:"), m_preset);
    form->addRow(QString(), sizeRow);
    form->addRow(tr("&Resolution:"), m_dpi);
    form->addRow(tr("&File:"), pathRow);
    form->addRow(QString(), m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ImageExportDialog::browse);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ImageExportDialog::presetChanged);
    connect(m_dpi, &QDoubleSpinBox::valueChanged, this, &ImageExportDialog::presetChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        const QString p = m_path->text();
        if (!p.isEmpty())
            m_path->setText(QFileInfo(p).dir().filePath(QFileInfo(p).completeBaseName() + QLatin1Char('.') + format()));
        updateSummary();
    });
    for (QSpinBox *s : {m_width, m_height})
        connect(s, &QSpinBox::valueChanged, this, [this] {
            if (!m_updating)
                m_preset->setCurrentIndex(m_preset->count() - 1);
            updateSummary();
        });

    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    m_path->setText(QDir(pictures.isEmpty() ? QDir::homePath() : pictures).filePath(QStringLiteral("nadzor-map.png")));
    m_preset->setCurrentIndex(1);  // A4 landscape at 300 dpi
    presetChanged();
}

void ImageExportDialog::setTitle(const QString &title) { m_title->setText(title); }
QString ImageExportDialog::title() const { return m_title->text().trimmed(); }
void ImageExportDialog::setPath(const QString &path) { m_path->setText(path); }
QString ImageExportDialog::path() const { return m_path->text().trimmed(); }

void ImageExportDialog::setFormat(const QString &format)
{
    const int i = m_format->findData(format.toLower());
    if (i >= 0)
        m_format->setCurrentIndex(i);
}

QString ImageExportDialog::format() const { return m_format->currentData().toString(); }

void ImageExportDialog::setPixelSize(QSize size)
{
    m_updating = true;
    m_preset->setCurrentIndex(m_preset->count() - 1);
    m_width->setValue(size.width());
    m_height->setValue(size.height());
    m_updating = false;
    updateSummary();
}

QSize ImageExportDialog::pixelSize() const { return QSize(m_width->value(), m_height->value()); }
void ImageExportDialog::setDpi(double dpi) { m_dpi->setValue(dpi); }
double ImageExportDialog::dpi() const { return m_dpi->value(); }

void ImageExportDialog::presetChanged()
{
    const int i = m_preset->currentIndex();
    QSize size;
    if (i == 0 && m_window) {
        // The map as shown, at the chosen DPI (96 dpi on screen).
        const QSize shown = m_window->canvas()->size();
        size = QSize(int(std::lround(shown.width() * dpi() / 96.0)), int(std::lround(shown.height() * dpi() / 96.0)));
    } else if (i >= 1 && i <= kPresetCount) {
        const Preset &p = kPresets[i - 1];
        size = report::MapImageExporter::paperPixels(p.paper, p.landscape, dpi());
    }
    if (size.isValid()) {
        m_updating = true;
        m_width->setValue(size.width());
        m_height->setValue(size.height());
        m_updating = false;
    }
    updateSummary();
}

void ImageExportDialog::updateSummary()
{
    const QSize s = pixelSize();
    const double inchesW = s.width() / dpi(), inchesH = s.height() / dpi();
    const bool tooLarge = s.width() > report::MapImageExporter::MaxSide || s.height() > report::MapImageExporter::MaxSide
        || qint64(s.width()) * s.height() > report::MapImageExporter::MaxPixelCount;
    m_summary->setText(tooLarge ? tr("Larger than the largest export (A3 at 300 dpi, 4961 × 3508 pixels).")
                                : tr("%1 × %2 pixels, %3 × %4 mm printed at %5 dpi.")
                                      .arg(s.width())
                                      .arg(s.height())
                                      .arg(std::lround(inchesW * 25.4))
                                      .arg(std::lround(inchesH * 25.4))
                                      .arg(dpi(), 0, 'f', 0));
}

void ImageExportDialog::browse()
{
    const QString filter = format() == QLatin1String("svg") ? tr("SVG drawing (*.svg)") : tr("PNG image (*.png)");
    QString chosen = QFileDialog::getSaveFileName(this, tr("Export Map Image"), path(), filter);
    if (chosen.isEmpty())
        return;
    if (QFileInfo(chosen).suffix().isEmpty())
        chosen += QLatin1Char('.') + format();
    setFormat(QFileInfo(chosen).suffix());
    m_path->setText(chosen);
}

domain::Status ImageExportDialog::exportMap(const maps::LayerStack &layers, const maps::Viewport &viewport,
                                            const QString &title, const QString &path, const QString &format,
                                            QSize pixels, double dpi)
{
    if (path.isEmpty())
        return domain::makeError(tr("Choose a file to write the image to."));
    // The exporter keeps its own stack of the canvas's layer objects.
    auto stack = std::make_shared<maps::LayerStack>();
    for (const auto &layer : layers.layers())
        stack->addLayer(layer);
    report::MapImageExporter exporter(stack, viewport);
    exporter.setTitle(title);
    return format == QLatin1String("svg") ? exporter.exportSvg(path, pixels, dpi) : exporter.exportPng(path, pixels, dpi);
}

domain::Status ImageExportDialog::exportImage()
{
    if (!m_window)
        return domain::makeError(tr("The map is gone."));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const domain::Status status = exportMap(*m_window->canvas()->layers(), m_window->canvas()->viewport(), title(),
                                            path(), format(), pixelSize(), dpi());
    QApplication::restoreOverrideCursor();
    return status;
}

void ImageExportDialog::accept()
{
    const domain::Status status = exportImage();
    if (!status) {
        QMessageBox::warning(this, tr("Cannot export the map image"), status.errorString());
        return;
    }
    QDialog::accept();
}

} // namespace nadzor::ui
