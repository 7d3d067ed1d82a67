#pragma once
// The filter box of the Cameras and Density docks: a line edit with a clear button that says
// when its text settled (after a short pause in typing, or at once on Enter), and the folding
// both docks match text with: lower case, Serbian Cyrillic as Latin, no diacritics, so that
// "osecina" finds "Осечина", "Osečina" and "OSECINA", and "djurdjevo" finds "Ђурђево".
#include <QLineEdit>
#include <QTimer>

namespace nadzor::ui {

class SearchBox : public QLineEdit {
    Q_OBJECT
public:
    // `pauseMs`: how long typing must pause before searchChanged (0: at every change).
    explicit SearchBox(const QString &placeholder, int pauseMs = 0, QWidget *parent = nullptr);

    // The text as matched: folded (see fold()), trimmed.
    QString foldedText() const;
    // Emits searchChanged now if a change is waiting for the pause.
    void flush();

    // How text is compared: Cyrillic -> Latin, lower case, diacritics dropped, "đ" -> "dj".
    static QString fold(const QString &text);
    // Whether `haystack` contains `needle` after folding both (an empty needle matches).
    static bool matches(const QString &haystack, const QString &needle);

signals:
    // The text settled; `text` as typed (trimmed).
    void searchChanged(const QString &text);

private:
    void emitNow();

    QTimer m_pause;
    QString m_emitted;
};

} // namespace nadzor::ui
