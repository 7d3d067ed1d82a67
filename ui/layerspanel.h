#pragma once
// The Layers dock: the basemap (offline vector, OpenStreetMap tiles, an MBTiles file), the
// municipality outlines, the density choropleth (metric, classification method, classes), the
// heatmap (radius in metres, kernel, a fixed maximum) and the cameras.
#include "ui/mapsettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QSpinBox;

namespace nadzor::ui {

class LayersPanel : public QWidget {
    Q_OBJECT
public:
    explicit LayersPanel(QWidget *parent = nullptr);

    MapSettings settings() const { return m_settings; }
    // Shows `settings` without emitting settingsChanged.
    void setSettings(const MapSettings &settings);

    QGroupBox *choroplethGroup() const { return m_choropleth; }
    QGroupBox *heatmapGroup() const { return m_heatmap; }
    QCheckBox *camerasBox() const { return m_cameras; }
    QCheckBox *boundariesBox() const { return m_boundaries; }
    QComboBox *basemapBox() const { return m_basemap; }

signals:
    void settingsChanged(const nadzor::ui::MapSettings &settings);

private:
    void readWidgets();
    void basemapPicked(int index);

    MapSettings m_settings;
    bool m_updating = false;
    QComboBox *m_basemap = nullptr;
    QCheckBox *m_boundaries = nullptr;
    QGroupBox *m_choropleth = nullptr;
    QComboBox *m_metric = nullptr;
    QComboBox *m_method = nullptr;
    QSpinBox *m_classes = nullptr;
    QGroupBox *m_heatmap = nullptr;
    QSpinBox *m_radius = nullptr;
    QComboBox *m_kernel = nullptr;
    QCheckBox *m_fixedMax = nullptr;
    QDoubleSpinBox *m_maximum = nullptr;
    QCheckBox *m_cameras = nullptr;
};

} // namespace nadzor::ui
