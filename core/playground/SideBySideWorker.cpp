#include "playground/SideBySideWorker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include "playground/SideBySide.h"
#include "http/LineSplitter.h"
#include "upstream/UpstreamPool.h"

namespace sy {

namespace {
constexpr int kFlushMs = 50;
constexpr int kLogWaitMs = 2000;

// The message of an error body in either API's shape, else its start.
QString errorMessage(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue error = o.value(QStringLiteral("error"));
    if (error.isObject())
        return error[QStringLiteral("message")].toString();
    if (error.isString())
        return error.toString();
    return QString::fromUtf8(body.left(200)).simplified();
}
} // namespace

SideBySideWorker::SideBySideWorker(SideBySide *owner, QThread *thread)
    : m_owner(owner), m_flush(new QTimer(this)), m_logWait(new QTimer(this))
{
    m_flush->setInterval(kFlushMs);
    connect(m_flush, &QTimer::timeout, this, &SideBySideWorker::flush);
    m_logWait->setSingleShot(true);
    connect(m_logWait, &QTimer::timeout, this, [this] {
        std::vector<QByteArray> overdue;
        for (const auto &[id, p] : m_pending)
            if (p.streamEnded && !p.logged)
                overdue.push_back(id);
        for (const QByteArray &id : overdue) {
            m_pending[id].logged = true; // without what the proxy did: the stream is all there is
            maybeFinish(id);
        }
    });
    moveToThread(thread); // the timers, children, go along; the pool is made there (start)
}

SideBySideWorker::~SideBySideWorker()
{
    for (auto &[id, p] : m_pending)
        p.call.cancel();
    for (CandidateProxy &proxy : m_proxies)
        proxy.stop();
}

QString SideBySideWorker::start(const std::vector<ReplayCandidate> &candidates, const ReplayPlan &hooks)
{
    m_pool = new UpstreamPool(this); // here, on the worker's thread, where its timers run
    QPointer<SideBySideWorker> self(this);
    for (const ReplayCandidate &c : candidates) {
        // The proxy logs on its own worker thread; the entry comes here to meet its stream.
        auto proxy = CandidateProxy::serve(c.policy, hooks, nullptr, [self](RequestLogEntry &&entry) {
            QMetaObject::invokeMethod(self.data(), [self, entry = std::move(entry)] {
                if (self)
                    self->onLogged(entry);
            });
        });
        if (!proxy)
            return SideBySide::tr("%1 could not be served on a local port.").arg(c.label);
        m_proxies.push_back(std::move(*proxy));
        m_routes.push_back(c.route);
    }
    return {};
}

void SideBySideWorker::ask(int turn, const std::vector<QJsonArray> &conversations, std::optional<int> maxTokens,
                           std::optional<double> temperature)
{
    for (size_t column = 0; column < conversations.size() && column < m_proxies.size(); ++column) {
        QJsonObject body{{QStringLiteral("model"), m_routes[column]},
                         {QStringLiteral("messages"), conversations[column]},
                         {QStringLiteral("stream"), true},
                         {QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}}}};
        if (maxTokens)
            body.insert(QStringLiteral("max_tokens"), *maxTokens);
        if (temperature)
            body.insert(QStringLiteral("temperature"), *temperature);
        const QByteArray id = "sbs-" + QByteArray::number(++m_nextId);
        Pending &p = m_pending[id];
        p.answer.column = int(column);
        p.answer.turn = turn;
        p.clock.start();
        UpstreamRequest request;
        request.endpoint = m_proxies[column].endpoint;
        request.path = "/chat/completions";
        request.headers = {{"Content-Type", "application/json"}, {"x-request-id", id}, {"x-switchyard-client", "side-by-side"}};
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        UpstreamCallbacks callbacks;
        // The callbacks find their answer by id: a cancelled one is gone, and nothing is made anew.
        callbacks.onHeaders = [this, id](int status, const HttpHeaders &) {
            if (auto it = m_pending.find(id); it != m_pending.end())
                it->second.answer.status = status;
        };
        callbacks.onBody = [this, id](QByteArrayView data) {
            auto it = m_pending.find(id);
            if (it == m_pending.end() || it->second.streamEnded)
                return;
            Pending &streaming = it->second;
            if (streaming.answer.status != 200) {
                streaming.errorBody.append(data);
                return;
            }
            forEachLine(streaming.partial, data, [this, &streaming](QByteArrayView line) { onLine(streaming, line); });
        };
        callbacks.onComplete = [this, id] {
            auto it = m_pending.find(id);
            if (it == m_pending.end())
                return;
            const Pending &ended = it->second;
            endStream(id, ended.answer.status == 200
                              ? QString()
                              : SideBySide::tr("HTTP %1: %2").arg(ended.answer.status).arg(errorMessage(ended.errorBody)));
        };
        callbacks.onError = [this, id](UpstreamError, const QString &message) { endStream(id, message); };
        p.call = m_pool->send(std::move(request), std::move(callbacks));
    }
    if (!m_flush->isActive())
        m_flush->start();
}

