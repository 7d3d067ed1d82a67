#include "ui/mergereviewdialog.h"

#include "domain/camerafilter.h"
#include "merge/cameracomparison.h"
#include "ui/cameratablemodel.h"
#include "ui/coordinateparser.h"
#include "ui/mergepairpreview.h"
#include "domain/osmvaluelabels.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace nadzor::ui {

using domain::OsmValueLabels;

namespace {

using domain::Camera;

const QColor kConflict(254, 202, 202);  // both have a value and they differ
const QColor kFills(254, 240, 138);     // the incoming value fills an empty field

// A height in metres ("4,5 м" in Cyrillic), empty when unknown.
QString optionalNumber(const std::optional<double> &v)
{
    return v ? QCoreApplication::translate("MergeReviewDialog", "%1 m").arg(QLocale().toString(*v, 'g', 4)) : QString();
}

// The attributes compared side by side, as (label, value of a camera).
struct CameraField {
    const char *label;
    QString (*value)(const Camera &);
};

const CameraField kCameraFields[] = {
    {QT_TRANSLATE_NOOP("MergeReviewDialog", "Manufacturer"), [](const Camera &c) { return c.manufacturer; }},
    {QT_TRANSLATE_NOOP("MergeReviewDialog", "Model"), [](const Camera &c) { return c.model; }},
    {QT_TRANSLATE_NOOP("MergeReviewDialog", "Type"), [](const Camera &c) { return OsmValueLabels::label(OsmValueLabels::surveillanceType(), c.surveillanceType); }},
    {QT_TRANSLATE_NOOP("MergeReviewDialog", "Camera type"), [](const Camera &c) { return OsmValueLabels::label(OsmValueLabels::cameraType(), c.cameraType); }},
    {QT_TRANSLATE_NOOP("MergeReviewDialog", "Mount"), [](const Camera &c) { return OsmValueLabels::label(OsmValueLabels::cameraMount(), c.cameraMount); }},
    {QT_TRANSLATE_NOOP("MergeReviewDialog", "Direction"), [](const Camera &c) { return c.direction; }},
    {QT_TRANSLATE_NOOP("MergeReviewDialog", "Height"), [](const Camera &c) { return optionalNumber(c.height); }},
    {QT_TRANSLATE_NOOP("MergeReviewDialog", "Operator"), [](const Camera &c) { return c.operatorName; }},
    {QT_TRANSLATE_NOOP("MergeReviewDialog", "Zone"), [](const Camera &c) { return OsmValueLabels::label(OsmValueLabels::surveillanceZone(), c.surveillanceZone); }},
    {QT_TRANSLATE_NOOP("MergeReviewDialog", "Face recognition"),
     [](const Camera &c) { return c.faceRecognition == domain::FaceRecognition::Unknown ? QString() : CameraTableModel::faceLabel(c.faceRecognition); }},
    {QT_TRANSLATE_NOOP("MergeReviewDialog", "Status"),
     [](const Camera &c) { return c.status == domain::VerificationStatus::Unverified ? QString() : CameraTableModel::statusLabel(c.status); }},
    {QT_TRANSLATE_NOOP("MergeReviewDialog", "Observed"),
     [](const Camera &c) { return c.observed.isValid() ? QLocale().toString(c.observed, QLocale::ShortFormat) : QString(); }},
    {QT_TRANSLATE_NOOP("MergeReviewDialog", "Source"), [](const Camera &c) { return c.source; }},
    {QT_TRANSLATE_NOOP("MergeReviewDialog", "Notes"), [](const Camera &c) { return c.notes; }},
};

// Incoming camera i beside the existing camera it most likely is (or none), as the merge
// library pairs them: the most similar compatible camera not yet taken.
QList<std::pair<const Camera *, const Camera *>> pairCameras(const QList<Camera> &existing, const QList<Camera> &incoming)
{
    QList<std::pair<const Camera *, const Camera *>> pairs;
    QList<bool> taken(existing.size(), false);
    for (const Camera &in : incoming) {
        // The most similar compatible camera; failing that, the most similar one anyway, so that
        // a person sees the disagreement side by side.
        int best = -1;
        double bestScore = -1.0;
        for (int i = 0; i < existing.size(); ++i) {
            if (taken.at(i))
                continue;
            const merge::CameraComparison cmp = merge::CameraComparison::compare(in, existing.at(i));
            const double score = cmp.similarity() + (cmp.compatible() ? 1.0 : 0.0);
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        if (best >= 0)
            taken[best] = true;
        pairs.append(std::make_pair(best >= 0 ? &existing.at(best) : nullptr, &in));
    }
    for (int i = 0; i < existing.size(); ++i)
        if (!taken.at(i))
            pairs.append(std::make_pair(&existing.at(i), static_cast<const Camera *>(nullptr)));
    return pairs;
}

} // namespace

MergeReviewDialog::MergeReviewDialog(merge::MergePlan plan, const QString &sourceName, QWidget *parent)
    : QDialog(parent), m_plan(std::move(plan))
{
    setObjectName(QStringLiteral("mergeReviewDialog"));
    setWindowTitle(tr("Merge %1").arg(sourceName));
    resize(980, 640);

    auto *intro = new QLabel(tr("%n site(s) in %1. Likely duplicates are listed: compare each pair and accept "
                                "it (the same place: merge) or reject it (a different place: keep both).",
                                nullptr, m_plan.size()).arg(sourceName), this);
    intro->setWordWrap(true);

    m_contributors = new QLineEdit(m_plan.contributors().join(QStringLiteral(", ")), this);
    m_contributors->setObjectName(QStringLiteral("mergeContributors"));
    m_contributors->setPlaceholderText(tr("Who collected this data (names, comma-separated)"));
    auto *contributorForm = new QFormLayout;
    contributorForm->setContentsMargins(0, 0, 0, 0);
    contributorForm->addRow(tr("Contributors"), m_contributors);

    // Each pair is two lines (the place; distance, score and decision) that wrap at word
    // breaks rather than being cut when the list is narrower than an entry (Cyrillic is wider).
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("mergePairList"));
    m_list->setMinimumWidth(220);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(2);

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("mergePairHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("mergeComparison"));
    m_table->setHorizontalHeaderLabels({tr("Attribute"), tr("Existing"), tr("Incoming")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);

    m_preview = new MergePairPreview(this);
    m_preview->setFixedHeight(170);

    m_accept = new QPushButton(tr("&Accept: merge (A)"), this);
    m_accept->setObjectName(QStringLiteral("mergeAcceptButton"));
    m_accept->setAutoDefault(false);
    m_accept->setToolTip(tr("The same place: merge the incoming site into the existing one"));
    m_reject = new QPushButton(tr("&Reject: keep both (R)"), this);
    m_reject->setObjectName(QStringLiteral("mergeRejectButton"));
    m_reject->setAutoDefault(false);
    m_reject->setToolTip(tr("A different place: add the incoming site as a new site"));
    m_acceptAll = new QPushButton(tr("Accept All"), this);
    m_acceptAll->setAutoDefault(false);
    m_reset = new QPushButton(tr("Back to Proposals"), this);
    m_reset->setAutoDefault(false);
    connect(m_accept, &QPushButton::clicked, this, [this] { decide(merge::Decision::Accept); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(merge::Decision::Reject); });
    connect(m_acceptAll, &QPushButton::clicked, this, [this] {
        m_plan.acceptAll();
        for (int row = 0; row < m_list->count(); ++row)
            updateListItem(row);
        m_list->doItemsLayout();  // a longer text may now need another line
        updateSummary();
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        m_plan.resetDecisions();
        for (int row = 0; row < m_list->count(); ++row)
            updateListItem(row);
        m_list->doItemsLayout();  // a longer text may now need another line
        updateSummary();
    });

    auto *decisions = new QHBoxLayout;
    decisions->addWidget(m_accept);
    decisions->addWidget(m_reject);
    decisions->addStretch(1);
    decisions->addWidget(m_acceptAll);
    decisions->addWidget(m_reset);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_header);
    rightLayout->addWidget(m_table, 1);
    rightLayout->addWidget(m_preview);
    rightLayout->addLayout(decisions);

    // The list gets room for a typical entry on one line (about 52 characters); the user can
    // drag the handle, and the comparison takes what the dialog gains when it grows.
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mergeSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    const int listWidth = std::clamp(m_list->fontMetrics().averageCharWidth() * 52, 320, 440);
    splitter->setSizes({listWidth, 980 - listWidth});

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("mergeSummary"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("Apply Merge"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("mergeApplyButton"));
    m_apply->setDefault(true);
    m_apply->setToolTip(tr("Write the merge as one step (Enter); Undo takes it back as a whole"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(contributorForm);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_list, &QListWidget::currentRowChanged, this, &MergeReviewDialog::showPair);
    // A and R decide while the list has the focus (it would take letters for its own search).
    m_list->installEventFilter(this);
    fillList();
    updateSummary();
    if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
        m_list->setFocus();
    } else {
        showPair(-1);
    }
}

void MergeReviewDialog::fillList()
{
    m_pairs = m_plan.duplicates();
    m_list->clear();
    for (int i = 0; i < m_pairs.size(); ++i) {
        m_list->addItem(QString());
        updateListItem(i);
    }
}

QString MergeReviewDialog::decisionText(const merge::MergeItem &item) const
{
    const QString action = [&] {
        switch (item.action()) {
        case merge::MergeAction::MergeInto: return tr("merge");
        case merge::MergeAction::Skip: return item.hasCandidate() ? tr("already there") : tr("left out");
        case merge::MergeAction::Add: return item.hasCandidate() ? tr("keep both") : tr("add");
        }
        return QString();
    }();
    switch (item.decision) {
    case merge::Decision::Accept: return tr("✓ accepted: %1").arg(action);
    case merge::Decision::Reject: return tr("✗ rejected: %1").arg(action);
    case merge::Decision::Proposed: break;
    }
    return tr("proposed: %1").arg(action);
}

void MergeReviewDialog::updateListItem(int listRow)
{
    if (listRow < 0 || listRow >= m_pairs.size())
        return;
    const merge::MergeItem &item = m_plan.item(m_pairs.at(listRow));
    QString place = item.incoming.address.trimmed();
    if (place.isEmpty())
        place = CoordinateParser::format(item.incoming.position);
    QListWidgetItem *row = m_list->item(listRow);
    row->setText(tr("%1\n%2 m apart, score %3 — %4")
                     .arg(place, QLocale().toString(item.distanceMetres, 'f', 1), QLocale().toString(item.score, 'f', 2),
                          decisionText(item)));
    QFont font = row->font();
    font.setBold(item.decision == merge::Decision::Proposed && item.needsReview());
    row->setFont(font);
    row->setToolTip(item.reasons.join(QStringLiteral("\n")));
}

int MergeReviewDialog::currentItem() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_pairs.size() ? m_pairs.at(row) : -1;
}

void MergeReviewDialog::showPair(int listRow)
{
    const bool valid = listRow >= 0 && listRow < m_pairs.size();
    m_accept->setEnabled(valid);
    m_reject->setEnabled(valid);
    if (!valid) {
        m_header->setText(m_plan.isEmpty() ? tr("The file has no sites to merge.")
                                           : tr("No likely duplicates: every incoming site is new."));
        m_table->setRowCount(0);
        m_preview->clear();
        return;
    }
    const merge::MergeItem &item = m_plan.item(m_pairs.at(listRow));
    QString header = tr("Pair %1 of %2: %3 m apart, score %4 (merged from %5 up) — %6")
                         .arg(listRow + 1)
                         .arg(m_pairs.size())
                         .arg(QLocale().toString(item.distanceMetres, 'f', 1), QLocale().toString(item.score, 'f', 2),
                              QLocale().toString(m_plan.threshold(), 'f', 2), decisionText(item));
    if (!item.reasons.isEmpty())
        header += QStringLiteral("\n") + item.reasons.join(QStringLiteral("; "));
    m_header->setText(header);
    fillComparison(item);
    m_preview->setPair(item.candidate, item.incoming);
}

void MergeReviewDialog::fillComparison(const merge::MergeItem &item)
{
    m_table->setRowCount(0);
    const domain::Site &in = item.incoming;
    const domain::Site existing = item.candidate.value_or(domain::Site());
    enum Kind { Compare, Section, Plain };
    const auto addRow = [this](const QString &label, const QString &a, const QString &b, Kind kind = Compare) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *l = new QTableWidgetItem(label);
        auto *x = new QTableWidgetItem(a);
        auto *y = new QTableWidgetItem(b);
        x->setToolTip(a);
        y->setToolTip(b);
        if (kind == Section) {
            QFont font = l->font();
            font.setBold(true);
            for (QTableWidgetItem *cell : {l, x, y})
                cell->setFont(font);
        } else if (kind == Compare) {
            const QString fa = domain::CameraFilter::fold(a.trimmed());
            const QString fb = domain::CameraFilter::fold(b.trimmed());
            if (!fa.isEmpty() && !fb.isEmpty() && fa != fb) {
                x->setBackground(kConflict);
                y->setBackground(kConflict);
                x->setForeground(QColor(Qt::black));
                y->setForeground(QColor(Qt::black));
            } else if (fa.isEmpty() && !fb.isEmpty()) {
                y->setBackground(kFills);
                y->setForeground(QColor(Qt::black));
            }
        }
        m_table->setItem(row, 0, l);
        m_table->setItem(row, 1, x);
        m_table->setItem(row, 2, y);
    };
    addRow(tr("Site"), item.candidate ? tr("site %1").arg(existing.id) : QString(), tr("incoming"), Section);
    // Positions differ by the distance shown above; not a disagreement.
    addRow(tr("Position"), item.candidate ? CoordinateParser::format(existing.position) : QString(),
           CoordinateParser::format(in.position), Plain);
    addRow(tr("Address"), existing.address, in.address);
    addRow(tr("Description"), existing.description, in.description);
    const auto pairs = pairCameras(existing.cameras, in.cameras);
    int n = 0;
    for (const auto &[a, b] : pairs) {
        ++n;
        addRow(tr("Camera %1").arg(n), a ? tr("camera %1").arg(a->id) : tr("—"), b ? tr("new to the site") : tr("—"), Section);
        if (a && b)
            m_table->item(m_table->rowCount() - 1, 2)->setText(tr("same camera?"));
        for (const CameraField &field : kCameraFields) {
            const QString va = a ? field.value(*a) : QString();
            const QString vb = b ? field.value(*b) : QString();
            if (va.isEmpty() && vb.isEmpty())
                continue;
            addRow(QCoreApplication::translate("MergeReviewDialog", field.label), va, vb);
        }
    }
}

