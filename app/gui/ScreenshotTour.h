#pragma once

#include <QObject>
#include <QString>

class QNetworkAccessManager;
class QTimer;

namespace sy {

class MainWindow;
class WorkspaceSession;

// Walks the workbench's pages on the demo workspace, with live traffic flowing through the
// proxy, and saves a PNG of each into a folder (scripts/screenshots.sh runs it under xvfb-run).
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow *window, WorkspaceSession *session, QString folder, QObject *parent = nullptr);
    void start(); // once the workspace is loaded; quits the application when done

private:
    void sendTraffic(int remaining);
    void shoot(int page, const QString &name);
    void shootProviderDialog();
    void finish();

    MainWindow *m_window;
    WorkspaceSession *m_session;
    QString m_folder;
    QNetworkAccessManager *m_nam;
    int m_saved = 0;
};

} // namespace sy
