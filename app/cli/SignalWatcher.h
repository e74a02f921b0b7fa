#pragma once

#include <QObject>

class QSocketNotifier;

namespace sy::cli {

// Turns SIGINT and SIGTERM into a Qt signal through a self-pipe (the only async-signal-safe way).
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace sy::cli