void MergeReviewDialog::decide(merge::Decision decision)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_pairs.size())
        return;
    m_plan.setDecision(m_pairs.at(row), decision);
    updateListItem(row);
    // The list does not measure an item again when its text changes ("✗ rejected: keep both"
    // may need one line more than "proposed: keep both").
    m_list->doItemsLayout();
    updateSummary();
    if (row + 1 < m_list->count())
        m_list->setCurrentRow(row + 1);
    else
        showPair(row);
}

MergeReviewDialog::Summary MergeReviewDialog::summary() const
{
    Summary s;
    for (const merge::MergeItem &item : m_plan.items()) {
        switch (item.action()) {
        case merge::MergeAction::Add:
            (item.hasCandidate() ? s.keptBoth : s.added)++;
            break;
        case merge::MergeAction::MergeInto:
            ++s.merged;
            break;
        case merge::MergeAction::Skip:
            (item.hasCandidate() ? s.identical : s.leftOut)++;
            break;
        }
    }
    return s;
}

void MergeReviewDialog::updateSummary()
{
    const Summary s = summary();
    QString text = tr("%1 new, %2 merged, %3 kept both").arg(s.added).arg(s.merged).arg(s.keptBoth);
    if (s.identical)
        text += QStringLiteral("; ") + tr("%n already in the project", nullptr, s.identical);
    if (s.leftOut)
        text += QStringLiteral("; ") + tr("%n left out", nullptr, s.leftOut);
    m_summary->setText(text);
}

