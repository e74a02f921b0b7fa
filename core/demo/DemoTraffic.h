#pragma once

#include <QObject>
#include <QString>
#include <QThread>

namespace sy {

class DemoTrafficWorker;

// Sends a steady mix of requests (written for the project: short questions, code, long documents,
// tool calls, streamed and not, from a few clients and users) through a running proxy, so a new
// user sees traffic and charts move with no client of their own. It asks the proxy's /v1/models
// which routes it serves and spreads the requests over them. Runs on its own thread.
class DemoTraffic : public QObject
{
    Q_OBJECT
public:
    explicit DemoTraffic(QObject *parent = nullptr);
    ~DemoTraffic() override;

    // baseUrl as ProxyService::baseUrl() gives it: http://ADDRESS:PORT/v1
    void start(const QString &baseUrl, double requestsPerSecond = 4);
    void stop();
    bool isRunning() const { return m_running; }

private:
    QThread m_thread;
    DemoTrafficWorker *m_worker;
    bool m_running = false;
};

} // namespace sy
