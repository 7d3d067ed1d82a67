#include "ui/promptbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>

namespace nadzor::ui {

PromptBar::PromptBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("promptBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("#promptBar { background: #fff4d6; border: 1px solid #d9a400; border-radius: 4px; }"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("promptText"));
    m_label->setWordWrap(true);
    m_accept = new QPushButton(this);
    m_accept->setObjectName(QStringLiteral("promptAccept"));
    m_accept->setDefault(true);
    m_alternative = new QPushButton(this);
    m_alternative->setObjectName(QStringLiteral("promptAlternative"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("promptCancel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_accept);
    layout->addWidget(m_alternative);
    layout->addWidget(m_cancel);
    connect(m_accept, &QPushButton::clicked, this, &PromptBar::accept);
    connect(m_alternative, &QPushButton::clicked, this, &PromptBar::chooseAlternative);
    connect(m_cancel, &QPushButton::clicked, this, &PromptBar::cancel);
    for (QPushButton *b : {m_accept, m_alternative, m_cancel})
        b->installEventFilter(this);
    parent->installEventFilter(this);
    hide();
}

void PromptBar::ask(const QString &text, const QString &acceptText, std::function<void()> onAccept,
                    const QString &alternativeText, std::function<void()> onAlternative)
{
    m_label->setText(text);
    m_accept->setText(acceptText);
    m_alternative->setText(alternativeText);
    m_alternative->setVisible(!alternativeText.isEmpty());
    m_onAccept = std::move(onAccept);
    m_onAlternative = std::move(onAlternative);
    place();
    show();
    raise();
    m_accept->setFocus(Qt::OtherFocusReason);
}

QString PromptBar::text() const
{
    return m_label->text();
}

void PromptBar::accept()
{
    auto f = std::move(m_onAccept);
    m_onAccept = {};
    m_onAlternative = {};
    hide();
    if (f)
        f();
}

void PromptBar::chooseAlternative()
{
    auto f = std::move(m_onAlternative);
    m_onAccept = {};
    m_onAlternative = {};
    hide();
    if (f)
        f();
}

void PromptBar::cancel()
{
    m_onAccept = {};
    m_onAlternative = {};
    hide();
    parentWidget()->setFocus(Qt::OtherFocusReason);
}

void PromptBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        accept();
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        cancel();
        return;
    }
    QFrame::keyPressEvent(event);
}

bool PromptBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    if (watched != parentWidget() && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // Enter on a focused button presses that button; elsewhere it takes the default.
            if (watched == m_alternative)
                chooseAlternative();
            else if (watched == m_cancel)
                cancel();
            else
                accept();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            cancel();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void PromptBar::place()
{
    const QWidget *p = parentWidget();
    const int w = std::min(p->width() - 24, 720);
    setFixedWidth(std::max(200, w));
    adjustSize();
    move((p->width() - width()) / 2, 12);
}

} // namespace nadzor::ui
