#pragma once
// File ▸ Export Map Image…: what the map shows (its layers and extent) as a PNG at a chosen
// pixel size and DPI (up to A3 at 300 dpi; the PNG records its DPI) or as an SVG, with a title,
// legend, scale bar and attribution, through report::MapImageExporter (the same code path as
// `nadzor report --format png|svg`).
#include "domain/result.h"
#include "maps/viewport.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace nadzor::maps {
class LayerStack;
}

namespace nadzor::ui {

class MainWindow;

class ImageExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImageExportDialog(MainWindow *window, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    void setPath(const QString &path);
    QString path() const;
    // "png" or "svg"; the path's suffix follows.
    void setFormat(const QString &format);
    QString format() const;
    void setPixelSize(QSize size);  // switches the size preset to "Custom"
    QSize pixelSize() const;
    void setDpi(double dpi);
    double dpi() const;

    // Writes the image with the dialog's values.
    domain::Status exportImage();
    // Writes the map of `layers` and `viewport` (the canvas's) to `path`.
    static domain::Status exportMap(const maps::LayerStack &layers, const maps::Viewport &viewport, const QString &title,
                                    const QString &path, const QString &format, QSize pixels, double dpi);

    void accept() override;

private:
    void presetChanged();
    void updateSummary();
    void browse();

    QPointer<MainWindow> m_window;
    QLineEdit *m_title = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_preset = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QDoubleSpinBox *m_dpi = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_summary = nullptr;
    bool m_updating = false;
};

} // namespace nadzor::ui
