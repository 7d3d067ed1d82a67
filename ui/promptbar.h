#pragma once
// A non-modal question in a bar over the top of a widget (the map): "A site is 3 m away … Add
// to existing site / New site / Cancel". Enter takes the default (first) answer, Escape cancels.
#include <QFrame>
#include <functional>

class QLabel;
class QPushButton;

namespace nadzor::ui {

class PromptBar : public QFrame {
    Q_OBJECT
public:
    explicit PromptBar(QWidget *parent);

    // Shows the question; a new question replaces an open one (which counts as cancelled).
    void ask(const QString &text, const QString &acceptText, std::function<void()> onAccept,
             const QString &alternativeText = {}, std::function<void()> onAlternative = {});
    QString text() const;
    bool isOpen() const { return isVisible(); }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *alternativeButton() const { return m_alternative; }

    void accept();
    void chooseAlternative();
    void cancel();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QLabel *m_label;
    QPushButton *m_accept;
    QPushButton *m_alternative;
    QPushButton *m_cancel;
    std::function<void()> m_onAccept;
    std::function<void()> m_onAlternative;
};

} // namespace nadzor::ui