bool MergeReviewDialog::decisionKey(const QKeyEvent *event)
{
    if (event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier))
        return false;
    // A and R, or the same keys on a Serbian Cyrillic layout (А U+0410, Р U+0420), as the
    // Cyrillic buttons name them.
    if (event->key() == Qt::Key_A || event->key() == 0x0410) {
        decide(merge::Decision::Accept);
        return true;
    }
    if (event->key() == Qt::Key_R || event->key() == 0x0420) {
        decide(merge::Decision::Reject);
        return true;
    }
    return false;
}

bool MergeReviewDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress && decisionKey(static_cast<QKeyEvent *>(event)))
        return true;
    return QDialog::eventFilter(watched, event);
}

void MergeReviewDialog::keyPressEvent(QKeyEvent *event)
{
    // Keys the focused widget did not take (the contributors field takes letters).
    if (decisionKey(event))
        return;
    if (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) {
        const int row = m_list->currentRow() + (event->key() == Qt::Key_Up ? -1 : 1);
        if (row >= 0 && row < m_list->count())
            m_list->setCurrentRow(row);
        return;
    }
    QDialog::keyPressEvent(event);
}

void MergeReviewDialog::accept()
{
    QStringList names;
    for (const QString &name : m_contributors->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!name.trimmed().isEmpty())
            names << name.trimmed();
    m_plan.setContributors(names);
    QDialog::accept();
}

} // namespace nadzor::ui
