#include "net/DescriptorWatch.h"

#include <QSocketNotifier>

namespace sy {

DescriptorWatch::DescriptorWatch(int fd, QObject *owner, std::function<void()> onReadable,
                                 std::function<void()> onWritable)
    : m_fd(fd), m_dispatcher(EpollEventDispatcher::forThisThread()), m_onReadable(std::move(onReadable)),
      m_onWritable(std::move(onWritable))
{
    if (m_dispatcher) {
        m_dispatcher->watch(fd, this, false, false);
        return;
    }
    m_readNotifier = new QSocketNotifier(fd, QSocketNotifier::Read, owner);
    m_readNotifier->setEnabled(false);
    QObject::connect(m_readNotifier, &QSocketNotifier::activated, owner, [this] { m_onReadable(); });
    m_writeNotifier = new QSocketNotifier(fd, QSocketNotifier::Write, owner);
    m_writeNotifier->setEnabled(false);
    QObject::connect(m_writeNotifier, &QSocketNotifier::activated, owner, [this] { m_onWritable(); });
}

DescriptorWatch::~DescriptorWatch()
{
    if (EpollEventDispatcher *d = dispatcher())
        d->unwatch(m_fd);
    delete m_readNotifier;
    delete m_writeNotifier;
}

void DescriptorWatch::setReadEnabled(bool enabled)
{
    if (m_read != enabled)
        apply(m_read = enabled, m_write, m_readNotifier);
}

void DescriptorWatch::setWriteEnabled(bool enabled)
{
    if (m_write != enabled)
        apply(m_read, m_write = enabled, m_writeNotifier);
}

// The new interest to the epoll set, or the one notifier that changed elsewhere.
void DescriptorWatch::apply(bool read, bool write, QSocketNotifier *changed)
{
    if (!m_dispatcher)
        changed->setEnabled(changed == m_readNotifier ? read : write);
    else if (EpollEventDispatcher *d = dispatcher())
        d->setInterest(m_fd, read, write);
}

void DescriptorWatch::atEndOfPass(QObject *context, std::function<void()> work)
{
    if (EpollEventDispatcher *dispatcher = EpollEventDispatcher::forThisThread())
        dispatcher->deferToEndOfPass(std::move(work));
    else
        QMetaObject::invokeMethod(context, std::move(work), Qt::QueuedConnection);
}

} // namespace sy
