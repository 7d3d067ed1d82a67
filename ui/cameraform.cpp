#include "ui/cameraform.h"

#include "domain/direction.h"
#include "domain/enums.h"
#include "ui/cameratablemodel.h"
#include "ui/coordinateparser.h"
#include "domain/osmvaluelabels.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDoubleValidator>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSet>
#include <QStringListModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nadzor::ui {

using domain::OsmValueLabels;

namespace {

const QDate kNoDate(1900, 1, 1);  // the date edit's "empty" value

QString numberText(const std::optional<double> &v)
{
    return v ? QLocale::c().toString(*v, 'g', 8) : QString();
}

std::optional<double> numberValue(const QLineEdit *edit)
{
    bool ok = false;
    const double v = QLocale::c().toDouble(edit->text().trimmed(), &ok);
    if (!ok)
        return std::nullopt;
    return v;
}

void setText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

// Shows an OSM value by its label; a field that already stands for the value is left as it
// is while it has the focus (the raw value or a label typed there stays until it is left).
void setComboValue(QComboBox *combo, const QString &value)
{
    const QString key = combo->objectName();
    const QString label = OsmValueLabels::label(key, value);
    if (combo->currentText() == label)
        return;
    if (combo->hasFocus() && OsmValueLabels::valueOf(key, combo->currentText()) == value)
        return;
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
    combo->setEditText(label);
}

void setComboData(QComboBox *combo, int value)
{
    const int index = combo->findData(value);
    if (index >= 0 && combo->currentIndex() != index)
        combo->setCurrentIndex(index);
}

} // namespace

