#include "FaultyUpstream.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <sys/socket.h>

namespace sy::test {

namespace {

void writeHead(QTcpSocket *s, int status, const QByteArray &contentType, qsizetype contentLength, const QByteArray &extra = {})
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Error") + "\r\nContent-Type: " + contentType + "\r\n" + extra;
    head += contentLength >= 0 ? "Content-Length: " + QByteArray::number(contentLength) + "\r\n\r\n" : QByteArray("Transfer-Encoding: chunked\r\n\r\n");
    s->write(head);
}

void writeChunk(QTcpSocket *s, const QByteArray &data)
{
    if (!data.isEmpty())
        s->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
}

void endChunks(QTcpSocket *s) { s->write("0\r\n\r\n"); }

// The rest of an answer in a later packet, so the proxy has relayed the first part by then.
void later(QTcpSocket *s, std::function<void(QTcpSocket *)> rest)
{
    QPointer<QTcpSocket> guarded(s);
    QTimer::singleShot(20, s, [guarded, rest = std::move(rest)] {
        if (guarded && guarded->state() == QAbstractSocket::ConnectedState)
            rest(guarded);
    });
}

void reset(QTcpSocket *s)
{
    s->flush();
    const linger hard{1, 0}; // close with RST, not FIN
    ::setsockopt(int(s->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    s->abort();
}

QByteArray openAiChunk(const QByteArray &delta, const QByteArray &finish = "null")
{
    return R"(data: {"id":"chatcmpl-f","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":)" + delta +
           R"(,"finish_reason":)" + finish + "}]}\n\n";
}

QByteArray anthropicEvent(const QByteArray &type, const QByteArray &json) { return "event: " + type + "\ndata: " + json + "\n\n"; }

} // namespace

FaultyUpstream::FaultyUpstream(QObject *parent) : QTcpServer(parent) {}

bool FaultyUpstream::listenOnLoopback() { return listen(QHostAddress::LocalHost, 0); }

QString FaultyUpstream::baseUrl() const { return QStringLiteral("http://127.0.0.1:%1/v1").arg(serverPort()); }

QByteArray FaultyUpstream::lastBody() const
{
    std::lock_guard lock(m_hitsMutex);
    return m_lastBody;
}

int FaultyUpstream::hits(const QByteArray &model) const
{
    std::lock_guard lock(m_hitsMutex);
    return m_hits.value(model);
}

void FaultyUpstream::clearHits()
{
    std::lock_guard lock(m_hitsMutex);
    m_hits.clear();
}

QByteArray FaultyUpstream::firstEvents(bool anthropic)
{
    if (anthropic)
        return anthropicEvent("message_start", R"({"type":"message_start","message":{"id":"msg_f","type":"message","role":"assistant","model":"m","content":[],"stop_reason":null,"usage":{"input_tokens":5,"output_tokens":1}}})") +
               anthropicEvent("content_block_start", R"({"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}})") +
               anthropicEvent("content_block_delta", R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hel"}})");
    return openAiChunk(R"({"role":"assistant","content":""})") + openAiChunk(R"({"content":"Hel"})");
}

QByteArray FaultyUpstream::laterEvents(bool anthropic)
{
    if (anthropic)
        return anthropicEvent("content_block_delta", R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"lo"}})") +
               anthropicEvent("content_block_stop", R"({"type":"content_block_stop","index":0})") +
               anthropicEvent("message_delta", R"({"type":"message_delta","delta":{"stop_reason":"end_turn"},"usage":{"output_tokens":2}})");
    return openAiChunk(R"({"content":"lo"})") + openAiChunk("{}", R"("stop")") +
           R"(data: {"id":"chatcmpl-f","object":"chat.completion.chunk","created":1,"model":"m","choices":[],"usage":{"prompt_tokens":5,"completion_tokens":2,"total_tokens":7}})"
           "\n\n";
}

QByteArray FaultyUpstream::terminator(bool anthropic)
{
    return anthropic ? anthropicEvent("message_stop", R"({"type":"message_stop"})") : QByteArray("data: [DONE]\n\n");
}

QByteArray FaultyUpstream::answerBody(bool anthropic)
{
    if (anthropic)
        return R"({"id":"msg_f","type":"message","role":"assistant","model":"m","content":[{"type":"text","text":"Hello"}],"stop_reason":"end_turn","stop_sequence":null,"usage":{"input_tokens":5,"output_tokens":2}})";
    return R"({"id":"chatcmpl-f","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"Hello"},"finish_reason":"stop"}],"usage":{"prompt_tokens":5,"completion_tokens":2,"total_tokens":7}})";
}

QByteArray FaultyUpstream::errorBody(bool anthropic)
{
    if (anthropic)
        return R"({"type":"error","error":{"type":"api_error","message":"upstream exploded"}})";
    return R"({"error":{"message":"upstream exploded","type":"server_error","param":null,"code":null}})";
}

QByteArray FaultyUpstream::errorEvent(bool anthropic)
{
    return anthropic ? anthropicEvent("error", errorBody(true)) : "data: " + errorBody(false) + "\n\n";
}

void FaultyUpstream::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    ++m_accepted;
    m_connections.insert(socket, {});
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_connections.remove(socket);
        socket->deleteLater();
    });
}

