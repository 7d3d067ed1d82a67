#pragma once
// File ▸ Report…: the density report (PDF, HTML, CSV or GeoJSON; title, metric, choropleth or
// heatmap, and the current camera filter) or one municipality's fact sheet, written through
// report::DensityReport and report::FactSheet: the same documents as `nadzor report`. The
// writing (aggregation, layout, PDF) runs in a worker thread; the dialog stays responsive and
// says when the file is written.
#include "domain/camerafilter.h"
#include "domain/result.h"
#include "report/densityreport.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace nadzor::ui {

class MainWindow;

class ReportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { DensityReport, FactSheet };

    explicit ReportDialog(MainWindow *window, QWidget *parent = nullptr);
    ~ReportDialog() override;

    void setKind(Kind kind);
    Kind kind() const;
    // A municipality of the main window's boundary layer, by name (any script or spelling the
    // list holds) or index; false when there is none such.
    bool setMunicipality(const QString &name);
    int municipalityIndex() const;
    void setTitle(const QString &title);
    QString title() const;
    void setMetric(report::Metric metric);
    report::Metric metric() const;
    void setMapKind(report::MapKind kind);
    report::MapKind mapKind() const;
    void setFormat(report::ReportFormat format);
    report::ReportFormat format() const;
    void setPath(const QString &path);
    QString path() const;

    // Starts writing with the dialog's values; finishedWriting() follows. False (with the
    // reason in lastStatus()) when it cannot start.
    bool start();
    bool isRunning() const;
    // Waits for a running job (tests, closing).
    void waitForFinished();
    domain::Status lastStatus() const { return m_status; }

    void accept() override;
    void reject() override;

signals:
    void finishedWriting(bool ok, const QString &message);

private:
    void kindChanged();
    void formatChanged();
    void browse();
    void jobFinished();

    QPointer<MainWindow> m_window;
    QRadioButton *m_densityKind = nullptr;
    QRadioButton *m_factKind = nullptr;
    QComboBox *m_municipality = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_metric = nullptr;
    QComboBox *m_map = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_filter = nullptr;
    QLabel *m_progress = nullptr;
    QPushButton *m_write = nullptr;
    QFutureWatcher<domain::Status> m_watcher;
    domain::Status m_status;
    bool m_closeWhenDone = false;
};

} // namespace nadzor::ui