CameraForm::CameraForm(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("cameraForm"));
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("sitePosition"));
    m_position->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_type = osmCombo(OsmValueLabels::surveillanceType());
    m_cameraType = osmCombo(OsmValueLabels::cameraType());
    m_mount = osmCombo(OsmValueLabels::cameraMount());
    m_direction = lineEdit(QStringLiteral("camera:direction"));
    m_direction->setPlaceholderText(tr("90, 0;180, 90-270 or NE"));
    m_directionError = new QLabel(this);
    m_directionError->setObjectName(QStringLiteral("directionError"));
    m_directionError->setStyleSheet(QStringLiteral("color: #c92a2a;"));
    m_directionError->setWordWrap(true);
    m_directionError->hide();
    m_angle = lineEdit(QStringLiteral("camera:angle"));
    m_angle->setValidator(new QDoubleValidator(0.0, 360.0, 2, m_angle));
    m_angle->setPlaceholderText(tr("field of view, °"));
    m_tilt = lineEdit(QStringLiteral("camera:tilt"));
    m_tilt->setValidator(new QDoubleValidator(-90.0, 90.0, 2, m_tilt));
    m_tilt->setPlaceholderText(tr("° below the horizon"));
    m_height = lineEdit(QStringLiteral("height"));
    m_height->setValidator(new QDoubleValidator(0.0, 500.0, 2, m_height));
    m_height->setPlaceholderText(tr("metres"));
    for (QLineEdit *e : {m_angle, m_tilt, m_height})
        qobject_cast<QDoubleValidator *>(const_cast<QValidator *>(e->validator()))->setLocale(QLocale::c());
    m_operator = lineEdit(QStringLiteral("operator"));
    m_manufacturer = lineEdit(QStringLiteral("manufacturer"));
    m_model = lineEdit(QStringLiteral("model"));
    m_zone = osmCombo(OsmValueLabels::surveillanceZone());
    m_surveillance = osmCombo(OsmValueLabels::surveillance());

    m_face = new QComboBox(this);
    m_face->setObjectName(QStringLiteral("face_recognition"));
    for (auto f : {domain::FaceRecognition::Unknown, domain::FaceRecognition::No, domain::FaceRecognition::Suspected,
                   domain::FaceRecognition::Confirmed})
        m_face->addItem(CameraTableModel::faceLabel(f), int(f));
    connect(m_face, &QComboBox::activated, this, [this] { commitCamera(); });
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    for (auto s : {domain::VerificationStatus::Unverified, domain::VerificationStatus::Verified,
                   domain::VerificationStatus::Disputed, domain::VerificationStatus::Removed})
        m_status->addItem(CameraTableModel::statusLabel(s), int(s));
    connect(m_status, &QComboBox::activated, this, [this] {
        if (!m_loading && m_camera.id)
            emit statusChosen(m_camera.id, domain::VerificationStatus(m_status->currentData().toInt()));
    });
    m_reviewed = new QLabel(this);
    m_reviewed->setObjectName(QStringLiteral("reviewedLabel"));
    m_reviewed->setForegroundRole(QPalette::PlaceholderText);

    m_observed = new QDateEdit(this);
    m_observed->setObjectName(QStringLiteral("observed"));
    m_observed->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_observed->setMinimumDate(kNoDate);
    m_observed->setSpecialValueText(tr("—"));
    m_observed->setCalendarPopup(true);
    m_observed->setDate(kNoDate);
    m_observed->installEventFilter(this);
    connect(m_observed, &QDateEdit::editingFinished, this, [this] { commitCamera(); });
    m_source = lineEdit(QStringLiteral("source"));
    m_source->setPlaceholderText(tr("walk, procurement document, OSM node…"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().height() * 4);
    m_notes->installEventFilter(this);
    m_tags = new QTableWidget(0, 2, this);
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_tags->horizontalHeader()->setStretchLastSection(true);
    m_tags->verticalHeader()->hide();
    m_tags->setFixedHeight(m_tags->fontMetrics().height() * 6);
    m_tags->setTabKeyNavigation(false);
    connect(m_tags, &QTableWidget::itemChanged, this, [this] {
        if (m_loading)
            return;
        commitCamera();
    });

    m_address = lineEdit(QStringLiteral("address"));
    m_description = lineEdit(QStringLiteral("description"));
    disconnect(m_address, nullptr, this, nullptr);
    disconnect(m_description, nullptr, this, nullptr);
    for (QLineEdit *e : {m_address, m_description}) {
        connect(e, &QLineEdit::editingFinished, this, &CameraForm::commitSite);
        connect(e, &QLineEdit::returnPressed, this, [this] {
            commitSite();
            emit submitted();
        });
    }

    auto *camera = new QFormLayout;
    camera->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    camera->setLabelAlignment(Qt::AlignRight);
    camera->addRow(tr("&Type"), m_type);
    camera->addRow(tr("Camera t&ype"), m_cameraType);
    camera->addRow(tr("Mou&nt"), m_mount);
    camera->addRow(tr("&Direction"), m_direction);
    camera->addRow(QString(), m_directionError);
    camera->addRow(tr("Field of &view"), m_angle);
    camera->addRow(tr("Ti&lt"), m_tilt);
    camera->addRow(tr("&Height"), m_height);
    camera->addRow(tr("&Operator"), m_operator);
    camera->addRow(tr("&Manufacturer"), m_manufacturer);
    camera->addRow(tr("Mod&el"), m_model);
    camera->addRow(tr("&Zone"), m_zone);
    camera->addRow(tr("&Surveillance"), m_surveillance);
    camera->addRow(tr("&Face recognition"), m_face);
    camera->addRow(tr("St&atus"), m_status);
    camera->addRow(QString(), m_reviewed);
    camera->addRow(tr("Ob&served"), m_observed);
    camera->addRow(tr("So&urce"), m_source);
    camera->addRow(tr("N&otes"), m_notes);
    camera->addRow(tr("Other ta&gs"), m_tags);
    camera->addRow(tr("Add&ress"), m_address);
    camera->addRow(tr("Site des&cription"), m_description);
    camera->addRow(tr("Position"), m_position);

    m_toolRows = new QVBoxLayout;
    m_toolRows->setContentsMargins(0, 0, 0, 0);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(8, 8, 8, 8);
    m_layout->addWidget(m_title);
    m_layout->addLayout(m_toolRows);
    m_layout->addLayout(camera);

    // Tab goes down the form in the order it is shown.
    QList<QWidget *> order{m_type, m_cameraType, m_mount, m_direction, m_angle, m_tilt, m_height, m_operator,
                           m_manufacturer, m_model, m_zone, m_surveillance, m_face, m_status, m_observed,
                           m_source, m_notes, m_tags, m_address, m_description};
    for (int i = 0; i + 1 < order.size(); ++i)
        setTabOrder(order.at(i), order.at(i + 1));
    clear();
}

