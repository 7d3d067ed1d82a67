#include "ui/searchbox.h"

#include "boundaries/transliteration.h"
#include "domain/camerafilter.h"

namespace nadzor::ui {

SearchBox::SearchBox(const QString &placeholder, int pauseMs, QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(placeholder);
    setClearButtonEnabled(true);
    m_pause.setSingleShot(true);
    m_pause.setInterval(pauseMs);
    connect(&m_pause, &QTimer::timeout, this, &SearchBox::emitNow);
    connect(this, &QLineEdit::textChanged, this, [this, pauseMs] {
        if (pauseMs <= 0)
            emitNow();
        else
            m_pause.start();
    });
    connect(this, &QLineEdit::returnPressed, this, &SearchBox::flush);
}

QString SearchBox::foldedText() const
{
    return fold(text().trimmed());
}

void SearchBox::flush()
{
    emitNow();
}

void SearchBox::emitNow()
{
    m_pause.stop();
    const QString t = text().trimmed();
    if (t == m_emitted)
        return;
    m_emitted = t;
    emit searchChanged(t);
}

QString SearchBox::fold(const QString &text)
{
    // Whole-string transliteration first (it knows digraph capitals), then the filter's folding
    // of case and diacritics, so both scripts meet in plain Latin.
    return domain::CameraFilter::fold(boundaries::cyrillicToLatin(text));
}

bool SearchBox::matches(const QString &haystack, const QString &needle)
{
    const QString n = fold(needle.trimmed());
    return n.isEmpty() || fold(haystack).contains(n);
}

} // namespace nadzor::ui