void FaultyUpstream::onReadable(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer += socket->readAll();
    for (;;) {
        const qsizetype headEnd = it->buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QByteArray head = it->buffer.left(headEnd);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (it->buffer.size() < headEnd + 4 + length)
            return;
        const QByteArray body = it->buffer.mid(headEnd + 4, length);
        it->buffer.remove(0, headEnd + 4 + length);
        const bool anthropic = head.left(head.indexOf('\n')).contains("/messages");
        const QJsonObject request = QJsonDocument::fromJson(body).object();
        const QByteArray model = request.value(QStringLiteral("model")).toString().toUtf8();
        {
            std::lock_guard lock(m_hitsMutex);
            ++m_hits[model];
            m_lastBody = body;
        }
        const int served = it->served++;
        answer(socket, served, anthropic, model, request.value(QStringLiteral("stream")).toBool());
        it = m_connections.find(socket); // answer() may have closed it
        if (it == m_connections.end() || socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
}

void FaultyUpstream::answer(QTcpSocket *s, int served, bool anthropic, const QByteArray &model, bool stream)
{
    const QByteArray fault = healthy ? QByteArray("ok") : model;
    const QByteArray json = "application/json";
    const QByteArray events = "text/event-stream";
    auto answerNow = [=] {
        if (stream) {
            writeHead(s, 200, events, -1);
            writeChunk(s, firstEvents(anthropic) + laterEvents(anthropic) + terminator(anthropic));
            endChunks(s);
        } else {
            const QByteArray body = answerBody(anthropic);
            writeHead(s, 200, json, body.size());
            s->write(body);
        }
    };
    if (fault == "ok" || (fault == "stale" && served == 0))
        return answerNow();
    if (fault == "stale")
        return s->abort();
    if (fault == "flaky" && failStatus.load() != 0) {
        const QByteArray body = errorBody(anthropic);
        writeHead(s, failStatus.load(), json, body.size());
        s->write(body);
        return;
    }
    if (fault == "slow" || fault == "flaky") {
        QPointer<QTcpSocket> guarded(s);
        if (!stream) {
            QTimer::singleShot(300, s, [guarded, answerNow] {
                if (guarded && guarded->state() == QAbstractSocket::ConnectedState)
                    answerNow();
            });
            return;
        }
        writeHead(s, 200, events, -1);
        const QList<QByteArray> parts = {firstEvents(anthropic), laterEvents(anthropic), terminator(anthropic)};
        for (int i = 0; i < int(parts.size()); ++i) {
            QTimer::singleShot(100 * (i + 1), s, [guarded, part = parts[i], last = i == int(parts.size()) - 1] {
                if (!guarded || guarded->state() != QAbstractSocket::ConnectedState)
                    return;
                writeChunk(guarded, part);
                if (last)
                    endChunks(guarded);
            });
        }
        return;
    }
    if (fault == "reset_mid" || fault == "stall_mid") {
        if (stream) {
            writeHead(s, 200, events, -1);
            writeChunk(s, firstEvents(anthropic));
        } else {
            const QByteArray body = answerBody(anthropic);
            writeHead(s, 200, json, body.size() + 100);
            s->write(body.left(body.size() / 2));
        }
        if (fault == "reset_mid")
            later(s, &reset);
        return;
    }
    if (fault == "no_terminator") {
        if (stream) {
            writeHead(s, 200, events, -1);
            writeChunk(s, firstEvents(anthropic) + laterEvents(anthropic));
            endChunks(s);
        } else {
            const QByteArray body = answerBody(anthropic).left(40);
            writeHead(s, 200, json, body.size());
            s->write(body);
        }
        return;
    }
    if (fault == "garbage_mid") {
        const QByteArray html = "<html><body><h1>Service Unavailable</h1></body></html>\r\n";
        if (stream) {
            writeHead(s, 200, events, -1);
            writeChunk(s, firstEvents(anthropic));
            later(s, [=](QTcpSocket *socket) {
                writeChunk(socket, html + "\r\n" + laterEvents(anthropic) + terminator(anthropic));
                endChunks(socket);
            });
        } else {
            writeHead(s, 200, json, html.size());
            s->write(html);
        }
        return;
    }
    if (fault == "error_event" || fault == "error_first") {
        if (stream) {
            writeHead(s, 200, events, -1);
            if (fault == "error_event")
                writeChunk(s, firstEvents(anthropic));
            later(s, [=](QTcpSocket *socket) {
                writeChunk(socket, errorEvent(anthropic));
                endChunks(socket);
            });
        } else {
            const QByteArray body = errorBody(anthropic);
            writeHead(s, 200, json, body.size());
            s->write(body);
        }
        return;
    }
    if (fault == "html502") {
        const QByteArray page = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
                                "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        writeHead(s, 502, "text/html", page.size());
        s->write(page);
        return;
    }
    if (fault == "empty200") {
        writeHead(s, 200, stream ? events : json, 0);
        return;
    }
    if (fault.startsWith("r429_")) {
        QByteArray extra;
        if (fault == "r429_s")
            extra = "Retry-After: 1\r\n";
        else if (fault == "r429_date")
            extra = "Retry-After: " + QLocale::c().toString(QDateTime::currentDateTimeUtc().addSecs(2), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'").toLatin1() + "\r\n"; // IMF-fixdate
        else
            extra = "retry-after-ms: 1500\r\n";
        const QByteArray body = anthropic ? QByteArray(R"({"type":"error","error":{"type":"rate_limit_error","message":"slow down"}})")
                                          : QByteArray(R"({"error":{"message":"slow down","type":"rate_limit_exceeded","param":null,"code":null}})");
        writeHead(s, 429, json, body.size(), extra);
        s->write(body);
        return;
    }
    // An unknown model: a plain 404 in the API's shape.
    const QByteArray body = errorBody(anthropic);
    writeHead(s, 404, json, body.size());
    s->write(body);
}

} // namespace sy::test