QComboBox *CameraForm::osmCombo(const QString &key)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(key);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItem(QString(), QString());
    // The list shows labels, the item data is the OSM value; the type-ahead offers both (a
    // mapper types "dome", a volunteer "Kupola"), and editedCamera() turns either into the value.
    QStringList completions;
    for (const QString &value : OsmValueLabels::values(key)) {
        const QString label = OsmValueLabels::label(key, value);
        combo->addItem(label, value);
        completions << label;
        if (label.compare(value, Qt::CaseInsensitive) != 0)
            completions << value;
    }
    auto *completer = new QCompleter(completions, combo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    // On the line edit itself: QComboBox::setCompleter() would map a picked raw value to no
    // item and empty the field.
    combo->lineEdit()->setCompleter(completer);
    connect(combo->lineEdit(), &QLineEdit::editingFinished, this, [this] { commitCamera(); });
    connect(combo, &QComboBox::activated, this, [this] { commitCamera(); });
    connect(combo->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        commitCamera();
        emit submitted();
    });
    return combo;
}

QLineEdit *CameraForm::lineEdit(const QString &name)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setClearButtonEnabled(true);
    connect(edit, &QLineEdit::editingFinished, this, [this] { commitCamera(); });
    connect(edit, &QLineEdit::returnPressed, this, [this] {
        commitCamera();
        if (m_directionError->isHidden())
            emit submitted();
    });
    return edit;
}

void CameraForm::addBottomWidget(QWidget *widget)
{
    m_layout->addWidget(widget);
}

void CameraForm::addToolRow(QWidget *row)
{
    m_toolRows->addWidget(row);
}

void CameraForm::setSuggestions(const QList<domain::Site> &sites)
{
    QSet<QString> operators, manufacturers, models, sources;
    for (const domain::Site &s : sites)
        for (const domain::Camera &c : s.cameras) {
            operators << c.operatorName;
            manufacturers << c.manufacturer;
            models << c.model;
            sources << c.source;
        }
    // Common manufacturers in Serbia's public procurement, even before the project has any.
    for (const char *m : {"Hikvision", "Dahua", "Huawei", "Axis", "Bosch", "Hanwha", "Uniview"})
        manufacturers << QString::fromLatin1(m);
    const auto install = [](QLineEdit *edit, QSet<QString> values) {
        values.remove(QString());
        QStringList list(values.begin(), values.end());
        list.sort(Qt::CaseInsensitive);
        auto *completer = qobject_cast<QCompleter *>(edit->completer());
        if (!completer) {
            completer = new QCompleter(edit);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            // Inline: the rest of the word appears selected and Tab keeps it (keyboard-first).
            completer->setCompletionMode(QCompleter::InlineCompletion);
            completer->setModel(new QStringListModel(completer));
            edit->setCompleter(completer);
        }
        static_cast<QStringListModel *>(completer->model())->setStringList(list);
    };
    install(m_operator, operators);
    install(m_manufacturer, manufacturers);
    install(m_model, models);
    install(m_source, sources);
}

void CameraForm::clear()
{
    m_loading = true;
    m_camera = domain::Camera();
    m_site = domain::Site();
    m_title->setText(tr("No camera selected"));
    setEnabled(false);
    m_loading = false;
}

