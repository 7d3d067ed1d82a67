#include "ui/mainwindow.h"

#include <QFileInfo>

namespace nadzor::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Nadzor"));
    resize(1280, 800);
}

bool MainWindow::openProject(const QString &path)
{
    m_projectPath = path;
    setWindowTitle(tr("%1 — Nadzor").arg(QFileInfo(path).fileName()));
    return true;
}

} // namespace nadzor::ui
