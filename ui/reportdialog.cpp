#include "ui/reportdialog.h"

#include "analysis/aggregator.h"
#include "i18n/placenames.h"
#include "boundaries/geodesicarea.h"
#include "report/factsheet.h"
#include "report/metric.h"
#include "store/projectstore.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace nadzor::ui {

namespace {

struct Photo {
    QByteArray bytes;
    QString name;
};

// Everything the worker needs, copied on the GUI thread: the worker touches neither the store
// nor the window.
struct Job {
    ReportDialog::Kind kind = ReportDialog::Kind::DensityReport;
    domain::BoundaryLayer layer;
    QList<domain::Site> sites;
    domain::CameraFilter filter;
    int boundaryIndex = -1;
    QString title, path, dataSource;
    report::Metric metric = report::Metric::CamerasPerKm2;
    report::MapKind mapKind = report::MapKind::Choropleth;
    report::ReportFormat format = report::ReportFormat::Pdf;
    QList<Photo> photos;
};

domain::Status runJob(const Job &job)
{
    analysis::Aggregator aggregator(job.layer, [](const domain::MultiPolygon &g) -> std::optional<double> {
        return boundaries::geodesicAreaKm2(g);
    });
    aggregator.setFilter(job.filter);
    const analysis::Aggregation aggregation = aggregator.aggregate(job.sites);
    if (job.kind == ReportDialog::Kind::FactSheet) {
        report::FactSheet sheet(job.layer, job.sites, aggregation, job.filter, job.boundaryIndex);
        sheet.setTitle(job.title);
        sheet.setDataSource(job.dataSource);
        for (const Photo &p : job.photos)
            if (sheet.photos().size() < report::FactSheet::MaxPhotos)
                sheet.addPhoto(p.bytes, p.name);  // a photo that does not decode is left out
        return sheet.write(job.path, job.format);
    }
    report::DensityReport densityReport(job.layer, job.sites, aggregation, job.filter);
    densityReport.setTitle(job.title);
    densityReport.setMetric(job.metric);
    densityReport.setMapKind(job.mapKind);
    densityReport.setDataSource(job.dataSource);
    return densityReport.write(job.path, job.format);
}

} // namespace

ReportDialog::ReportDialog(MainWindow *window, QWidget *parent) : QDialog(parent), m_window(window)
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Report"));

    m_densityKind = new QRadioButton(tr("&Density report: every municipality"), this);
    m_densityKind->setObjectName(QStringLiteral("densityKind"));
    m_factKind = new QRadioButton(tr("Town &fact sheet:"), this);
    m_factKind->setObjectName(QStringLiteral("factSheetKind"));
    m_densityKind->setChecked(true);
    m_municipality = new QComboBox(this);
    m_municipality->setObjectName(QStringLiteral("municipality"));
    if (m_window) {
        const domain::BoundaryLayer &layer = m_window->boundaryLayer();
        QList<QPair<QString, int>> names;
        for (int i = 0; i < layer.boundaries.size(); ++i)
            names.append({i18n::displayName(layer.boundaries[i].name), i});  // in the interface's script
        std::sort(names.begin(), names.end(), [](const auto &a, const auto &b) {
            return QString::localeAwareCompare(a.first, b.first) < 0;
        });
        for (const auto &[name, index] : names)
            m_municipality->addItem(name, index);
    }
    m_municipality->setEditable(false);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("reportTitle"));
    m_title->setPlaceholderText(tr("Default: \"Surveillance cameras in …\""));
    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("reportMetric"));
    for (report::Metric m : {report::Metric::CamerasPerKm2, report::Metric::CamerasPer1000, report::Metric::InhabitantsPerCamera,
                             report::Metric::Cameras, report::Metric::Sites})
        m_metric->addItem(report::Metrics::label(m), int(m));
    m_map = new QComboBox(this);
    m_map->setObjectName(QStringLiteral("reportMap"));
    m_map->addItem(tr("Choropleth of the metric"), int(report::MapKind::Choropleth));
    m_map->addItem(tr("Heatmap of the cameras"), int(report::MapKind::Heatmap));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_format->addItem(tr("PDF document"), int(report::ReportFormat::Pdf));
    m_format->addItem(tr("HTML page"), int(report::ReportFormat::Html));
    m_format->addItem(tr("CSV table"), int(report::ReportFormat::Csv));
    m_format->addItem(tr("GeoJSON (table with geometry)"), int(report::ReportFormat::GeoJson));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("reportPath"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    m_filter = new QLabel(this);
    m_filter->setObjectName(QStringLiteral("reportFilter"));
    m_filter->setWordWrap(true);
    m_filter->setText(m_window ? m_window->cameraFilter().describe() : QString());
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setWordWrap(true);

    auto *factRow = new QHBoxLayout;
    factRow->addWidget(m_factKind);
    factRow->addWidget(m_municipality, 1);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(m_densityKind);
    form->addRow(factRow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Metric:"), m_metric);
    form->addRow(tr("M&ap:"), m_map);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&File:"), pathRow);
    form->addRow(tr("Cameras:"), m_filter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_write = buttons->addButton(tr("&Write Report"), QDialogButtonBox::AcceptRole);
    m_write->setObjectName(QStringLiteral("writeButton"));
    m_write->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ReportDialog::browse);
    connect(m_densityKind, &QRadioButton::toggled, this, &ReportDialog::kindChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportDialog::formatChanged);
    connect(&m_watcher, &QFutureWatcher<domain::Status>::finished, this, &ReportDialog::jobFinished);

    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(documents.isEmpty() ? QDir::homePath() : documents).filePath(QStringLiteral("nadzor-report.pdf")));
    kindChanged();
}

