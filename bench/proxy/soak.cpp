// The proxy's worst day, for as long as you like: every upstream misbehaves (resets, stalls,
// truncated and garbage streams, error events, HTML pages, empty answers, 429 storms, stale
// keep-alive connections), and clients give up at random moments. Run it in release and under
// AddressSanitizer; it reports requests by status, answers that claimed success but were broken
// (must be 0), and resident memory at the start, at its peak and after the load, then checks the
// proxy still answers and holds nothing in flight.
//   build/release/bench/proxy_soak [seconds=600] [clients=32] [give-up share=0.2]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <map>

#if defined(__SANITIZE_ADDRESS__)
#define SOAK_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SOAK_UNDER_ASAN 1
#endif
#endif
#ifdef SOAK_UNDER_ASAN
extern "C" size_t __sanitizer_get_current_allocated_bytes(); // in the runtime; GCC ships no header for it
#else
#include <malloc.h>
#endif

#include "FaultyUpstream.h"
#include "policy/PolicyReader.h"
#include "proxy/ProxyHandler.h"
#include "store/RequestLogWriter.h"
#include "store/Workspace.h"

using namespace sy;
using sy::test::FaultyUpstream;

namespace {

const QList<QByteArray> kFaults = {"ok", "slow", "reset_mid", "stall_mid", "no_terminator", "garbage_mid", "error_event",
                                   "error_first", "html502", "empty200", "r429_s", "r429_ms", "stale"};

long statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(strlen(field))).trimmed().split(' ').front().toLong();
    return -1;
}

// Bytes the program holds on the heap now. Resident size cannot show a leak under ASan, whose
// allocator keeps freed memory in quarantine and its own pools; this counts only live blocks.
long liveHeapKb()
{
#ifdef SOAK_UNDER_ASAN
    return long(__sanitizer_get_current_allocated_bytes() / 1024);
#else
    return long(mallinfo2().uordblks / 1024);
#endif
}

QByteArray policyText(const QString &baseUrl)
{
    QJsonArray models, routes;
    auto target = [](const QByteArray &model) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("target")}, {QStringLiteral("model"), QString::fromLatin1(model)},
                           {QStringLiteral("breaker"), QJsonObject{{QStringLiteral("consecutive_failures"), 3}, {QStringLiteral("cooldown_ms"), 500}}}};
    };
    for (const QByteArray &fault : kFaults) {
        models.append(QJsonObject{{QStringLiteral("id"), QString::fromLatin1(fault)}});
        for (const char *kind : {"oa", "an"}) {
            routes.append(QJsonObject{{QStringLiteral("alias"), QString::fromLatin1(fault + '@' + kind)},
                                      {QStringLiteral("root"), target(kind + QByteArray("/") + fault)}});
            // The same fault with a fallback: the usual shape of a policy.
            routes.append(QJsonObject{{QStringLiteral("alias"), QString::fromLatin1(fault + "+fb@" + kind)},
                                      {QStringLiteral("root"), QJsonObject{{QStringLiteral("type"), QStringLiteral("fallback")},
                                                                           {QStringLiteral("children"), QJsonArray{target(kind + QByteArray("/") + fault),
                                                                                                                   target(kind + QByteArray("/ok"))}}}}});
        }
    }
    const QJsonObject timeouts{{QStringLiteral("connect_ms"), 1000}, {QStringLiteral("first_byte_ms"), 400}, {QStringLiteral("total_ms"), 5000}};
    auto provider = [&](const char *id, const char *kind) {
        return QJsonObject{{QStringLiteral("id"), QLatin1String(id)}, {QStringLiteral("kind"), QLatin1String(kind)},
                           {QStringLiteral("base_url"), baseUrl}, {QStringLiteral("timeouts"), timeouts}, {QStringLiteral("models"), models}};
    };
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("switchyard.policy")}, {QStringLiteral("version"), 1},
                                     {QStringLiteral("name"), QStringLiteral("soak")},
                                     {QStringLiteral("providers"), QJsonArray{provider("oa", "openai"), provider("an", "anthropic")}},
                                     {QStringLiteral("routes"), routes}})
        .toJson(QJsonDocument::Compact);
}