void SideBySideWorker::onLine(Pending &p, QByteArrayView line)
{
    if (!line.startsWith("data:"))
        return;
    const QByteArrayView data = line.sliced(5).trimmed();
    if (data == "[DONE]")
        return;
    const QJsonObject event = QJsonDocument::fromJson(data.toByteArray()).object();
    if (event.contains(QStringLiteral("error"))) {
        p.answer.error = errorMessage(data.toByteArray());
        return;
    }
    const QJsonArray choices = event.value(QStringLiteral("choices")).toArray();
    if (choices.isEmpty())
        return;
    const QString delta = choices.first()[QStringLiteral("delta")][QStringLiteral("content")].toString();
    if (delta.isEmpty())
        return;
    if (p.answer.ttftMs < 0)
        p.answer.ttftMs = double(p.clock.nsecsElapsed()) / 1e6;
    p.answer.text += delta;
    p.dirty = true;
}

void SideBySideWorker::endStream(const QByteArray &id, const QString &error)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end() || it->second.streamEnded)
        return;
    Pending &p = it->second;
    p.streamEnded = true;
    p.answer.latencyMs = double(p.clock.nsecsElapsed()) / 1e6;
    if (p.answer.error.isEmpty())
        p.answer.error = error;
    if (p.answer.error.isEmpty() && p.answer.text.isEmpty())
        p.answer.error = SideBySide::tr("the answer was empty");
    m_logWait->start(kLogWaitMs);
    maybeFinish(id);
}

void SideBySideWorker::onLogged(const RequestLogEntry &entry)
{
    auto it = m_pending.find(entry.requestId.toLatin1());
    if (it == m_pending.end())
        return;
    SideBySideAnswer &a = it->second.answer;
    a.provider = entry.provider;
    a.model = entry.model;
    a.inputTokens = entry.inputTokens;
    a.outputTokens = entry.outputTokens;
    a.costUsd = entry.costUsd;
    a.attempts = entry.attempts;
    const QJsonObject trace = QJsonDocument::fromJson(entry.trace().toUtf8()).object();
    for (const QJsonValue &t : trace.value(QStringLiteral("targets")).toArray())
        a.targets.append(t[QStringLiteral("target")].toString());
    if (a.error.isEmpty() && !entry.error.isEmpty() && (entry.status < 200 || entry.status >= 300))
        a.error = entry.error;
    it->second.logged = true;
    maybeFinish(it->first);
}

void SideBySideWorker::maybeFinish(const QByteArray &id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end() || !it->second.streamEnded || !it->second.logged)
        return;
    SideBySideAnswer answer = std::move(it->second.answer);
    answer.finished = true;
    m_pending.erase(it);
    QMetaObject::invokeMethod(m_owner, [owner = m_owner, answer] { owner->deliver(answer); });
    if (m_pending.empty())
        m_flush->stop();
}

void SideBySideWorker::flush()
{
    for (auto &[id, p] : m_pending) {
        if (!p.dirty || p.streamEnded)
            continue;
        p.dirty = false;
        QMetaObject::invokeMethod(m_owner, [owner = m_owner, answer = p.answer] { owner->deliver(answer); });
    }
}

void SideBySideWorker::cancel()
{
    std::vector<QByteArray> ids;
    for (auto &[id, p] : m_pending)
        if (!p.streamEnded)
            ids.push_back(id);
    for (const QByteArray &id : ids) {
        m_pending[id].call.cancel();
        endStream(id, SideBySide::tr("stopped"));
    }
}

} // namespace sy