ReportDialog::~ReportDialog()
{
    waitForFinished();
}

void ReportDialog::setKind(Kind kind)
{
    (kind == Kind::FactSheet ? m_factKind : m_densityKind)->setChecked(true);
}

ReportDialog::Kind ReportDialog::kind() const
{
    return m_factKind->isChecked() ? Kind::FactSheet : Kind::DensityReport;
}

bool ReportDialog::setMunicipality(const QString &name)
{
    const QString wanted = domain::CameraFilter::fold(name.trimmed());
    for (int i = 0; i < m_municipality->count(); ++i) {
        if (domain::CameraFilter::fold(m_municipality->itemText(i)) == wanted) {
            m_municipality->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

int ReportDialog::municipalityIndex() const
{
    return m_municipality->currentIndex() >= 0 ? m_municipality->currentData().toInt() : -1;
}

void ReportDialog::setTitle(const QString &title) { m_title->setText(title); }
QString ReportDialog::title() const { return m_title->text().trimmed(); }

void ReportDialog::setMetric(report::Metric metric)
{
    const int i = m_metric->findData(int(metric));
    if (i >= 0)
        m_metric->setCurrentIndex(i);
}

report::Metric ReportDialog::metric() const { return report::Metric(m_metric->currentData().toInt()); }

void ReportDialog::setMapKind(report::MapKind kind)
{
    m_map->setCurrentIndex(m_map->findData(int(kind)));
}

report::MapKind ReportDialog::mapKind() const { return report::MapKind(m_map->currentData().toInt()); }

void ReportDialog::setFormat(report::ReportFormat format)
{
    const int i = m_format->findData(int(format));
    if (i >= 0)
        m_format->setCurrentIndex(i);
}

report::ReportFormat ReportDialog::format() const { return report::ReportFormat(m_format->currentData().toInt()); }
void ReportDialog::setPath(const QString &path) { m_path->setText(path); }
QString ReportDialog::path() const { return m_path->text().trimmed(); }

void ReportDialog::kindChanged()
{
    const bool fact = kind() == Kind::FactSheet;
    m_municipality->setEnabled(fact);
    m_metric->setEnabled(!fact);
    m_map->setEnabled(!fact);
}

void ReportDialog::formatChanged()
{
    const QString p = path();
    if (p.isEmpty())
        return;
    const QString suffix = report::DensityReport::formatName(format());
    const QFileInfo info(p);
    m_path->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + suffix));
}

void ReportDialog::browse()
{
    const QString suffix = report::DensityReport::formatName(format());
    QString chosen = QFileDialog::getSaveFileName(this, tr("Write Report"), path(),
                                                  tr("%1 (*.%2)").arg(m_format->currentText(), suffix));
    if (chosen.isEmpty())
        return;
    if (QFileInfo(chosen).suffix().isEmpty())
        chosen += QLatin1Char('.') + suffix;
    if (const auto f = report::DensityReport::formatFromName(QFileInfo(chosen).suffix()))
        setFormat(*f);
    m_path->setText(chosen);
}

bool ReportDialog::start()
{
    if (isRunning())
        return false;
    const auto refuse = [this](const QString &message) {
        m_status = domain::makeError(message);
        m_progress->setText(message);
        return false;
    };
    if (!m_window)
        return refuse(tr("The main window is gone."));
    if (path().isEmpty())
        return refuse(tr("Choose a file to write the report to."));
    Job job;
    job.kind = kind();
    job.layer = m_window->boundaryLayer();
    if (job.layer.boundaries.isEmpty())
        return refuse(tr("There is no boundary layer to report on."));
    job.sites = m_window->sites();
    job.filter = m_window->cameraFilter();
    job.title = title();
    job.path = path();
    job.metric = metric();
    job.mapKind = mapKind();
    job.format = format();
    store::ProjectStore *store = m_window->projectStore();
    job.dataSource = store ? tr("project file %1").arg(QFileInfo(store->path()).fileName()) : tr("the open project");
    if (job.kind == Kind::FactSheet) {
        job.boundaryIndex = municipalityIndex();
        if (job.boundaryIndex < 0 || job.boundaryIndex >= job.layer.boundaries.size())
            return refuse(tr("Choose a municipality for the fact sheet."));
        // Up to four photos of its sites and cameras that pass the filter, read here: the store
        // is used from the GUI thread only.
        if (store) {
            const analysis::Aggregation none;
            report::FactSheet probe(job.layer, job.sites, none, job.filter, job.boundaryIndex);
            for (const domain::Site &site : probe.sitesInMunicipality()) {
                if (job.photos.size() >= report::FactSheet::MaxPhotos)
                    break;
                QList<domain::Photo> photos;
                if (auto p = store->photosOfSite(site.id))
                    photos += p.value();
                for (const domain::Camera &camera : site.cameras)
                    if (job.filter.matches(site, camera))
                        if (auto p = store->photosOfCamera(camera.id))
                            photos += p.value();
                for (const domain::Photo &photo : photos)
                    if (job.photos.size() < report::FactSheet::MaxPhotos)
                        job.photos.append({photo.data, photo.fileName});
            }
        }
    }
    m_status = domain::Status();
    m_write->setEnabled(false);
    m_progress->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(job.path)));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_watcher.setFuture(QtConcurrent::run([job]() { return runJob(job); }));
    return true;
}

bool ReportDialog::isRunning() const
{
    return m_watcher.isRunning();
}

void ReportDialog::waitForFinished()
{
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
}

void ReportDialog::jobFinished()
{
    QApplication::restoreOverrideCursor();
    m_write->setEnabled(true);
    m_status = m_watcher.result();
    const QString message = m_status ? tr("Written to %1.").arg(QDir::toNativeSeparators(path())) : m_status.errorString();
    m_progress->setText(message);
    emit finishedWriting(m_status.ok(), message);
    if (m_closeWhenDone && m_status) {
        m_closeWhenDone = false;
        QDialog::accept();
    } else if (!m_status && isVisible()) {
        m_closeWhenDone = false;
        QMessageBox::warning(this, tr("Cannot write the report"), message);
    }
}

void ReportDialog::accept()
{
    m_closeWhenDone = true;
    if (!start()) {
        m_closeWhenDone = false;
        if (isVisible() && !isRunning())
            QMessageBox::warning(this, tr("Cannot write the report"), m_status.errorString());
    }
}

void ReportDialog::reject()
{
    if (isRunning())
        return;  // the file is being written; Close works when it is done
    QDialog::reject();
}

} // namespace nadzor::ui