void CameraForm::setCamera(const domain::Site &site, const domain::Camera &camera, bool editable)
{
    m_loading = true;
    const bool other = camera.id != m_camera.id;
    m_site = site;
    m_camera = camera;
    setEnabled(editable);
    m_title->setText(tr("Camera #%1 at site #%2").arg(camera.id).arg(site.id)
                     + (site.cameras.size() > 1 ? tr(" (%n camera(s) here)", nullptr, int(site.cameras.size())) : QString()));
    m_position->setText(CoordinateParser::format(site.position));
    setComboValue(m_type, camera.surveillanceType);
    setComboValue(m_cameraType, camera.cameraType);
    setComboValue(m_mount, camera.cameraMount);
    setComboValue(m_zone, camera.surveillanceZone);
    setComboValue(m_surveillance, camera.surveillance);
    if (other || m_directionError->isHidden())
        setText(m_direction, camera.direction);
    if (other)
        m_directionError->hide();
    setText(m_angle, numberText(camera.angle));
    setText(m_tilt, numberText(camera.tilt));
    setText(m_height, numberText(camera.height));
    setText(m_operator, camera.operatorName);
    setText(m_manufacturer, camera.manufacturer);
    setText(m_model, camera.model);
    setText(m_source, camera.source);
    setComboData(m_face, int(camera.faceRecognition));
    setComboData(m_status, int(camera.status));
    m_reviewed->setText(camera.reviewedBy.isEmpty() && !camera.reviewedAt.isValid()
                            ? QString()
                            : tr("by %1, %2").arg(camera.reviewedBy, camera.reviewedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
    const QDate observed = camera.observed.isValid() ? camera.observed : kNoDate;
    if (m_observed->date() != observed)
        m_observed->setDate(observed);
    if (m_notes->toPlainText() != camera.notes)
        m_notes->setPlainText(camera.notes);
    if (tags() != camera.tags)
        fillTags(camera.tags);
    setText(m_address, site.address);
    setText(m_description, site.description);
    m_loading = false;
}

void CameraForm::fillTags(const QMap<QString, QString> &tags)
{
    m_tags->setRowCount(0);
    for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
        const int row = m_tags->rowCount();
        m_tags->insertRow(row);
        m_tags->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_tags->setItem(row, 1, new QTableWidgetItem(it.value()));
    }
    // An empty row to add a tag.
    const int row = m_tags->rowCount();
    m_tags->insertRow(row);
    m_tags->setItem(row, 0, new QTableWidgetItem());
    m_tags->setItem(row, 1, new QTableWidgetItem());
}

QMap<QString, QString> CameraForm::tags() const
{
    QMap<QString, QString> out;
    for (int row = 0; row < m_tags->rowCount(); ++row) {
        const QTableWidgetItem *key = m_tags->item(row, 0);
        const QTableWidgetItem *value = m_tags->item(row, 1);
        const QString k = key ? key->text().trimmed() : QString();
        if (!k.isEmpty())
            out.insert(k, value ? value->text().trimmed() : QString());
    }
    return out;
}

void CameraForm::focusFirstField()
{
    m_type->setFocus(Qt::TabFocusReason);
    m_type->lineEdit()->selectAll();
}

bool CameraForm::checkDirection()
{
    const QString text = m_direction->text().trimmed();
    if (domain::Direction::parse(text)) {
        m_directionError->hide();
        return true;
    }
    m_directionError->setText(tr("Not a direction: use degrees (90), several (0;180), a range (90-270) or N/NE/…"));
    m_directionError->show();
    return false;
}

QString CameraForm::directionError() const
{
    return m_directionError->isHidden() ? QString() : m_directionError->text();
}

domain::Camera CameraForm::editedCamera() const
{
    domain::Camera c = m_camera;
    c.surveillanceType = OsmValueLabels::valueOf(OsmValueLabels::surveillanceType(), m_type->currentText());
    c.cameraType = OsmValueLabels::valueOf(OsmValueLabels::cameraType(), m_cameraType->currentText());
    c.cameraMount = OsmValueLabels::valueOf(OsmValueLabels::cameraMount(), m_mount->currentText());
    c.surveillanceZone = OsmValueLabels::valueOf(OsmValueLabels::surveillanceZone(), m_zone->currentText());
    c.surveillance = OsmValueLabels::valueOf(OsmValueLabels::surveillance(), m_surveillance->currentText());
    const QString direction = m_direction->text().trimmed();
    if (domain::Direction::parse(direction))
        c.direction = direction;
    c.angle = numberValue(m_angle);
    c.tilt = numberValue(m_tilt);
    c.height = numberValue(m_height);
    c.operatorName = m_operator->text().trimmed();
    c.manufacturer = m_manufacturer->text().trimmed();
    c.model = m_model->text().trimmed();
    c.source = m_source->text().trimmed();
    c.faceRecognition = domain::FaceRecognition(m_face->currentData().toInt());
    c.observed = m_observed->date() == kNoDate ? QDate() : m_observed->date();
    c.notes = m_notes->toPlainText().trimmed();
    c.tags = tags();
    return c;
}

void CameraForm::commitCamera()
{
    if (m_loading || !m_camera.id || !isEnabled())
        return;
    checkDirection();
    const domain::Camera edited = editedCamera();
    if (edited != m_camera)
        emit cameraEdited(edited);
}

void CameraForm::commitSite()
{
    if (m_loading || !m_site.id || !isEnabled())
        return;
    domain::Site s = m_site;
    s.address = m_address->text().trimmed();
    s.description = m_description->text().trimmed();
    if (s.address != m_site.address || s.description != m_site.description)
        emit siteEdited(s);
}

bool CameraForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && watched == m_notes)
        commitCamera();
    if (event->type() == QEvent::KeyPress && watched == m_observed) {
        // Delete or Backspace on the whole date empties it.
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            m_observed->setDate(kNoDate);
            commitCamera();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace nadzor::ui