// What came back, judged as a client would: a 200 must hold a whole answer or end with an error event.
QByteArray verdict(const QByteArray &response, bool stream, bool anthropic)
{
    const qsizetype headEnd = response.indexOf("\r\n\r\n");
    if (!response.startsWith("HTTP/1.1 ") || headEnd < 0)
        return "cut";
    const QByteArray status = response.mid(9, 3);
    if (status != "200")
        return status;
    QByteArray body = response.mid(headEnd + 4);
    if (response.left(headEnd).toLower().contains("transfer-encoding: chunked")) {
        QByteArray plain; // de-chunk
        qsizetype pos = 0;
        for (;;) {
            const qsizetype lineEnd = body.indexOf("\r\n", pos);
            if (lineEnd < 0)
                return "cut";
            bool ok = false;
            const qsizetype size = body.mid(pos, lineEnd - pos).toLongLong(&ok, 16);
            if (!ok || lineEnd + 2 + size > body.size())
                return "cut";
            if (size == 0)
                break;
            plain += body.mid(lineEnd + 2, size);
            pos = lineEnd + 2 + size + 2;
        }
        body = plain;
    }
    if (!stream)
        return QJsonDocument::fromJson(body).isObject() ? QByteArray("200") : QByteArray("BROKEN 200");
    if (body.contains(anthropic ? "event: message_stop" : "data: [DONE]"))
        return "200";
    const QByteArray last = body.trimmed().mid(body.trimmed().lastIndexOf("\n\n") + 1).trimmed();
    const bool endsWithError = anthropic ? last.startsWith("event: error") : last.startsWith("data: {\"error\"");
    return endsWithError ? QByteArray("200+error event") : QByteArray("BROKEN 200");
}

// One client slot: request after request, each on a fresh connection, some abandoned mid-way.
class Client : public QObject
{
public:
    Client(quint16 port, QStringList aliases, double giveUpShare, std::map<QByteArray, quint64> *counts)
        : m_port(port), m_aliases(std::move(aliases)), m_giveUpShare(giveUpShare), m_counts(counts)
    {
        m_giveUp.setSingleShot(true);
        connect(&m_giveUp, &QTimer::timeout, this, [this] {
            ++(*m_counts)["client gave up"];
            m_socket->disconnect(this); // abort() reports a disconnection: not an answer
            m_socket->abort();
            next();
        });
    }

