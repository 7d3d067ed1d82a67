#pragma once
// Sorting and filtering of the density table: numbers compare as numbers, unknown figures stay
// at the bottom in either order, names compare with the locale's collation, and the filter
// text matches names without regard to case, script or diacritics ("cacak" finds "Čačak",
// "osecina" finds "Осечина"; see SearchBox::fold).
#include <QCollator>
#include <QSortFilterProxyModel>

namespace nadzor::ui {

class DensityProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit DensityProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filter;  // folded
    QCollator m_collator;
};

} // namespace nadzor::ui
