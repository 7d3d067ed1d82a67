#pragma once
// Toolbar icons drawn with QPainter where the platform theme has none (a magnifier with +, -,
// a frame for "zoom to all", or plain for "find"), so the toolbar never shows blanks.
#include <QIcon>

namespace nadzor::ui {

class Icons {
public:
    enum class Magnifier { Plain, Plus, Minus, Fit };
    // The theme's icon `themeName` if there is one, else the drawn magnifier.
    static QIcon magnifier(Magnifier kind, const QString &themeName);
};

} // namespace nadzor::ui
