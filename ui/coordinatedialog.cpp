#include "ui/coordinatedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nadzor::ui {

CoordinateDialog::CoordinateDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("coordinateDialog"));
    setWindowTitle(tr("Add Site at Coordinates"));
    auto *help = new QLabel(tr("Latitude and longitude in decimal degrees (44.8125, 20.4573) or degrees, minutes "
                               "and seconds (44°48'45\"N 20°27'26\"E)."), this);
    help->setWordWrap(true);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("coordinateEdit"));
    m_edit->setPlaceholderText(QStringLiteral("44.8125, 20.4573"));
    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("coordinateFeedback"));
    m_feedback->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Site"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &CoordinateDialog::update);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_edit);
    layout->addWidget(m_feedback);
    layout->addWidget(m_buttons);
    update();
}

std::optional<domain::GeoPoint> CoordinateDialog::position() const
{
    return m_position;
}

void CoordinateDialog::update()
{
    m_position.reset();
    if (m_edit->text().trimmed().isEmpty()) {
        m_feedback->setText(QString());
    } else if (auto parsed = CoordinateParser::parse(m_edit->text()); parsed.ok()) {
        m_position = parsed.value().position;
        QString text = tr("Latitude %1, longitude %2").arg(parsed.value().position.lat, 0, 'f', 6).arg(parsed.value().position.lon, 0, 'f', 6);
        if (!parsed.value().note.isEmpty())
            text += QStringLiteral(" — ") + parsed.value().note;
        m_feedback->setStyleSheet(parsed.value().insideSerbia ? QString() : QStringLiteral("color: #b35c00;"));
        m_feedback->setText(text);
    } else {
        m_feedback->setStyleSheet(QStringLiteral("color: #c92a2a;"));
        m_feedback->setText(parsed.errorString());
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_position.has_value());
}

} // namespace nadzor::ui
