#include "proxy/ProxyHandler.h"

#include <QPointer>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "http/ApiErrors.h"
#include "proxy/ClientKeys.h"
#include "proxy/ModelListing.h"
#include "proxy/ProxyLog.h"
#include "proxy/ProxyExchange.h"
#include "responses/ResponsesRequest.h"
#include "routing/RequestReader.h"

namespace sy {

namespace {

const HttpHeaders kJson = {{"Content-Type", "application/json"}};

// One upstream pool per worker thread: connections are reused on the thread that owns them.
// The exchanges started on this worker thread (QPointer: finished ones read as null).
std::vector<QPointer<ProxyExchange>> &openExchanges()
{
    thread_local std::vector<QPointer<ProxyExchange>> exchanges;
    std::erase_if(exchanges, [](const QPointer<ProxyExchange> &e) { return e.isNull(); }); // keeps it short
    return exchanges;
}

void trackOnThisThread(ProxyExchange *exchange) { openExchanges().push_back(QPointer<ProxyExchange>(exchange)); }

UpstreamPool *threadPool()
{
    thread_local std::unique_ptr<UpstreamPool> pool;
    if (!pool)
        pool = std::make_unique<UpstreamPool>();
    return pool.get();
}

// screen() and handle() look the same key up one after the other on this thread: hash it once.
const QByteArray &hashOfPresented(const QByteArray &presented)
{
    thread_local QByteArray lastPresented;
    thread_local QByteArray lastHash;
    if (presented != lastPresented || lastHash.isEmpty()) {
        lastHash = KeyMaterial::hash(presented);
        lastPresented = presented;
    }
    return lastHash;
}

} // namespace

ProxyHandler::ProxyHandler(std::shared_ptr<ProxyRuntime> runtime, LogSink logSink)
    : m_runtime(std::move(runtime)), m_logSink(std::move(logSink))
{
}

QString ProxyHandler::keyProblem(const HttpRequest &request, std::shared_ptr<KeyAccount> *account) const
{
    const QByteArray presented = ClientKeys::presented(request);
    if (!m_clientKeys.isEmpty() && ClientKeys::accepts(m_clientKeys, presented))
        return {};
    if (m_keys && !presented.isEmpty() && !m_keys->isEmpty()) {
        if (std::shared_ptr<KeyAccount> found = m_keys->find(hashOfPresented(presented))) {
            const std::shared_ptr<const VirtualKey> key = found->key();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (key->usableAt(now)) {
                if (account)
                    *account = std::move(found);
                return {};
            }
            return key->revokedMs != 0 ? QStringLiteral("the key '%1' was revoked").arg(key->name)
                                       : QStringLiteral("the key '%1' expired").arg(key->name);
        }
    }
    return QStringLiteral("missing or unknown API key: send one of this proxy's client keys as "
                          "\"Authorization: Bearer KEY\" or \"x-api-key: KEY\"");
}

std::optional<HttpEarlyAnswer> ProxyHandler::screen(const HttpRequest &request)
{
    if (!keysRequired())
        return std::nullopt;
    const QByteArray &path = request.path;
    if ((request.method == "GET" || request.method == "HEAD") && (path == "/health" || path == "/v1/health"))
        return std::nullopt;
    const QString problem = keyProblem(request, nullptr);
    if (problem.isEmpty())
        return std::nullopt;
    const bool anthropicClient =
        path.endsWith("/messages") || path.endsWith("/count_tokens") || request.hasHeader("anthropic-version");
    return HttpEarlyAnswer{
        401, kJson, apiErrorBody(anthropicClient ? ApiFormat::AnthropicMessages : ApiFormat::OpenAIChat, 401, problem, "invalid_api_key")};
}

void ProxyHandler::handle(HttpRequest request, HttpResponder responder)
{
    std::shared_ptr<ProxyRuntime> runtime = m_runtime.load();
    const QByteArray &path = request.path;
    const bool anthropicClient =
        path.endsWith("/messages") || path.endsWith("/count_tokens") || request.hasHeader("anthropic-version");
    const ApiFormat format = anthropicClient ? ApiFormat::AnthropicMessages : ApiFormat::OpenAIChat;

    const bool get = request.method == "GET" || request.method == "HEAD"; // the server leaves HEAD's body out
    if (get && (path == "/health" || path == "/v1/health")) {
        QJsonObject body{{QStringLiteral("status"), QStringLiteral("ok")}};
        if (!keysRequired() || keyProblem(request, nullptr).isEmpty()) {
            body.insert(QStringLiteral("policy"),
                        runtime->policy->policy.name); // names only for those with a key
            body.insert(QStringLiteral("routes"), qint64(runtime->policy->policy.routes.size()));
        }
        responder.respond(200, kJson, QJsonDocument(body).toJson(QJsonDocument::Compact));
        return;
    }
    if (get && path == "/metrics") {
        responder.respond(200, {{"Content-Type", "text/plain; version=0.0.4"}},
                          m_metrics.render(*runtime, m_active.load(), m_keys.get(), &m_responseCache));
        return;
    }
    if (get && (path == "/v1/models" || path == "/models")) {
        answerModelList(std::move(runtime), format, threadPool(), responder);
        return;
    }
    if (get && (path.startsWith("/v1/models/") || path.startsWith("/models/"))) {
        // Model ids may hold slashes ("provider/model"), percent-encoded or not.
        const QByteArray id = QByteArray::fromPercentEncoding(path.mid(path.indexOf("/models/") + 8));
        answerModelList(std::move(runtime), format, threadPool(), responder, QString::fromUtf8(id));
        return;
    }
    if (path == "/v1/feedback" || path == "/feedback") {
        answerFeedback(request, responder, format);
        return;
    }
    if (!get && request.hasHeader("x-switchyard-feedback"))
        takeFeedbackHeader(request);
    if (path.startsWith("/v1/responses/") || path.startsWith("/responses/")) {
        answerStoredResponse(request, responder);
        return;
    }
    if (path == "/v1/responses" || path == "/responses") {
        if (request.method != "POST") {
            responder.respond(405, kJson, apiErrorBody(format, 405, QStringLiteral("use POST for %1").arg(QString::fromUtf8(path))));
            return;
        }
        handleResponses(std::move(request), responder, std::move(runtime));
        return;
    }
    const bool chat = path == "/v1/chat/completions" || path == "/chat/completions";
    const bool messages = path == "/v1/messages" || path == "/messages";
    const bool embeddings = path == "/v1/embeddings" || path == "/embeddings";
    const bool countTokens = path == "/v1/messages/count_tokens" || path == "/messages/count_tokens";
    const bool completions = path == "/v1/completions" || path == "/completions";
    if (!chat && !messages && !embeddings && !countTokens && !completions) {
        responder.respond(
            404, kJson,
            apiErrorBody(format, 404,
                         QStringLiteral("no such endpoint: %1 %2")
                             .arg(QString::fromLatin1(request.method), QString::fromUtf8(path))));
        return;
    }
    if (request.method != "POST") {
        responder.respond(
            405, kJson,
            apiErrorBody(format, 405, QStringLiteral("use POST for %1").arg(QString::fromUtf8(path))));
        return;
    }
    ParsedRequest parsed = embeddings    ? RequestReader::readEmbeddings(request.body)
                           : completions ? RequestReader::readCompletions(request.body)
                                         : RequestReader::read(request.body, format);
    if (!parsed.error.isEmpty()) {
        responder.respond(
            400, kJson,
            apiErrorBody(format, 400, QStringLiteral("invalid request body: %1").arg(parsed.error)));
        return;
    }
    if (format == ApiFormat::AnthropicMessages && parsed.features.maxTokens <= 0 && !countTokens) {
        responder.respond(400, kJson,
                          apiErrorBody(format, 400, QStringLiteral("max_tokens: field required")));
        return;
    }
    std::shared_ptr<KeyAccount> account;
    if (m_keys && !m_keys->isEmpty())
        keyProblem(request, &account); // screened already: only which virtual key, if any
    // Headers feed conditions and sticky keys; credentials never enter traces or logs.
    std::erase_if(request.headers, [](const auto &header) { // in place: no second list
        return header.first == "authorization" || header.first == "x-api-key" ||
               header.first == "proxy-authorization";
    });
    auto *exchange = new ProxyExchange(
        std::move(runtime), {std::move(request.body), format, std::move(parsed), std::move(request.headers), {}, std::move(account)},
        responder, {threadPool(), m_logSink, &m_active, &m_metrics, &m_responseStore, &m_responseCache, &m_sessions, &m_shadowBudget,
                    &trackOnThisThread});
    QPointer<ProxyExchange> tracked(exchange);
    openExchanges().push_back(tracked);
    exchange->start(embeddings    ? ProxyExchange::Endpoint::Embeddings
                    : countTokens ? ProxyExchange::Endpoint::CountTokens
                    : completions ? ProxyExchange::Endpoint::Completions
                                  : ProxyExchange::Endpoint::Chat);
}

// OpenAI's Responses API: translated to a chat-completions request, routed like one, and its
// answer (or stream) turned back into the Responses shape by the exchange.
void ProxyHandler::handleResponses(HttpRequest request, HttpResponder responder, std::shared_ptr<ProxyRuntime> runtime)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ResponsesToChat translated = responsesToChat(request.body, [this, now](const QString &id, QString *error) {
        return m_responseStore.conversation(id, now, error);
    });
    if (!translated.error.isEmpty()) {
        responder.respond(400, kJson, apiErrorBody(ApiFormat::OpenAIChat, 400, translated.error));
        return;
    }
    ParsedRequest parsed = RequestReader::read(translated.chatBody, ApiFormat::OpenAIChat);
    if (!parsed.error.isEmpty()) {
        responder.respond(400, kJson,
                          apiErrorBody(ApiFormat::OpenAIChat, 400, QStringLiteral("invalid request body: %1").arg(parsed.error)));
        return;
    }
    std::shared_ptr<KeyAccount> account;
    if (m_keys && !m_keys->isEmpty())
        keyProblem(request, &account);
    std::erase_if(request.headers, [](const auto &header) {
        return header.first == "authorization" || header.first == "x-api-key" || header.first == "proxy-authorization";
    });
    auto context = std::make_shared<const ResponsesContext>(std::move(translated.context));
    auto *exchange = new ProxyExchange(std::move(runtime),
                                       {std::move(translated.chatBody), ApiFormat::OpenAIChat, std::move(parsed),
                                        std::move(request.headers), std::move(context), std::move(account)},
                                       responder, {threadPool(), m_logSink, &m_active, &m_metrics, &m_responseStore, &m_responseCache, &m_sessions, &m_shadowBudget,
                    &trackOnThisThread});
    openExchanges().push_back(QPointer<ProxyExchange>(exchange));
    exchange->start(ProxyExchange::Endpoint::Chat);
}