    void start() { next(); }
    void stop()
    {
        m_stopped = true;
        m_giveUp.stop();
        if (m_socket)
            m_socket->abort();
    }
    bool idle() const { return m_stopped; }

private:
    void next()
    {
        if (m_stopped)
            return;
        if (m_socket)
            m_socket->deleteLater();
        auto *random = QRandomGenerator::global();
        const QString alias = m_aliases[int(random->bounded(m_aliases.size()))];
        m_alias = alias;
        m_stream = random->bounded(2) == 0;
        m_anthropic = random->bounded(2) == 0;
        QJsonObject body{{QStringLiteral("model"), alias}, {QStringLiteral("stream"), m_stream},
                         {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                                              {QStringLiteral("content"), QStringLiteral("hello")}}}}};
        if (m_anthropic)
            body.insert(QStringLiteral("max_tokens"), 32);
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const QByteArray request = QByteArray("POST ") + (m_anthropic ? "/v1/messages" : "/v1/chat/completions") +
                                   " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nConnection: close\r\n" +
                                   (m_anthropic ? "anthropic-version: 2023-06-01\r\n" : "") + "Content-Length: " + QByteArray::number(json.size()) +
                                   "\r\n\r\n" + json;
        m_response.clear();
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::readyRead, this, [this, s = m_socket] {
            if (s == m_socket)
                m_response += s->readAll();
        });
        connect(m_socket, &QTcpSocket::disconnected, this, [this, s = m_socket] {
            if (s != m_socket || m_stopped)
                return;
            m_giveUp.stop();
            if (s->isOpen())
                m_response += s->readAll();
            const QByteArray outcome = verdict(m_response, m_stream, m_anthropic);
            if ((outcome == "cut" || outcome.startsWith("BROKEN")) && ++m_samples <= 3)
                fprintf(stderr, "soak: %s answer to %s (%s, %s):\n%s\n", outcome.constData(), qPrintable(m_alias),
                        m_stream ? "stream" : "json", m_anthropic ? "anthropic" : "openai", m_response.left(600).constData());
            ++(*m_counts)[outcome];
            QTimer::singleShot(0, this, [this] { next(); });
        });
        connect(m_socket, &QTcpSocket::errorOccurred, this, [this, s = m_socket](QAbstractSocket::SocketError e) {
            if (s != m_socket || m_stopped || e == QAbstractSocket::RemoteHostClosedError)
                return;
            m_giveUp.stop();
            ++(*m_counts)["connection error"];
            QTimer::singleShot(10, this, [this] { next(); });
        });
        m_socket->connectToHost(QHostAddress::LocalHost, m_port);
        m_socket->write(request);
        // Some give up at a random moment; the rest wait at most 10 s (the proxy must answer by then).
        m_giveUp.start(random->generateDouble() < m_giveUpShare ? int(random->bounded(400)) : 10000);
    }

    quint16 m_port;
    QStringList m_aliases;
    double m_giveUpShare;
    std::map<QByteArray, quint64> *m_counts;
    QTcpSocket *m_socket = nullptr;
    QTimer m_giveUp;
    QByteArray m_response;
    bool m_stream = false;
    bool m_anthropic = false;
    bool m_stopped = false;
    QString m_alias;
    inline static int m_samples = 0;
};

