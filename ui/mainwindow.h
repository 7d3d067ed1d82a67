#pragma once
#include <QMainWindow>

namespace nadzor::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Opens a project file; on failure shows the store's message and keeps what was open.
    bool openProject(const QString &path);

private:
    QString m_projectPath;
};

} // namespace nadzor::ui
