#pragma once

#include <QObject>

#include <functional>

#include "eventloop/EpollEventDispatcher.h"

class QSocketNotifier;

namespace sy {

// Readiness of one socket descriptor for the socket classes: straight from the thread's
// EpollEventDispatcher where it runs one (the proxy's workers), through a pair of QSocketNotifiers
// on any other thread. Level-triggered either way. The callbacks may delete the watch's owner.
class DescriptorWatch final : private EpollEventDispatcher::Watcher
{
public:
    // owner parents the notifiers when there are any.
    DescriptorWatch(int fd, QObject *owner, std::function<void()> onReadable,
                    std::function<void()> onWritable);
    ~DescriptorWatch(); // before the descriptor is closed
    DescriptorWatch(const DescriptorWatch &) = delete;
    DescriptorWatch &operator=(const DescriptorWatch &) = delete;

    void setReadEnabled(bool enabled);
    void setWriteEnabled(bool enabled);
    bool readEnabled() const { return m_read; }
    bool writeEnabled() const { return m_write; }
    // Whether the event loop can tell readability without asking the kernel, and if so whether
    // it has a readable report for this descriptor it has not delivered yet.
    bool knowsPendingReads() const { return m_dispatcher != nullptr; }
    bool readReportPending() const
    {
        const EpollEventDispatcher *d = dispatcher();
        return d && d->readReportPending(m_fd);
    }

    // Runs work once this thread's event loop has handled the sockets that are ready now.
    static void atEndOfPass(QObject *context, std::function<void()> work);

private:
    // The thread's dispatcher goes before its thread-local objects (an upstream pool): sockets
    // closed after that leave it alone.
    EpollEventDispatcher *dispatcher() const
    {
        return m_dispatcher && m_dispatcher == EpollEventDispatcher::forThisThread() ? m_dispatcher : nullptr;
    }
    void apply(bool read, bool write, QSocketNotifier *changed);
    void readyRead() override { m_onReadable(); }
    void readyWrite() override { m_onWritable(); }

    int m_fd;
    EpollEventDispatcher *m_dispatcher;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    std::function<void()> m_onReadable;
    std::function<void()> m_onWritable;
    bool m_read = false;
    bool m_write = false;
};

} // namespace sy
