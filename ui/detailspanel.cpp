#include "ui/detailspanel.h"

#include "ui/cameratablemodel.h"
#include "domain/osmvaluelabels.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace nadzor::ui {

using domain::OsmValueLabels;

namespace {
QString number(const std::optional<double> &v, const QString &unit)
{
    if (!v)
        return {};
    return QLocale(QLocale::English).toString(*v, 'g', 6) + unit;
}
}

DetailsPanel::DetailsPanel(QWidget *parent) : QWidget(parent)
{
    auto *empty = new QLabel(tr("Select a camera on the map or in the Cameras panel to see its details."), this);
    empty->setObjectName(QStringLiteral("detailsEmpty"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    empty->setForegroundRole(QPalette::PlaceholderText);
    empty->setMargin(12);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = new QWidget(scroll);
    auto *outer = new QVBoxLayout(m_form);
    outer->setContentsMargins(8, 8, 8, 8);
    m_title = new QLabel(m_form);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    outer->addWidget(m_title);
    m_layout = new QFormLayout;
    m_layout->setLabelAlignment(Qt::AlignRight);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(m_layout);
    outer->addStretch(1);
    scroll->setWidget(m_form);

    m_stack = new QStackedLayout(this);
    m_stack->addWidget(empty);
    m_stack->addWidget(scroll);
    clear();
}

void DetailsPanel::addRow(const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return;
    auto *field = new QLabel(value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")), m_form);
    field->setTextFormat(Qt::RichText);
    field->setWordWrap(true);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    field->setObjectName(label);
    auto *name = new QLabel(label, m_form);
    name->setForegroundRole(QPalette::PlaceholderText);
    m_layout->addRow(name, field);
}

void DetailsPanel::clear()
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_cameraId = 0;
    m_stack->setCurrentIndex(0);
}

void DetailsPanel::showCamera(const domain::Site &site, const domain::Camera &camera)
{
    clear();
    m_cameraId = camera.id;
    const QString kind = camera.surveillanceType.isEmpty()
        ? tr("Camera")
        : OsmValueLabels::label(OsmValueLabels::surveillanceType(), camera.surveillanceType);
    m_title->setText(tr("%1 #%2").arg(kind.left(1).toUpper() + kind.mid(1)).arg(camera.id));

    addRow(tr("Position"), QStringLiteral("%1, %2").arg(site.position.lat, 0, 'f', 6).arg(site.position.lon, 0, 'f', 6));
    addRow(tr("Address"), site.address);
    addRow(tr("Site"), site.description);
    if (site.cameras.size() > 1)
        addRow(tr("At this site"), tr("%n camera(s)", nullptr, int(site.cameras.size())));
    addRow(tr("Status"), CameraTableModel::statusLabel(camera.status));
    addRow(tr("Reviewed by"), camera.reviewedBy);
    if (camera.reviewedAt.isValid())
        addRow(tr("Reviewed at"), camera.reviewedAt.toString(Qt::ISODate));
    addRow(tr("Face recognition"), CameraTableModel::faceLabel(camera.faceRecognition));
    addRow(tr("Surveillance"), OsmValueLabels::label(OsmValueLabels::surveillance(), camera.surveillance));
    addRow(tr("Type"), OsmValueLabels::label(OsmValueLabels::surveillanceType(), camera.surveillanceType));
    addRow(tr("Zone"), OsmValueLabels::label(OsmValueLabels::surveillanceZone(), camera.surveillanceZone));
    addRow(tr("Camera type"), OsmValueLabels::label(OsmValueLabels::cameraType(), camera.cameraType));
    addRow(tr("Mount"), OsmValueLabels::label(OsmValueLabels::cameraMount(), camera.cameraMount));
    addRow(tr("Direction"), camera.direction);
    addRow(tr("Field of view"), number(camera.angle, QStringLiteral("°")));
    addRow(tr("Tilt"), number(camera.tilt, QStringLiteral("°")));
    addRow(tr("Height"), number(camera.height, QStringLiteral(" m")));
    addRow(tr("Operator"), camera.operatorName);
    addRow(tr("Manufacturer"), camera.manufacturer);
    addRow(tr("Model"), camera.model);
    if (camera.observed.isValid())
        addRow(tr("Observed"), camera.observed.toString(Qt::ISODate));
    addRow(tr("Source"), camera.source);
    addRow(tr("Notes"), camera.notes);
    QStringList tags;
    for (auto it = camera.tags.cbegin(); it != camera.tags.cend(); ++it)
        tags << it.key() + QLatin1Char('=') + it.value();
    addRow(tr("Other tags"), tags.join(QLatin1Char('\n')));
    addRow(tr("UUID"), camera.uuid);
    m_stack->setCurrentIndex(1);
}

QString DetailsPanel::value(const QString &label) const
{
    if (const auto *field = m_form->findChild<QLabel *>(label))
        return field->text();
    return {};
}

} // namespace nadzor::ui
