#include "ui/camerafilterform.h"

#include "ui/cameratablemodel.h"
#include "domain/osmvaluelabels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QToolButton>

namespace nadzor::ui {

using domain::OsmValueLabels;

namespace {
constexpr int kActiveStatuses = -1;  // the default filter: everything except removed
constexpr int kAnyValue = -2;
// A date edit at its minimum shows "any": the empty end of the range.
const QDate kNoDate(1900, 1, 1);
}

CameraFilterForm::CameraFilterForm(QWidget *parent) : QWidget(parent)
{
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

    m_manufacturer = valueBox(QStringLiteral("manufacturerFilter"));
    m_type = valueBox(QStringLiteral("typeFilter"));
    m_operator = valueBox(QStringLiteral("operatorFilter"));
    m_source = valueBox(QStringLiteral("sourceFilter"));
    m_from = dateEdit(QStringLiteral("observedFromFilter"));
    m_to = dateEdit(QStringLiteral("observedToFilter"));
    m_clearDates = new QToolButton(this);
    m_clearDates->setObjectName(QStringLiteral("clearDatesButton"));
    m_clearDates->setText(tr("Any date"));
    m_clearDates->setToolTip(tr("Clear the observed date range"));
    connect(m_clearDates, &QToolButton::clicked, this, [this] { setObservedRange({}, {}); });

    auto *dates = new QHBoxLayout;
    dates->setContentsMargins(0, 0, 0, 0);
    dates->addWidget(m_from, 1);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to, 1);
    dates->addWidget(m_clearDates);

    // Two columns of label + field, so the table keeps its room.
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);
    const auto row = [this, grid](int r, int c, const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        grid->addWidget(l, r, c * 2);
        grid->addWidget(field, r, c * 2 + 1);
    };
    row(0, 0, tr("Status"), m_status);
    row(0, 1, tr("Face recognition"), m_face);
    row(1, 0, tr("Manufacturer"), m_manufacturer);
    row(1, 1, tr("Type"), m_type);
    row(2, 0, tr("Operator"), m_operator);
    row(2, 1, tr("Source"), m_source);
    auto *observed = new QLabel(tr("Observed"), this);
    observed->setBuddy(m_from);
    grid->addWidget(observed, 3, 0);
    grid->addLayout(dates, 3, 1, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    for (QComboBox *box : {m_status, m_face, m_manufacturer, m_type, m_operator, m_source})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_quiet)
                emit changed();
        });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_quiet)
                emit changed();
        });
}

QComboBox *CameraFilterForm::valueBox(const QString &name)
{
    auto *box = new QComboBox(this);
    box->setObjectName(name);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(8);
    box->addItem(tr("Any"), QString());
    return box;
}

QDateEdit *CameraFilterForm::dateEdit(const QString &name)
{
    auto *edit = new QDateEdit(this);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(tr("any"));
    // The locale's short format with four-digit years (two digits would be read as 19xx).
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    edit->setDisplayFormat(format);
    edit->setDate(kNoDate);
    return edit;
}

QDate CameraFilterForm::dateOf(const QDateEdit *edit)
{
    return edit->date() == kNoDate ? QDate() : edit->date();
}

QDate CameraFilterForm::observedFrom() const
{
    return dateOf(m_from);
}

QDate CameraFilterForm::observedTo() const
{
    return dateOf(m_to);
}

void CameraFilterForm::setObservedRange(const QDate &from, const QDate &to)
{
    m_quiet = true;
    m_from->setDate(from.isValid() ? from : kNoDate);
    m_to->setDate(to.isValid() ? to : kNoDate);
    m_quiet = false;
    emit changed();
}

void CameraFilterForm::fill(QComboBox *box, const QStringList &values, const QString &osmKey)
{
    // Item text: what is shown (the label of an OSM value); item data: the value filtered on.
    QMap<QString, std::pair<QString, QString>> items;  // folded text -> (text, value)
    for (const QString &v : values) {
        const QString value = v.trimmed();
        if (value.isEmpty())
            continue;
        const QString text = osmKey.isEmpty() ? value : OsmValueLabels::label(osmKey, value);
        items.insert(domain::CameraFilter::fold(text), {text, value});
    }
    const QString current = box->currentIndex() > 0 ? box->currentData().toString() : QString();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(tr("Any"), QString());
    for (const auto &item : std::as_const(items))
        box->addItem(item.first, item.second);
    const int index = current.isEmpty() ? 0 : box->findData(current);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

void CameraFilterForm::setSites(const QList<domain::Site> &sites)
{
    QStringList manufacturers, types, operators, sources;
    for (const domain::Site &site : sites)
        for (const domain::Camera &camera : site.cameras) {
            manufacturers << camera.manufacturer;
            types << camera.surveillanceType;
            operators << camera.operatorName;
            sources << camera.source;
        }
    fill(m_manufacturer, manufacturers);
    fill(m_type, types, OsmValueLabels::surveillanceType());
    fill(m_operator, operators);
    fill(m_source, sources);
}

domain::CameraFilter CameraFilterForm::filter() const
{
    domain::CameraFilter f;
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
        f.manufacturers = {m_manufacturer->currentData().toString()};
    if (m_type->currentIndex() > 0)
        f.surveillanceTypes = {m_type->currentData().toString()};
    if (m_operator->currentIndex() > 0)
        f.operators = {m_operator->currentData().toString()};
    if (m_source->currentIndex() > 0)
        f.sources = {m_source->currentData().toString()};
    f.observedFrom = observedFrom();
    f.observedTo = observedTo();
    return f;
}

void CameraFilterForm::reset()
{
    m_quiet = true;
    for (QComboBox *box : {m_status, m_face, m_manufacturer, m_type, m_operator, m_source})
        box->setCurrentIndex(0);
    m_from->setDate(kNoDate);
    m_to->setDate(kNoDate);
    m_quiet = false;
    emit changed();
}

} // namespace nadzor::ui
