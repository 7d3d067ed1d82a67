#include "ui/cameraspanel.h"

#include "ui/cameraproxymodel.h"
#include "ui/cameratablemodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QTableView>
#include <QVBoxLayout>

namespace nadzor::ui {

namespace {
constexpr int kActiveStatuses = -1;  // the default filter: everything except removed
constexpr int kAnyValue = -2;
}

CamerasPanel::CamerasPanel(QWidget *parent) : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("cameraSearch"));
    m_search->setPlaceholderText(tr("Search notes, address, model, manufacturer, operator…"));
    m_search->setClearButtonEnabled(true);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Active (not removed)"), kActiveStatuses);
    m_status->addItem(tr("Any status"), kAnyValue);
    for (auto s : {domain::VerificationStatus::Unverified, domain::VerificationStatus::Verified,
                   domain::VerificationStatus::Disputed, domain::VerificationStatus::Removed})
        m_status->addItem(CameraTableModel::statusLabel(s), int(s));

    m_face = new QComboBox(this);
    m_face->setObjectName(QStringLiteral("faceFilter"));
    m_face->addItem(tr("Any"), kAnyValue);
    for (auto f : {domain::FaceRecognition::Confirmed, domain::FaceRecognition::Suspected,
                   domain::FaceRecognition::No, domain::FaceRecognition::Unknown})
        m_face->addItem(CameraTableModel::faceLabel(f), int(f));

    m_manufacturer = new QComboBox(this);
    m_manufacturer->setObjectName(QStringLiteral("manufacturerFilter"));
    m_manufacturer->addItem(tr("Any"));

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("cameraCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_model = new CameraTableModel(this);
    m_proxy = new CameraProxyModel(this);
    m_proxy->setSourceModel(m_model);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("cameraTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CameraTableModel::Id, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(CameraTableModel::Id, 56);

    auto *combos = new QFormLayout;
    combos->setContentsMargins(0, 0, 0, 0);
    combos->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    combos->addRow(tr("Status"), m_status);
    combos->addRow(tr("Face recognition"), m_face);
    combos->addRow(tr("Manufacturer"), m_manufacturer);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addLayout(combos);
    layout->addWidget(m_count);
    layout->addWidget(m_view, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &CamerasPanel::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &CamerasPanel::applyFilter);
    for (QComboBox *combo : {m_status, m_face, m_manufacturer})
        connect(combo, &QComboBox::currentIndexChanged, this, &CamerasPanel::applyFilter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_selecting || !current.isValid())
                    return;
                emit cameraActivated(current.data(CameraTableModel::CameraIdRole).toLongLong());
            });
    updateCount();
}

void CamerasPanel::setSites(const QList<domain::Site> &sites)
{
    m_model->setSites(sites);
    fillManufacturers(sites);
    updateCount();
}

void CamerasPanel::fillManufacturers(const QList<domain::Site> &sites)
{
    QMap<QString, QString> names;  // folded -> shown
    for (const domain::Site &site : sites)
        for (const domain::Camera &camera : site.cameras)
            if (!camera.manufacturer.isEmpty())
                names.insert(domain::CameraFilter::fold(camera.manufacturer), camera.manufacturer);
    const QString current = m_manufacturer->currentIndex() > 0 ? m_manufacturer->currentText() : QString();
    const QSignalBlocker blocker(m_manufacturer);
    m_manufacturer->clear();
    m_manufacturer->addItem(tr("Any"));
    for (const QString &name : std::as_const(names))
        m_manufacturer->addItem(name);
    const int index = current.isEmpty() ? 0 : m_manufacturer->findText(current);
    m_manufacturer->setCurrentIndex(index < 0 ? 0 : index);
}

domain::CameraFilter CamerasPanel::filter() const
{
    domain::CameraFilter f;
    f.text = m_search->text().trimmed();
    const int status = m_status->currentData().toInt();
    if (status == kAnyValue)
        f.statuses = {domain::VerificationStatus::Unverified, domain::VerificationStatus::Verified,
                      domain::VerificationStatus::Disputed, domain::VerificationStatus::Removed};
    else if (status >= 0)
        f.statuses = {domain::VerificationStatus(status)};
    const int face = m_face->currentData().toInt();
    if (face >= 0)
        f.faceRecognition = {domain::FaceRecognition(face)};
    if (m_manufacturer->currentIndex() > 0)
        f.manufacturers = {m_manufacturer->currentText()};
    return f;
}

void CamerasPanel::applyFilter()
{
    m_debounce.stop();
    const domain::CameraFilter f = filter();
    m_proxy->setCameraFilter(f);
    updateCount();
    emit filterChanged(f);
}

void CamerasPanel::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n camera(s)", nullptr, total)
                                    : tr("%1 of %n camera(s)", nullptr, total).arg(shown));
}

void CamerasPanel::selectCamera(qint64 cameraId)
{
    m_selecting = true;
    const int row = cameraId ? m_model->rowOfCamera(cameraId) : -1;
    const QModelIndex index = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clearSelection();
    }
    m_selecting = false;
}

void CamerasPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace nadzor::ui
