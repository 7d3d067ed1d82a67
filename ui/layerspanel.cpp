#include "ui/layerspanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nadzor::ui {

LayersPanel::LayersPanel(QWidget *parent) : QWidget(parent)
{
    auto *content = new QWidget;

    // Basemap.
    auto *basemapGroup = new QGroupBox(tr("Basemap"), content);
    m_basemap = new QComboBox(basemapGroup);
    m_basemap->setObjectName(QStringLiteral("basemapCombo"));
    m_basemap->addItem(tr("Vector (offline)"), int(BasemapKind::Vector));
    m_basemap->addItem(tr("OpenStreetMap tiles"), int(BasemapKind::OpenStreetMap));
    m_basemap->addItem(tr("MBTiles file…"), int(BasemapKind::MBTiles));
    m_basemap->setToolTip(tr("OpenStreetMap tiles need a network connection; tiles seen before are cached."));
    m_boundaries = new QCheckBox(tr("Municipality outlines and names"), basemapGroup);
    m_boundaries->setObjectName(QStringLiteral("boundariesCheck"));
    auto *basemapLayout = new QVBoxLayout(basemapGroup);
    basemapLayout->addWidget(m_basemap);
    basemapLayout->addWidget(m_boundaries);

    // Choropleth.
    m_choropleth = new QGroupBox(tr("Density choropleth"), content);
    m_choropleth->setObjectName(QStringLiteral("choroplethGroup"));
    m_choropleth->setCheckable(true);
    m_metric = new QComboBox(m_choropleth);
    m_metric->setObjectName(QStringLiteral("metricCombo"));
    for (DensityMetric metric : DensityMetrics::all())
        m_metric->addItem(DensityMetrics::label(metric), int(metric));
    m_method = new QComboBox(m_choropleth);
    m_method->setObjectName(QStringLiteral("methodCombo"));
    m_method->addItem(tr("Natural breaks (Jenks)"), int(analysis::ClassificationMethod::NaturalBreaks));
    m_method->addItem(tr("Quantile"), int(analysis::ClassificationMethod::Quantile));
    m_method->addItem(tr("Equal interval"), int(analysis::ClassificationMethod::EqualInterval));
    m_classes = new QSpinBox(m_choropleth);
    m_classes->setObjectName(QStringLiteral("classesSpin"));
    m_classes->setRange(3, 9);
    auto *choroplethForm = new QFormLayout(m_choropleth);
    choroplethForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    choroplethForm->addRow(tr("Metric"), m_metric);
    choroplethForm->addRow(tr("Method"), m_method);
    choroplethForm->addRow(tr("Classes"), m_classes);

    // Heatmap.
    m_heatmap = new QGroupBox(tr("Heatmap"), content);
    m_heatmap->setObjectName(QStringLiteral("heatmapGroup"));
    m_heatmap->setCheckable(true);
    m_radius = new QSpinBox(m_heatmap);
    m_radius->setObjectName(QStringLiteral("radiusSpin"));
    m_radius->setRange(20, 50000);
    m_radius->setSingleStep(100);
    m_radius->setSuffix(tr(" m"));
    m_radius->setAccelerated(true);
    m_kernel = new QComboBox(m_heatmap);
    m_kernel->setObjectName(QStringLiteral("kernelCombo"));
    m_kernel->addItem(tr("Quartic"), int(analysis::Kernel::Quartic));
    m_kernel->addItem(tr("Gaussian"), int(analysis::Kernel::Gaussian));
    m_fixedMax = new QCheckBox(tr("Fixed maximum"), m_heatmap);
    m_fixedMax->setToolTip(tr("Use one colour scale for every view, so maps of different towns compare"));
    m_maximum = new QDoubleSpinBox(m_heatmap);
    m_maximum->setRange(0.01, 1e6);
    m_maximum->setDecimals(2);
    m_maximum->setSuffix(tr(" /km²"));
    auto *maxRow = new QHBoxLayout;
    maxRow->addWidget(m_fixedMax);
    maxRow->addWidget(m_maximum, 1);
    auto *heatmapForm = new QFormLayout(m_heatmap);
    heatmapForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    heatmapForm->addRow(tr("Radius"), m_radius);
    heatmapForm->addRow(tr("Kernel"), m_kernel);
    heatmapForm->addRow(maxRow);

    // Cameras.
    auto *camerasGroup = new QGroupBox(tr("Cameras"), content);
    m_cameras = new QCheckBox(tr("Show cameras"), camerasGroup);
    m_cameras->setObjectName(QStringLiteral("camerasCheck"));
    auto *camerasLayout = new QVBoxLayout(camerasGroup);
    camerasLayout->addWidget(m_cameras);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(basemapGroup);
    layout->addWidget(m_choropleth);
    layout->addWidget(m_heatmap);
    layout->addWidget(camerasGroup);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    // Never narrower than the form: the panel scrolls vertically only.
    scroll->setMinimumWidth(content->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    setSettings(m_settings);

    connect(m_basemap, &QComboBox::activated, this, &LayersPanel::basemapPicked);
    for (QCheckBox *box : {m_boundaries, m_cameras, m_fixedMax})
        connect(box, &QCheckBox::toggled, this, &LayersPanel::readWidgets);
    for (QGroupBox *group : {m_choropleth, m_heatmap})
        connect(group, &QGroupBox::toggled, this, &LayersPanel::readWidgets);
    for (QComboBox *combo : {m_metric, m_method, m_kernel})
        connect(combo, &QComboBox::currentIndexChanged, this, &LayersPanel::readWidgets);
    connect(m_classes, &QSpinBox::valueChanged, this, &LayersPanel::readWidgets);
    connect(m_radius, &QSpinBox::valueChanged, this, &LayersPanel::readWidgets);
    connect(m_maximum, &QDoubleSpinBox::valueChanged, this, &LayersPanel::readWidgets);
}

void LayersPanel::setSettings(const MapSettings &settings)
{
    m_updating = true;
    m_settings = settings;
    m_basemap->setCurrentIndex(m_basemap->findData(int(settings.basemap)));
    if (settings.basemap == BasemapKind::MBTiles && !settings.mbtilesPath.isEmpty())
        m_basemap->setItemText(2, tr("MBTiles: %1").arg(QFileInfo(settings.mbtilesPath).fileName()));
    m_boundaries->setChecked(settings.boundaries);
    m_choropleth->setChecked(settings.choropleth);
    m_metric->setCurrentIndex(m_metric->findData(int(settings.metric)));
    m_method->setCurrentIndex(m_method->findData(int(settings.method)));
    m_classes->setValue(settings.classes);
    m_heatmap->setChecked(settings.heatmap);
    m_radius->setValue(int(settings.heatmapRadiusMetres));
    m_kernel->setCurrentIndex(m_kernel->findData(int(settings.kernel)));
    m_fixedMax->setChecked(settings.heatmapMaximum.has_value());
    m_maximum->setValue(settings.heatmapMaximum.value_or(10.0));
    m_maximum->setEnabled(settings.heatmapMaximum.has_value());
    m_cameras->setChecked(settings.cameras);
    m_updating = false;
}

void LayersPanel::basemapPicked(int index)
{
    const auto kind = BasemapKind(m_basemap->itemData(index).toInt());
    if (kind == BasemapKind::MBTiles) {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open MBTiles basemap"), QString(),
                                                          tr("MBTiles (*.mbtiles);;All files (*)"));
        if (path.isEmpty()) {
            setSettings(m_settings);  // back to what was chosen before
            return;
        }
        m_settings.mbtilesPath = path;
        m_basemap->setItemText(2, tr("MBTiles: %1").arg(QFileInfo(path).fileName()));
    }
    readWidgets();
}

void LayersPanel::readWidgets()
{
    if (m_updating)
        return;
    MapSettings s = m_settings;
    s.basemap = BasemapKind(m_basemap->currentData().toInt());
    s.boundaries = m_boundaries->isChecked();
    s.choropleth = m_choropleth->isChecked();
    s.metric = DensityMetric(m_metric->currentData().toInt());
    s.method = analysis::ClassificationMethod(m_method->currentData().toInt());
    s.classes = m_classes->value();
    s.heatmap = m_heatmap->isChecked();
    s.heatmapRadiusMetres = m_radius->value();
    s.kernel = analysis::Kernel(m_kernel->currentData().toInt());
    m_maximum->setEnabled(m_fixedMax->isChecked());
    s.heatmapMaximum = m_fixedMax->isChecked() ? std::optional<double>(m_maximum->value()) : std::nullopt;
    s.cameras = m_cameras->isChecked();
    if (s == m_settings)
        return;
    m_settings = s;
    emit settingsChanged(m_settings);
}

} // namespace nadzor::ui
