#include "ui/mergeworkflow.h"

#include "merge/mergeplanner.h"
#include "store/mergebatch.h"
#include "store/projectstore.h"
#include "ui/editcontroller.h"
#include "ui/mainwindow.h"
#include "ui/mergereviewdialog.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>
#include <QtConcurrent>

namespace nadzor::ui {

MergeWorkflow::MergeWorkflow(MainWindow *window, EditController *controller, QObject *parent)
    : QObject(parent), m_window(window), m_controller(controller)
{
    m_action = new QAction(tr("&Merge Volunteer's Work…"), window);
    m_action->setObjectName(QStringLiteral("mergeAction"));
    m_action->setStatusTip(tr("Merge another volunteer's project or camera file, reviewing likely duplicates side by side"));
    connect(m_action, &QAction::triggered, this, &MergeWorkflow::chooseFile);
    connect(&m_watcher, &QFutureWatcher<Prepared>::finished, this, &MergeWorkflow::prepared);
    updateEnabled();
}

MergeWorkflow::~MergeWorkflow()
{
    m_watcher.waitForFinished();
}

void MergeWorkflow::updateEnabled()
{
    m_action->setEnabled(m_controller->isWritable() && !isPreparing());
}

bool MergeWorkflow::isPreparing() const
{
    return m_watcher.isRunning();
}

void MergeWorkflow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Merge Volunteer's Work"), QString(),
        tr("Nadzor projects and camera files (*.nadzor *.geojson *.json *.csv *.gpx *.kml *.gpkg *.shp *.fgb *.osm *.pbf);;All files (*)"));
    if (!path.isEmpty())
        start(path);
}

MergeWorkflow::Prepared MergeWorkflow::prepare(const QString &projectPath, const QString &sourcePath)
{
    Prepared out;
    auto source = merge::MergeSource::load(sourcePath);
    if (!source.ok()) {
        out.error = source.errorString();
        return out;
    }
    // A connection of this thread's own: the GUI's store stays on the GUI thread.
    auto project = store::ProjectStore::open(projectPath, store::OpenMode::ReadOnly);
    if (!project.ok()) {
        out.error = project.errorString();
        return out;
    }
    out.source = std::make_shared<merge::MergeSource>(source.take());
    merge::MergePlanner planner(*project.value());
    auto plan = planner.plan(*out.source);
    if (!plan.ok()) {
        out.error = plan.errorString();
        out.source.reset();
        return out;
    }
    out.plan = std::make_shared<merge::MergePlan>(plan.take());
    return out;
}

bool MergeWorkflow::start(const QString &path)
{
    store::ProjectStore *store = m_controller->store();
    if (!store || !m_controller->isWritable()) {
        showError(tr("The project is read-only."));
        return false;
    }
    if (isPreparing() || m_dialog)
        return false;
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(store->path()).absoluteFilePath()) {
        showError(tr("%1 is the open project: choose another volunteer's file.").arg(QFileInfo(path).fileName()));
        return false;
    }
    m_path = path;
    m_window->statusBar()->showMessage(tr("Comparing %1 with the project…").arg(QFileInfo(path).fileName()));
    m_watcher.setFuture(QtConcurrent::run(&MergeWorkflow::prepare, store->path(), path));
    updateEnabled();
    return true;
}

void MergeWorkflow::waitForReview()
{
    if (!isPreparing())
        return;
    m_watcher.waitForFinished();
    QCoreApplication::processEvents();  // delivers finished(): the dialog opens
    if (!m_dialog)
        QCoreApplication::processEvents();
}

void MergeWorkflow::prepared()
{
    Prepared result = m_watcher.result();
    updateEnabled();
    m_window->statusBar()->clearMessage();
    if (!result.error.isEmpty() || !result.plan) {
        showError(result.error);
        return;
    }
    m_source = result.source;
    auto *dialog = new MergeReviewDialog(*result.plan, QFileInfo(m_path).fileName(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this] { apply(); });
    connect(dialog, &QDialog::rejected, this, [this] { m_source.reset(); });
    dialog->open();
    emit reviewReady(dialog);
}

qint64 MergeWorkflow::apply()
{
    if (!m_dialog || !m_source)
        return -1;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto outcome = m_controller->applyMerge(m_dialog->plan(), *m_source);
    QApplication::restoreOverrideCursor();
    m_source.reset();
    if (!outcome.ok()) {
        showError(outcome.errorString());
        return -1;
    }
    const store::MergeOutcome &o = outcome.value();
    if (o.journalId == 0) {
        m_window->statusBar()->showMessage(tr("Nothing to merge: %1 adds nothing new.").arg(QFileInfo(m_path).fileName()), 8000);
        emit merged(0, QString());
        return 0;
    }
    m_window->statusBar()->showMessage(tr("%1 — Undo (Ctrl+Z)").arg(o.summary), 10000);
    emit merged(o.journalId, o.summary);
    return o.journalId;
}

void MergeWorkflow::showError(const QString &message)
{
    emit failed(message);
    m_window->statusBar()->showMessage(message, 10000);
    if (!m_window->isVisible())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Cannot merge"), message, QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("errorMessage"));
    box.exec();
}

} // namespace nadzor::ui
