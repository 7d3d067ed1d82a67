#pragma once
// A layout that places its items left to right and wraps onto a new line when the next item
// does not fit the width (like words in a paragraph). The camera form's tool buttons use it, so
// every button stays whole in a narrow Details dock and in languages with long labels.
// Its minimum width is the widest item; its height follows the width (heightForWidth).
#include <QLayout>
#include <QList>

namespace nadzor::ui {

class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = -1);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

    // Horizontal and vertical gap between items (the style's when not set).
    int gap() const;

private:
    // Places the items in `rect` (only measures when `apply` is false); the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
};

} // namespace nadzor::ui