// The proxy accepts on this thread: wait with the event loop running, not in waitFor*().
QByteArray get(quint16 port, const QByteArray &path)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    s.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 5000 && s.state() != QAbstractSocket::UnconnectedState) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        out += s.readAll();
    }
    return out + s.readAll();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? atoi(argv[1]) : 600;
    const int clients = argc > 2 ? atoi(argv[2]) : 32;
    const double giveUpShare = argc > 3 ? atof(argv[3]) : 0.2;

    // The upstream on a thread of its own, as a remote server would be.
    QThread upstreamThread;
    upstreamThread.start();
    auto *upstream = new FaultyUpstream;
    upstream->moveToThread(&upstreamThread);
    bool listening = false;
    QMetaObject::invokeMethod(upstream, [&] { listening = upstream->listenOnLoopback(); }, Qt::BlockingQueuedConnection);
    if (!listening) {
        fprintf(stderr, "soak: the upstream could not listen\n");
        return 1;
    }

    Diagnostics d;
    auto policy = PolicyReader::fromJsonText(policyText(upstream->baseUrl()), d);
    if (!policy) {
        fprintf(stderr, "soak: %s\n", qPrintable(d.toString()));
        return 1;
    }
    QStringList aliases;
    for (const Route &r : policy->routes)
        aliases.append(r.alias);
    QTemporaryDir dir;
    QString error;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("soak.sqlite")), &error);
    if (!workspace) {
        fprintf(stderr, "soak: %s\n", qPrintable(error));
        return 1;
    }
    auto writer = std::make_unique<RequestLogWriter>(workspace.get());
    auto handler = std::make_shared<ProxyHandler>(ProxyRuntime::create(std::move(*policy), {}, {}, nullptr),
                                                  [w = writer.get()](RequestLogEntry &&e) { w->append(std::move(e)); });
    auto server = std::make_unique<HttpServer>(handler, HttpServer::Options{});
    if (!server->listenOn(QHostAddress::LocalHost, 0)) {
        fprintf(stderr, "soak: the proxy could not listen\n");
        return 1;
    }
    const quint16 port = server->serverPort();

    std::map<QByteArray, quint64> counts;
    std::vector<std::unique_ptr<Client>> clientSlots;
    for (int i = 0; i < clients; ++i) {
        clientSlots.push_back(std::make_unique<Client>(port, aliases, giveUpShare, &counts));
        clientSlots.back()->start();
    }
    QElapsedTimer clock;
    clock.start();
    const long startRss = statusKb("VmRSS:");
    long warmRss = -1, peakRss = 0, warmHeap = -1, peakHeap = 0;
    QTimer sampler;
    sampler.setInterval(1000);
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        const long rss = statusKb("VmRSS:");
        const long heap = liveHeapKb();
        peakRss = std::max(peakRss, rss);
        peakHeap = std::max(peakHeap, heap);
        if (warmRss < 0 && clock.elapsed() >= std::min<qint64>(60000, seconds * 1000LL / 5)) {
            warmRss = rss; // the baseline: after warm-up, under load
            warmHeap = heap;
        }
        const qint64 s = clock.elapsed() / 1000;
        if (s % 30 == 0) {
            quint64 total = 0;
            for (const auto &[k, n] : counts)
                total += n;
            fprintf(stderr, "soak: %llds, %llu requests, RSS %ld MB, live heap %ld MB\n", static_cast<long long>(s),
                    static_cast<unsigned long long>(total), rss / 1024, heap / 1024);
        }
        if (s >= seconds)
            app.quit();
    });
    sampler.start();
    app.exec();
    sampler.stop();

    for (auto &c : clientSlots)
        c->stop();
    const long underLoadRss = statusKb("VmRSS:");
    const long underLoadHeap = liveHeapKb();
    // Let every abandoned exchange end (the upstream timeouts are short) before checking.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
    const QByteArray metrics = get(port, "/metrics");
    const QByteArray health = get(port, "/health");
    const long afterRss = statusKb("VmRSS:");
    const long afterHeap = liveHeapKb();

    quint64 total = 0, broken = 0;
    printf("| outcome | requests |\n|---|---|\n");
    for (const auto &[k, n] : counts) {
        printf("| %s | %llu |\n", k.constData(), static_cast<unsigned long long>(n));
        total += n;
        if (k.startsWith("BROKEN"))
            broken += n;
    }
    const bool healthy = health.startsWith("HTTP/1.1 200");
    const bool drained = metrics.contains("switchyard_requests_in_flight 0\n");
    printf("\n%d s, %d clients, give-up share %.2f: %llu requests (%.0f/s), %llu broken answers claimed as success\n", seconds, clients, giveUpShare,
           static_cast<unsigned long long>(total), double(total) / std::max(1, seconds), static_cast<unsigned long long>(broken));
    printf("RSS MB: at start %ld, after warm-up %ld, peak %ld, at the end of the load %ld, 10 s after %ld; log rows written %lld (%lld folded)\n",
           startRss / 1024, warmRss / 1024, peakRss / 1024, underLoadRss / 1024, afterRss / 1024,
           static_cast<long long>(writer->written()), static_cast<long long>(writer->folded()));
    printf("live heap MB: after warm-up %.1f, peak %.1f, at the end of the load %.1f, 10 s after %.1f\n", warmHeap / 1024.0, peakHeap / 1024.0,
           underLoadHeap / 1024.0, afterHeap / 1024.0);
    printf("after the load: /health %s, nothing in flight: %s\n", healthy ? "200" : "FAILED", drained ? "yes" : "NO");

    server.reset();
    handler.reset();
    writer.reset();
    QMetaObject::invokeMethod(upstream, [upstream] { delete upstream; }, Qt::BlockingQueuedConnection);
    upstreamThread.quit();
    upstreamThread.wait();
    return healthy && drained && broken == 0 ? 0 : 1;
}
