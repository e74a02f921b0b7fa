#include "http/HttpServer.h"

#include <sys/socket.h>
#include <unistd.h>

#include <QThread>

#include "eventloop/EpollEventDispatcher.h"
#include "http/HttpConnection.h"
#include "http/HttpLog.h"
#include "net/DeadlineWheel.h"

namespace sy {

QByteArrayView httpReasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 529:
        return "Overloaded";
    default:
        return "Status";
    }
}

HttpServer::HttpServer(std::shared_ptr<HttpHandler> handler, Options options, QObject *parent)
    : QTcpServer(parent), m_handler(std::move(handler)), m_options(options)
{
    const int n = qMax(1, m_options.workerThreads);
    for (int i = 0; i < n; ++i) {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("http-worker-%1").arg(i));
        thread->setEventDispatcher(new EpollEventDispatcher); // waits on ready sockets, not on all open ones
        auto *worker = new DeadlineWheel; // parent of the thread's connections and their timeouts
        worker->moveToThread(thread);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater); // deletes its connections too
        thread->start();
        m_threads.push_back(thread);
        m_workers.push_back(worker);
    }
}

HttpServer::~HttpServer()
{
    stop();
    for (QThread *thread : m_threads) {
        thread->quit();
        thread->wait();
        delete thread;
    }
}

bool HttpServer::listenOn(const QHostAddress &address, quint16 port)
{
    setMaxPendingConnections(1024);
    // The kernel's queue of connections not yet accepted: Qt's default of 50 drops the SYNs of a
    // burst (500 clients connecting at once), and each dropped one costs its client a second.
    setListenBacklogSize(kListenBacklog);
    if (!listen(address, port)) {
        qCWarning(lcHttp, "cannot listen on %s:%u: %s", qPrintable(address.toString()), unsigned(port),
                  qPrintable(errorString()));
        return false;
    }
    qCInfo(lcHttp, "listening on %s:%u with %d worker thread(s)", qPrintable(address.toString()),
           unsigned(serverPort()), int(m_workers.size()));
    return true;
}

void HttpServer::stop()
{
    close();
    for (DeadlineWheel *worker : m_workers) {
        QMetaObject::invokeMethod(
            worker,
            [worker, handler = m_handler] {
                const auto connections = worker->findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
                for (HttpConnection *c : connections)
                    c->abortConnection();
                handler->stopOnThisThread();
            },
            Qt::BlockingQueuedConnection);
    }
}

void HttpServer::incomingConnection(qintptr socketDescriptor)
{
    if (m_openConnections.load() >= m_options.maxConnections) {
        // Refused at once, in a few bytes and without a worker: the cap protects the workers.
        static const QByteArray busy = [] {
            const QByteArray body =
                R"({"error":{"message":"too many connections; retry shortly","type":"server_error","param":null,"code":null}})";
            return "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: "
                   "1\r\nConnection: close\r\n"
                   "Content-Length: " +
                   QByteArray::number(body.size()) + "\r\n\r\n" + body;
        }();
        [[maybe_unused]] const ssize_t written =
            ::send(int(socketDescriptor), busy.constData(), size_t(busy.size()), MSG_DONTWAIT | MSG_NOSIGNAL);
        ::close(int(socketDescriptor));
        // Said once and then every thousandth: a flood must not become a flood of log lines too.
        if (const quint64 refused = m_refusedConnections.fetch_add(1) + 1;
            refused == 1 || refused % 1000 == 0)
            qCWarning(lcHttp, "at the cap of %d open connections: %llu refused with 503 so far",
                      m_options.maxConnections, static_cast<unsigned long long>(refused));
        return;
    }
    DeadlineWheel *worker = m_workers[m_next++ % m_workers.size()];
    QMetaObject::invokeMethod(
        worker,
        [worker, socketDescriptor, handler = m_handler, options = m_options, counter = &m_openConnections,
         bodyBytes = &m_bodyBytes] {
            new HttpConnection(socketDescriptor, handler, options, counter, bodyBytes, worker);
        },
        Qt::QueuedConnection);
}

} // namespace sy