Feedback ProxyHandler::stamped(Feedback feedback, const HttpRequest &request) const
{
    feedback.timestampMs = QDateTime::currentMSecsSinceEpoch();
    feedback.client = QString::fromUtf8(request.header("x-switchyard-client"));
    std::shared_ptr<KeyAccount> account;
    if (m_keys && !m_keys->isEmpty() && keyProblem(request, &account).isEmpty() && account)
        feedback.keyName = account->key()->name;
    return feedback;
}

// POST /v1/feedback: a verdict on an earlier answer, by its x-request-id.
void ProxyHandler::answerFeedback(const HttpRequest &request, HttpResponder responder, ApiFormat format)
{
    if (request.method != "POST") {
        responder.respond(405, kJson, apiErrorBody(format, 405, QStringLiteral("use POST for %1").arg(QString::fromUtf8(request.path))));
        return;
    }
    QString error;
    Feedback feedback = FeedbackReader::fromJson(request.body, &error);
    if (!error.isEmpty()) {
        responder.respond(400, kJson, apiErrorBody(format, 400, QStringLiteral("invalid feedback: %1").arg(error)));
        return;
    }
    feedback = stamped(std::move(feedback), request);
    QJsonObject answer{{QStringLiteral("object"), QStringLiteral("feedback")},
                       {QStringLiteral("request_id"), feedback.requestId},
                       {QStringLiteral("recorded"), true}};
    if (feedback.score >= 0)
        answer.insert(QStringLiteral("score"), feedback.score);
    if (!feedback.label.isEmpty())
        answer.insert(QStringLiteral("label"), feedback.label);
    if (!m_feedbackSink || !m_feedbackSink(std::move(feedback))) {
        responder.respond(503, kJson,
                          apiErrorBody(format, 503, QStringLiteral("feedback is not kept: this proxy has no workspace "
                                                                   "(switchyard-cli proxy --workspace FILE)")));
        return;
    }
    responder.respond(200, kJson, QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

// x-switchyard-feedback on any request: the verdict on the previous answer rides along. The
// request itself goes on whatever the header holds; a bad header is logged, not answered.
void ProxyHandler::takeFeedbackHeader(const HttpRequest &request)
{
    QString error;
    Feedback feedback = FeedbackReader::fromHeader(request.header("x-switchyard-feedback"), &error);
    if (!error.isEmpty()) {
        qCWarning(lcProxy, "x-switchyard-feedback ignored: %s", qPrintable(error));
        return;
    }
    const QString requestId = feedback.requestId;
    if (!m_feedbackSink || !m_feedbackSink(stamped(std::move(feedback), request)))
        qCWarning(lcProxy, "x-switchyard-feedback for %s not kept: no workspace", qPrintable(requestId));
}

// GET /v1/responses/{id}, GET /v1/responses/{id}/input_items and DELETE /v1/responses/{id}.
void ProxyHandler::answerStoredResponse(const HttpRequest &request, HttpResponder responder)
{
    const QByteArray rest = request.path.mid(request.path.indexOf("/responses/") + 11);
    const qsizetype slash = rest.indexOf('/');
    const QString id = QString::fromUtf8(slash < 0 ? rest : rest.left(slash));
    const QByteArray sub = slash < 0 ? QByteArray() : rest.mid(slash + 1);
    const bool get = request.method == "GET" || request.method == "HEAD";
    if (!(get && (sub.isEmpty() || sub == "input_items")) && !(request.method == "DELETE" && sub.isEmpty())) {
        responder.respond(sub.isEmpty() || sub == "input_items" ? 405 : 404, kJson,
                          apiErrorBody(ApiFormat::OpenAIChat, sub.isEmpty() || sub == "input_items" ? 405 : 404,
                                       QStringLiteral("no such endpoint: %1 %2")
                                           .arg(QString::fromLatin1(request.method), QString::fromUtf8(request.path))));
        return;
    }
    if (request.method == "DELETE") {
        if (!m_responseStore.remove(id)) {
            responder.respond(404, kJson, apiErrorBody(ApiFormat::OpenAIChat, 404, QStringLiteral("no stored response '%1'").arg(id)));
            return;
        }
        responder.respond(200, kJson,
                          QJsonDocument(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("object"), QStringLiteral("response")},
                                                    {QStringLiteral("deleted"), true}})
                              .toJson(QJsonDocument::Compact));
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const std::optional<ResponseStore::Entry> entry = m_responseStore.get(id, now);
    if (!entry) {
        responder.respond(404, kJson, apiErrorBody(ApiFormat::OpenAIChat, 404, QStringLiteral("no stored response '%1'").arg(id)));
        return;
    }
    if (sub.isEmpty()) {
        responder.respond(200, kJson, QJsonDocument(entry->response).toJson(QJsonDocument::Compact));
        return;
    }
    // The items that went in: the conversation without this response's own output, newest first
    // as OpenAI lists them.
    QString broken;
    const std::optional<QJsonArray> conversation = m_responseStore.conversation(id, now, &broken);
    if (!conversation) {
        responder.respond(404, kJson, apiErrorBody(ApiFormat::OpenAIChat, 404, broken));
        return;
    }
    const qsizetype outputs = entry->response.value(QStringLiteral("output")).toArray().size();
    QJsonArray items;
    for (qsizetype i = conversation->size() - outputs - 1; i >= 0; --i) {
        QJsonObject item = conversation->at(i).toObject();
        if (!item.contains(QStringLiteral("id")))
            item.insert(QStringLiteral("id"), QStringLiteral("%1_item_%2").arg(id).arg(i));
        items.append(item);
    }
    const auto itemId = [&](qsizetype i) { return items.isEmpty() ? QJsonValue::Null : items.at(i).toObject().value(QStringLiteral("id")); };
    responder.respond(200, kJson,
                      QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                                {QStringLiteral("data"), items},
                                                {QStringLiteral("first_id"), itemId(0)},
                                                {QStringLiteral("last_id"), itemId(items.size() - 1)},
                                                {QStringLiteral("has_more"), false}})
                          .toJson(QJsonDocument::Compact));
}

void ProxyHandler::stopOnThisThread()
{
    // Each destructor cancels its upstream call on this thread's pool, which is still alive.
    const std::vector<QPointer<ProxyExchange>> open = std::exchange(openExchanges(), {});
    for (const QPointer<ProxyExchange> &exchange : open)
        delete exchange.data();
}

} // namespace sy
