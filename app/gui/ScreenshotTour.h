#pragma once

#include <QObject>
#include <QSize>
#include <QList>
#include <QString>

#include <functional>

class QPixmap;

class QTimer;

namespace sy {

class ReplayPage;

class MainWindow;
class WorkspaceSession;

// Walks the workbench's pages on the demo workspace, with live traffic flowing through the
// proxy, and saves a PNG of each into a folder (scripts/screenshots.sh runs it under xvfb-run).
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    // windowSize: the main window's size for every shot (a laptop's 1024x700, a large screen's ...).
    ScreenshotTour(MainWindow *window, WorkspaceSession *session, QString folder, QSize windowSize, QObject *parent = nullptr);
    void start(); // once the workspace is loaded; quits the application when done

signals:
    void policiesShot();
    void sideBySideShot();

private:
    void shootReplays(std::function<void()> then);
    void shootTrainRouter(ReplayPage *page, std::function<void()> then);
    void startPages();
    void showTraffic();
    void shoot(QWidget *page, const QString &file);
    void shootKeys(std::function<void()> then);
    void shootExperiments(std::function<void()> then);
    void shootSideBySide();
    void shootProviderDialog();
    void shootPolicy(const QString &policy, const QString &file, std::function<void()> then);
    void shootTray();
    bool save(const QPixmap &pixmap, const QString &name);
    void nextPolicy();
    void finish();

    struct PendingPolicy
    {
        QString name;
        QString file;
        std::function<void()> select;
    };
    QList<PendingPolicy> m_pendingPolicies;

    MainWindow *m_window;
    WorkspaceSession *m_session;
    QString m_folder;
    QSize m_windowSize;
    int m_saved = 0;
};

} // namespace sy
