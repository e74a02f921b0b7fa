#include "mock/MockProvider.h"

#include "prompts/PromptSet.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <cmath>

#include "domain/StructuredOutput.h"
#include "domain/TokenEstimator.h"
#include "http/ApiErrors.h"
#include "responses/ResponsesAnswer.h"
#include "responses/ResponsesRequest.h"
#include "responses/ResponsesStream.h"
#include "mock/MockContent.h"
#include "routing/RequestFeatures.h"

namespace sy {

namespace {

QByteArray toJson(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

const HttpHeaders kJson = {{"Content-Type", "application/json"}};
const HttpHeaders kSse = {{"Content-Type", "text/event-stream"}, {"Cache-Control", "no-cache"}};

void sendError(HttpResponder &r, ApiFormat format, int status, const QString &message, HttpHeaders extra = {})
{
    HttpHeaders headers = kJson;
    headers.insert(headers.end(), extra.begin(), extra.end());
    const char *code = status == 404 ? "model_not_found" : status == 429 ? "rate_limit_exceeded" : nullptr;
    r.respond(status, headers, apiErrorBody(format, status, message, code));
}

// One answer in progress: waits for the first token, then emits at the model's pace.
class Exchange : public QObject
{
public:
    struct Plan
    {
        ApiFormat format;
        bool stream = false;
        bool includeUsage = false;
        QString model;
        QStringList tokens;
        std::optional<MockContent::ToolCall> toolCall;
        int promptTokens = 0;
        bool truncated = false; // stopped by max_tokens
        int firstTokenMs = 0;
        double tokensPerSecond = 50;
        bool malformed = false;
        bool drop = false;
        quint64 idSeed = 0;
        // Asked through the Responses API: the chat answer is written in its shape.
        std::shared_ptr<const ResponsesContext> responses;
        // n > 1 (OpenAI chat): the answers of choices 1..n-1, each its own text.
        QList<QStringList> moreChoices;
        QList<bool> moreTruncated;
    };

    Exchange(Plan plan, HttpResponder responder) : m_plan(std::move(plan)), m_responder(std::move(responder))
    {
        if (m_plan.responses && m_plan.stream)
            m_responsesStream = std::make_unique<ResponsesStreamWriter>(*m_plan.responses);
        m_id = m_plan.format == ApiFormat::AnthropicMessages
                   ? QStringLiteral("msg_mock%1").arg(m_plan.idSeed, 16, 16, QLatin1Char('0'))
                   : QStringLiteral("chatcmpl-mock%1").arg(m_plan.idSeed, 16, 16, QLatin1Char('0'));
        QPointer<Exchange> self(this);
        m_responder.onClientGone([self] {
            if (self)
                self->deleteLater();
        });
        const int totalMs = m_plan.stream ? m_plan.firstTokenMs
                                          : m_plan.firstTokenMs + int(1000.0 * outputTokens() / m_plan.tokensPerSecond);
        QTimer::singleShot(totalMs, this, m_plan.stream ? &Exchange::startStream : &Exchange::answerWhole);
    }

private:
    int outputTokens() const
    {
        if (m_plan.toolCall)
            return qMax(1, int(QJsonDocument(m_plan.toolCall->arguments).toJson(QJsonDocument::Compact).size() / 4) + 8);
        return int(m_plan.tokens.size());
    }

    QString stopReason() const
    {
        const bool anthropic = m_plan.format == ApiFormat::AnthropicMessages;
        if (m_plan.toolCall)
            return anthropic ? QStringLiteral("tool_use") : QStringLiteral("tool_calls");
        if (m_plan.truncated)
            return anthropic ? QStringLiteral("max_tokens") : QStringLiteral("length");
        return anthropic ? QStringLiteral("end_turn") : QStringLiteral("stop");
    }

    QJsonObject openAiUsage() const
    {
        int output = outputTokens(); // every choice's tokens, as OpenAI bills n > 1
        for (const QStringList &choice : m_plan.moreChoices)
            output += int(choice.size());
        return {{QStringLiteral("prompt_tokens"), m_plan.promptTokens},
                {QStringLiteral("completion_tokens"), output},
                {QStringLiteral("total_tokens"), m_plan.promptTokens + output}};
    }

    QString moreStopReason(qsizetype choice) const
    {
        return m_plan.moreTruncated.value(choice) ? QStringLiteral("length") : QStringLiteral("stop");
    }

    QJsonArray openAiToolCalls(bool withIndex) const
    {
        QJsonObject call{{QStringLiteral("id"), m_plan.toolCall->id},
                         {QStringLiteral("type"), QStringLiteral("function")},
                         {QStringLiteral("function"),
                          QJsonObject{{QStringLiteral("name"), m_plan.toolCall->name},
                                      {QStringLiteral("arguments"),
                                       QString::fromUtf8(toJson(m_plan.toolCall->arguments))}}}};
        if (withIndex)
            call.insert(QStringLiteral("index"), 0);
        return QJsonArray{call};
    }

    void answerWhole()
    {
        if (m_plan.drop) {
            m_responder.abort();
            deleteLater();
            return;
        }
        if (m_plan.malformed) {
            m_responder.respond(200, kJson, "{\"id\": \"" + m_id.toUtf8() + "\", \"choices\": [{\"message\": ");
            deleteLater();
            return;
        }
        const QString text = m_plan.tokens.join(QString());
        QJsonObject body;
        if (m_plan.format == ApiFormat::AnthropicMessages) {
            QJsonArray content;
            if (m_plan.toolCall)
                content.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_use")},
                                           {QStringLiteral("id"), m_plan.toolCall->id},
                                           {QStringLiteral("name"), m_plan.toolCall->name},
                                           {QStringLiteral("input"), m_plan.toolCall->arguments}});
            else
                content.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}});
            body = {{QStringLiteral("id"), m_id},
                    {QStringLiteral("type"), QStringLiteral("message")},
                    {QStringLiteral("role"), QStringLiteral("assistant")},
                    {QStringLiteral("model"), m_plan.model},
                    {QStringLiteral("content"), content},
                    {QStringLiteral("stop_reason"), stopReason()},
                    {QStringLiteral("stop_sequence"), QJsonValue::Null},
                    {QStringLiteral("usage"), QJsonObject{{QStringLiteral("input_tokens"), m_plan.promptTokens},
                                                          {QStringLiteral("output_tokens"), outputTokens()}}}};
        } else {
            QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")}};
            if (m_plan.toolCall) {
                message.insert(QStringLiteral("content"), QJsonValue::Null);
                message.insert(QStringLiteral("tool_calls"), openAiToolCalls(false));
            } else {
                message.insert(QStringLiteral("content"), text);
            }
            body = {{QStringLiteral("id"), m_id},
                    {QStringLiteral("object"), QStringLiteral("chat.completion")},
                    {QStringLiteral("created"), QDateTime::currentSecsSinceEpoch()},
                    {QStringLiteral("model"), m_plan.model},
                    {QStringLiteral("choices"), QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                                        {QStringLiteral("message"), message},
                                                                        {QStringLiteral("logprobs"), QJsonValue::Null},
                                                                        {QStringLiteral("finish_reason"), stopReason()}}}},
                    {QStringLiteral("usage"), openAiUsage()}};
            QJsonArray choices = body.value(QStringLiteral("choices")).toArray();
            for (qsizetype i = 0; i < m_plan.moreChoices.size(); ++i)
                choices.append(QJsonObject{{QStringLiteral("index"), int(i + 1)},
                                           {QStringLiteral("message"), QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                                                   {QStringLiteral("content"), m_plan.moreChoices[i].join(QString())}}},
                                           {QStringLiteral("logprobs"), QJsonValue::Null},
                                           {QStringLiteral("finish_reason"), moreStopReason(i)}});
            body.insert(QStringLiteral("choices"), choices);
        }
        m_responder.respond(200, kJson, m_plan.responses ? responsesFromChat(toJson(body), *m_plan.responses) : toJson(body));
        deleteLater();
    }

    // A stream's bytes, as chat events or, through the Responses API, translated to its events.
    void write(const QByteArray &events)
    {
        if (!m_responsesStream)
            return m_responder.writeChunk(events);
        if (const QByteArray out = m_responsesStream->feed(events); !out.isEmpty())
            m_responder.writeChunk(out);
    }

    void endStream()
    {
        if (m_responsesStream)
            if (const QByteArray out = m_responsesStream->finish(); !out.isEmpty())
                m_responder.writeChunk(out);
        m_responder.endChunked();
    }

    void sendEvent(const char *event, const QJsonObject &data)
    {
        if (m_plan.format == ApiFormat::AnthropicMessages)
            write(QByteArray("event: ") + event + "\ndata: " + toJson(data) + "\n\n");
        else
            write("data: " + toJson(data) + "\n\n");
    }

    QJsonObject openAiChunk(const QJsonObject &delta, const QJsonValue &finish) const
    {
        return {{QStringLiteral("id"), m_id},
                {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                {QStringLiteral("created"), m_created},
                {QStringLiteral("model"), m_plan.model},
                {QStringLiteral("choices"), QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                                    {QStringLiteral("delta"), delta},
                                                                    {QStringLiteral("logprobs"), QJsonValue::Null},
                                                                    {QStringLiteral("finish_reason"), finish}}}}};
    }

    void startStream()
    {
        m_created = QDateTime::currentSecsSinceEpoch();
        m_responder.beginChunked(200, kSse);
        if (m_plan.malformed) {
            m_responder.writeChunk("data: {\"id\": \"broken\", \"choices\": [\n\n");
            m_responder.endChunked();
            deleteLater();
            return;
        }
        if (m_plan.format == ApiFormat::AnthropicMessages) {
            sendEvent("message_start",
                      {{QStringLiteral("type"), QStringLiteral("message_start")},
                       {QStringLiteral("message"),
                        QJsonObject{{QStringLiteral("id"), m_id},
                                    {QStringLiteral("type"), QStringLiteral("message")},
                                    {QStringLiteral("role"), QStringLiteral("assistant")},
                                    {QStringLiteral("model"), m_plan.model},
                                    {QStringLiteral("content"), QJsonArray()},
                                    {QStringLiteral("stop_reason"), QJsonValue::Null},
                                    {QStringLiteral("stop_sequence"), QJsonValue::Null},
                                    {QStringLiteral("usage"), QJsonObject{{QStringLiteral("input_tokens"), m_plan.promptTokens},
                                                                          {QStringLiteral("output_tokens"), 1}}}}}});
            QJsonObject block = m_plan.toolCall
                                    ? QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_use")},
                                                  {QStringLiteral("id"), m_plan.toolCall->id},
                                                  {QStringLiteral("name"), m_plan.toolCall->name},
                                                  {QStringLiteral("input"), QJsonObject()}}
                                    : QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), QString()}};
            sendEvent("content_block_start", {{QStringLiteral("type"), QStringLiteral("content_block_start")},
                                              {QStringLiteral("index"), 0},
                                              {QStringLiteral("content_block"), block}});
            sendEvent("ping", {{QStringLiteral("type"), QStringLiteral("ping")}});
        } else {
            QJsonObject first{{QStringLiteral("role"), QStringLiteral("assistant")}};
            if (m_plan.toolCall) {
                first.insert(QStringLiteral("content"), QJsonValue::Null);
                QJsonArray calls = openAiToolCalls(true);
                QJsonObject call = calls[0].toObject();
                QJsonObject fn = call.value(QStringLiteral("function")).toObject();
                fn.insert(QStringLiteral("arguments"), QString());
                call.insert(QStringLiteral("function"), fn);
                first.insert(QStringLiteral("tool_calls"), QJsonArray{call});
            } else {
                first.insert(QStringLiteral("content"), QString());
            }
            sendEvent("", openAiChunk(first, QJsonValue::Null));
        }
        if (m_plan.toolCall) {
            emitToolArguments();
            return;
        }
        m_started.start();
        m_tick.setInterval(qMax(10, int(1000.0 / m_plan.tokensPerSecond)));
        connect(&m_tick, &QTimer::timeout, this, &Exchange::emitDueTokens);
        m_tick.start();
        emitDueTokens();
    }

    void emitToolArguments()
    {
        const QString args = QString::fromUtf8(toJson(m_plan.toolCall->arguments));
        for (qsizetype i = 0; i < args.size(); i += 8) {
            const QString part = args.mid(i, 8);
            if (m_plan.format == ApiFormat::AnthropicMessages)
                sendEvent("content_block_delta", {{QStringLiteral("type"), QStringLiteral("content_block_delta")},
                                                  {QStringLiteral("index"), 0},
                                                  {QStringLiteral("delta"), QJsonObject{{QStringLiteral("type"), QStringLiteral("input_json_delta")},
                                                                                        {QStringLiteral("partial_json"), part}}}});
            else
                sendEvent("", openAiChunk({{QStringLiteral("tool_calls"),
                                            QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                                   {QStringLiteral("function"), QJsonObject{{QStringLiteral("arguments"), part}}}}}}},
                                          QJsonValue::Null));
        }
        finishStream();
    }

    void emitDueTokens()
    {
        // A planned drop cuts the stream after half its tokens, mid-answer.
        const qsizetype limit = m_plan.drop ? qMax<qsizetype>(1, m_plan.tokens.size() / 2) : m_plan.tokens.size();
        const qsizetype due = qMin<qsizetype>(limit, 1 + qsizetype(double(m_started.elapsed()) * m_plan.tokensPerSecond / 1000.0));
        QString batch;
        while (m_sent < due)
            batch += m_plan.tokens.at(m_sent++);
        if (!batch.isEmpty()) {
            if (m_plan.format == ApiFormat::AnthropicMessages)
                sendEvent("content_block_delta", {{QStringLiteral("type"), QStringLiteral("content_block_delta")},
                                                  {QStringLiteral("index"), 0},
                                                  {QStringLiteral("delta"), QJsonObject{{QStringLiteral("type"), QStringLiteral("text_delta")},
                                                                                        {QStringLiteral("text"), batch}}}});
            else
                sendEvent("", openAiChunk({{QStringLiteral("content"), batch}}, QJsonValue::Null));
        }
        if (m_plan.drop && m_sent >= limit) {
            m_tick.stop();
            m_responder.abort();
            deleteLater();
            return;
        }
        if (m_sent >= m_plan.tokens.size()) {
            m_tick.stop();
            finishStream();
        }
    }

    void finishStream()
    {
        if (m_plan.format == ApiFormat::AnthropicMessages) {
            sendEvent("content_block_stop", {{QStringLiteral("type"), QStringLiteral("content_block_stop")}, {QStringLiteral("index"), 0}});
            sendEvent("message_delta", {{QStringLiteral("type"), QStringLiteral("message_delta")},
                                        {QStringLiteral("delta"), QJsonObject{{QStringLiteral("stop_reason"), stopReason()},
                                                                              {QStringLiteral("stop_sequence"), QJsonValue::Null}}},
                                        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("output_tokens"), outputTokens()}}}});
            sendEvent("message_stop", {{QStringLiteral("type"), QStringLiteral("message_stop")}});
        } else {
            sendEvent("", openAiChunk(QJsonObject(), stopReason()));
            // Choices 1..n-1 follow choice 0, each whole in one delta then its finish: clients
            // assemble choices by index, whatever the order.
            for (qsizetype i = 0; i < m_plan.moreChoices.size(); ++i) {
                for (const QJsonValue &finish : {QJsonValue(QJsonValue::Null), QJsonValue(moreStopReason(i))}) {
                    QJsonObject chunk = openAiChunk(finish.isNull() ? QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                                                  {QStringLiteral("content"), m_plan.moreChoices[i].join(QString())}}
                                                                    : QJsonObject(),
                                                    finish);
                    QJsonObject choice = chunk[QStringLiteral("choices")][0].toObject();
                    choice.insert(QStringLiteral("index"), int(i + 1));
                    chunk.insert(QStringLiteral("choices"), QJsonArray{choice});
                    sendEvent("", chunk);
                }
            }
            if (m_plan.includeUsage) {
                QJsonObject usage = openAiChunk(QJsonObject(), QJsonValue::Null);
                usage.insert(QStringLiteral("choices"), QJsonArray());
                usage.insert(QStringLiteral("usage"), openAiUsage());
                sendEvent("", usage);
            }
            write("data: [DONE]\n\n");
        }
        endStream();
        deleteLater();
    }

    Plan m_plan;
    HttpResponder m_responder;
    std::unique_ptr<ResponsesStreamWriter> m_responsesStream;
    QString m_id;
    qint64 m_created = 0;
    QElapsedTimer m_started;
    QTimer m_tick;
    qsizetype m_sent = 0;
};

} // namespace

MockProvider::MockProvider(MockConfig config) : m_config(std::move(config)) { m_clock.start(); }

MockProvider::Fault MockProvider::pickFault(const MockModel &model, const QByteArray &forced, quint64 roll)
{
    if (!forced.isEmpty()) {
        if (forced == "500") return Fault::ServerError;
        if (forced == "503") return Fault::Unavailable;
        if (forced == "429") return Fault::RateLimited;
        if (forced == "hang") return Fault::Hang;
        if (forced == "malformed") return Fault::Malformed;
        if (forced == "drop") return Fault::Drop;
        if (forced == "400") return Fault::BadRequest;
    }
    const MockFaults &f = model.faults;
    const qint64 now = m_clock.elapsed();
    for (const MockFaults::Window &w : f.outages) {
        const qint64 t = f.outagePeriodMs > 0 ? now % f.outagePeriodMs : now;
        if (t >= w.startMs && t < w.startMs + w.durationMs)
            return Fault::Unavailable;
    }
    if (f.rateLimitPeriodMs > 0 && now % f.rateLimitPeriodMs < f.rateLimitBurstMs)
        return Fault::RateLimited;
    double u = double(roll % 1000000) / 1e6;
    for (const auto &[rate, fault] : {std::pair{f.errorRate, Fault::ServerError}, std::pair{f.hangRate, Fault::Hang},
                                      std::pair{f.malformedRate, Fault::Malformed}, std::pair{f.dropRate, Fault::Drop}}) {
        if (u < rate)
            return fault;
        u -= rate;
    }
    return Fault::None;
}

namespace {

// What an Anthropic request asks of its answer's shape, as a chat response_format: the
// output_format parameter, or the system instruction the proxy writes for a response_format.
QJsonObject anthropicResponseFormat(const QJsonObject &body)
{
    const QJsonObject outputFormat = body.value(QStringLiteral("output_format")).toObject();
    if (outputFormat.value(QStringLiteral("type")).toString() == u"json_schema")
        return {{QStringLiteral("type"), QStringLiteral("json_schema")},
                {QStringLiteral("json_schema"), QJsonObject{{QStringLiteral("schema"), outputFormat.value(QStringLiteral("schema"))}}}};
    QString system = body.value(QStringLiteral("system")).toString();
    for (const QJsonValue &block : body.value(QStringLiteral("system")).toArray())
        system += block.toObject().value(QStringLiteral("text")).toString() + u'\n';
    if (const qsizetype at = system.indexOf(QLatin1String(kJsonSchemaInstruction)); at >= 0) {
        const qsizetype from = at + qsizetype(qstrlen(kJsonSchemaInstruction));
        const qsizetype end = system.indexOf(u'\n', from);
        const QJsonObject schema = QJsonDocument::fromJson(system.mid(from, end < 0 ? -1 : end - from).toUtf8()).object();
        return {{QStringLiteral("type"), QStringLiteral("json_schema")}, {QStringLiteral("json_schema"), QJsonObject{{QStringLiteral("schema"), schema}}}};
    }
    if (system.contains(QLatin1String(kJsonObjectInstruction)))
        return {{QStringLiteral("type"), QStringLiteral("json_object")}};
    return {};
}

} // namespace

void MockProvider::handle(HttpRequest request, HttpResponder responder)
{
    const qint64 serial = m_requests.fetch_add(1);
    const bool countTokens = request.path.endsWith("/messages/count_tokens");
    const bool anthropicPath = request.path.endsWith("/messages") || countTokens;
    const ApiFormat format = anthropicPath || request.hasHeader("anthropic-version") ? ApiFormat::AnthropicMessages
                                                                                     : ApiFormat::OpenAIChat;
    if (request.method == "GET" && (request.path == "/health" || request.path == "/v1/health")) {
        responder.respond(200, kJson, "{\"status\":\"ok\"}");
        return;
    }
    if (request.method == "GET" && request.path.endsWith("/models")) {
        QJsonArray data;
        for (const MockModel &m : m_config.models) {
            if (format == ApiFormat::AnthropicMessages)
                data.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("model")}, {QStringLiteral("id"), m.id},
                                        {QStringLiteral("display_name"), m.id},
                                        {QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00Z")}});
            else
                data.append(QJsonObject{{QStringLiteral("id"), m.id}, {QStringLiteral("object"), QStringLiteral("model")},
                                        {QStringLiteral("created"), 0}, {QStringLiteral("owned_by"), QStringLiteral("switchyard-mock")}});
        }
        QJsonObject body = format == ApiFormat::AnthropicMessages
                               ? QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("has_more"), false}}
                               : QJsonObject{{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}};
        responder.respond(200, kJson, toJson(body));
        return;
    }
    const bool responsesApi = request.path.endsWith("/responses") && format == ApiFormat::OpenAIChat;
    const bool chat = request.path.endsWith("/chat/completions") || anthropicPath || responsesApi; // count_tokens among them
    const bool embeddings = request.path.endsWith("/embeddings");
    const bool legacy = !chat && request.path.endsWith("/completions") && format == ApiFormat::OpenAIChat;
    if (!chat && !embeddings && !legacy) {
        sendError(responder, format, 404, QStringLiteral("no such endpoint: %1 %2").arg(QString::fromUtf8(request.method), QString::fromUtf8(request.path)));
        return;
    }
    if (request.method != "POST") {
        sendError(responder, format, 405, QStringLiteral("use POST"));
        return;
    }
    // The Responses API: served as the chat request it stands for, answered in its own shape.
    // The simulator keeps no responses, so previous_response_id is refused.
    std::shared_ptr<const ResponsesContext> responses;
    if (responsesApi) {
        ResponsesToChat translated = responsesToChat(request.body, [](const QString &id, QString *error) {
            *error = QStringLiteral("previous response '%1' not found: the simulated provider stores no responses").arg(id);
            return std::optional<QJsonArray>();
        });
        if (!translated.error.isEmpty())
            return sendError(responder, format, 400, translated.error);
        request.body = std::move(translated.chatBody);
        responses = std::make_shared<const ResponsesContext>(std::move(translated.context));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        sendError(responder, format, 400, QStringLiteral("request body is not a JSON object: %1").arg(parseError.errorString()));
        return;
    }
    const QJsonObject body = doc.object();
    const QString modelId = body.value(QStringLiteral("model")).toString();
    const MockModel *model = m_config.find(modelId);
    if (!model) {
        sendError(responder, format, 404, QStringLiteral("The model '%1' does not exist").arg(modelId));
        return;
    }

    if (countTokens) { // as Anthropic counts: the system prompt, every message's text, the tools
        QString text = body.value(QStringLiteral("system")).toString();
        for (const QJsonValue &m : body.value(QStringLiteral("messages")).toArray()) {
            const QJsonValue content = m.toObject().value(QStringLiteral("content"));
            text += u'\n' + content.toString();
            for (const QJsonValue &block : content.toArray())
                text += u'\n' + block.toObject().value(QStringLiteral("text")).toString();
        }
        if (body.contains(QStringLiteral("tools")))
            text += QString::fromUtf8(toJson(QJsonObject{{QStringLiteral("t"), body.value(QStringLiteral("tools"))}}));
        responder.respond(200, kJson, toJson({{QStringLiteral("input_tokens"), TokenEstimator::estimateText(text) + 3}}));
        return;
    }
    const quint64 roll = mixHash(m_config.seed ^ (quint64(serial) * 0x9e3779b97f4a7c15ULL));
    const Fault fault = pickFault(*model, request.header("x-mock-fault"), roll);
    switch (fault) {
    case Fault::ServerError: return sendError(responder, format, 500, QStringLiteral("simulated server error"));
    case Fault::Unavailable: return sendError(responder, format, 503, QStringLiteral("simulated outage"));
    case Fault::BadRequest: return sendError(responder, format, 400, QStringLiteral("simulated bad request"));
    case Fault::RateLimited:
        return sendError(responder, format, 429, QStringLiteral("simulated rate limit"),
                         {{"Retry-After", QByteArray::number(model->faults.retryAfterS)}});
    case Fault::Hang: {
        // Accepted, never answered: the connection stays open until the client gives up.
        auto *holder = new QObject;
        responder.onClientGone([holder] { holder->deleteLater(); });
        return;
    }
    default: break;
    }

    const int jitter = model->jitterMs > 0 ? int(roll >> 32) % (2 * model->jitterMs + 1) - model->jitterMs : 0;
    if (embeddings) {
        const QJsonValue input = body.value(QStringLiteral("input"));
        QStringList texts;
        if (input.isString())
            texts.append(input.toString());
        for (const QJsonValue &v : input.toArray())
            texts.append(v.toString());
        QJsonArray data;
        int tokens = 0;
        // The official clients ask for base64 by default and decode it themselves; `dimensions`
        // shortens the vector, as text-embedding-3 models do.
        const bool base64 = body.value(QStringLiteral("encoding_format")).toString() == u"base64";
        const int requested = body.value(QStringLiteral("dimensions")).toInt(0);
        const int dimensions = requested > 0 ? qMin(requested, 8192) : qMax(8, model->embeddingDimensions);
        for (qsizetype i = 0; i < texts.size(); ++i) {
            const std::vector<float> vector = MockContent::embedding(texts[i], dimensions);
            QJsonValue encoded;
            if (base64) {
                encoded = MockContent::embeddingBase64(vector);
            } else {
                QJsonArray vec;
                for (float x : vector)
                    vec.append(double(x));
                encoded = vec;
            }
            data.append(QJsonObject{{QStringLiteral("object"), QStringLiteral("embedding")}, {QStringLiteral("index"), i},
                                    {QStringLiteral("embedding"), encoded}});
            tokens += TokenEstimator::estimateText(texts[i]);
        }
        const QByteArray answer = toJson({{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data},
                                          {QStringLiteral("model"), modelId},
                                          {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), tokens},
                                                                                {QStringLiteral("total_tokens"), tokens}}}});
        auto *timer = new QTimer;
        timer->setSingleShot(true);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, responder, answer]() mutable {
            responder.respond(200, kJson, answer);
            timer->deleteLater();
        });
        timer->start(qMax(0, model->ttftMs + jitter));
        return;
    }

    if (legacy) { // the legacy completions API: text in, text out, streamed whole after the first-token time
        const QJsonValue promptValue = body.value(QStringLiteral("prompt"));
        const QString prompt = promptValue.isString() ? promptValue.toString() : promptValue.toArray().first().toString();
        const QStringList words = MockContent::tokens(modelId, prompt, model->minOutputTokens, model->maxOutputTokens, m_config.seed);
        const QString text = words.join(QString());
        const int promptTokens = TokenEstimator::estimateText(prompt);
        const QJsonObject usage{{QStringLiteral("prompt_tokens"), promptTokens}, {QStringLiteral("completion_tokens"), int(words.size())},
                                {QStringLiteral("total_tokens"), promptTokens + int(words.size())}};
        const QString id = QStringLiteral("cmpl-mock%1").arg(serial);
        auto choice = [](const QString &t, const QJsonValue &finish) {
            return QJsonArray{QJsonObject{{QStringLiteral("text"), t}, {QStringLiteral("index"), 0}, {QStringLiteral("logprobs"), QJsonValue::Null},
                                          {QStringLiteral("finish_reason"), finish}}};
        };
        auto head = [&](const QJsonArray &choices) {
            return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("object"), QStringLiteral("text_completion")},
                               {QStringLiteral("created"), 0}, {QStringLiteral("model"), modelId}, {QStringLiteral("choices"), choices}};
        };
        const bool stream = body.value(QStringLiteral("stream")).toBool();
        QByteArray answer;
        if (!stream) {
            QJsonObject whole = head(choice(text, QStringLiteral("stop")));
            whole.insert(QStringLiteral("usage"), usage);
            answer = toJson(whole);
        } else {
            for (const QString &w : words)
                answer += "data: " + toJson(head(choice(w, QJsonValue::Null))) + "\n\n";
            answer += "data: " + toJson(head(choice(QString(), QStringLiteral("stop")))) + "\n\n";
            if (body.value(QStringLiteral("stream_options")).toObject().value(QStringLiteral("include_usage")).toBool()) {
                QJsonObject last = head({});
                last.insert(QStringLiteral("usage"), usage);
                answer += "data: " + toJson(last) + "\n\n";
            }
            answer += "data: [DONE]\n\n";
        }
        QTimer::singleShot(qMax(0, model->ttftMs + jitter), [responder, answer, stream]() mutable {
            if (!stream)
                return responder.respond(200, kJson, answer);
            responder.beginChunked(200, {{"Content-Type", "text/event-stream"}});
            responder.writeChunk(answer);
            responder.endChunked();
        });
        return;
    }
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    if (messages.isEmpty())
        return sendError(responder, format, 400, QStringLiteral("messages: at least one message is required"));
    if (format == ApiFormat::AnthropicMessages && !body.value(QStringLiteral("max_tokens")).isDouble())
        return sendError(responder, format, 400, QStringLiteral("max_tokens: field required"));

    Exchange::Plan plan;
    plan.format = format;
    plan.stream = body.value(QStringLiteral("stream")).toBool();
    plan.includeUsage = body.value(QStringLiteral("stream_options")).toObject().value(QStringLiteral("include_usage")).toBool();
    plan.model = modelId;
    const QString lastUser = lastUserText(messages);
    const QString promptKey = QString::fromUtf8(QJsonDocument(messages).toJson(QJsonDocument::Compact));
    plan.tokens = MockContent::tokens(modelId, promptKey, model->minOutputTokens, model->maxOutputTokens, m_config.seed);
    if (const auto verdict = MockContent::judgeVerdict(lastUser)) {
        plan.tokens.clear();
        const QStringList words = verdict->split(u' ');
        for (qsizetype i = 0; i < words.size(); ++i)
            plan.tokens.append(i ? u' ' + words[i] : words[i]);
    } else if (model->accuracy >= 0) {
        // A model that knows answers says one first; the filler after it has no digits.
        if (const auto known = m_config.answers.constFind(lastUser.trimmed()); known != m_config.answers.cend()) {
            const QString said = MockContent::answer(modelId, lastUser.trimmed(), known.value(), model->accuracy, m_config.seed);
            plan.tokens = QStringList{QStringLiteral("Answer:"), u' ' + said + u'.'} + plan.tokens.mid(2);
        }
    }
    // Structured output: the answer is JSON (valid against the schema when one is given), its
    // text cut into pieces as a stream would carry it.
    QJsonObject responseFormat = body.value(QStringLiteral("response_format")).toObject();
    if (format == ApiFormat::AnthropicMessages)
        responseFormat = anthropicResponseFormat(body);
    if (const QString kind = responseFormat.value(QStringLiteral("type")).toString(); kind == u"json_schema" || kind == u"json_object") {
        const QJsonValue value =
            kind == u"json_schema"
                ? MockContent::valueForSchema(responseFormat.value(QStringLiteral("json_schema")).toObject().value(QStringLiteral("schema")).toObject(),
                                              plan.tokens)
                : QJsonValue(QJsonObject{{QStringLiteral("answer"), plan.tokens.join(QString())}});
        QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact); // any value: as an array's one item
        text = text.sliced(1, text.size() - 2);
        plan.tokens.clear();
        for (qsizetype i = 0; i < text.size(); i += 6) // about a token's worth of characters each
            plan.tokens.append(QString::fromUtf8(text.mid(i, 6)));
    }
    const int maxTokens = body.value(QStringLiteral("max_completion_tokens")).toInt(body.value(QStringLiteral("max_tokens")).toInt(0));
    if (maxTokens > 0 && plan.tokens.size() > maxTokens) {
        plan.tokens = plan.tokens.mid(0, maxTokens);
        plan.truncated = true;
    }
    // After a tool's result the model answers with it instead of calling again (an agent loop ends).
    const QJsonObject lastMessage = messages.last().toObject();
    bool afterToolResult = lastMessage.value(QStringLiteral("role")) == QStringLiteral("tool");
    for (const QJsonValue &block : lastMessage.value(QStringLiteral("content")).toArray())
        afterToolResult = afterToolResult || block.toObject().value(QStringLiteral("type")) == QStringLiteral("tool_result");
    // n > 1: more answers to the same prompt, each its own draw (not for tools or structured output).
    const int n = format == ApiFormat::OpenAIChat ? body.value(QStringLiteral("n")).toInt(1) : 1;
    if (n < 1 || n > 128)
        return sendError(responder, format, 400, QStringLiteral("n: must be between 1 and 128"));
    for (int i = 1; i < n; ++i) {
        QStringList more = MockContent::tokens(modelId, promptKey + QString::number(i), model->minOutputTokens, model->maxOutputTokens, m_config.seed);
        const bool cut = maxTokens > 0 && more.size() > maxTokens;
        if (cut)
            more = more.mid(0, maxTokens);
        plan.moreChoices.append(more);
        plan.moreTruncated.append(cut);
    }
    if (!afterToolResult)
        plan.toolCall = MockContent::toolCall(body.value(QStringLiteral("tools")).toArray(), body.value(QStringLiteral("tool_choice")),
                                              lastUser, modelId);
    plan.promptTokens = RequestFeatures::fromRequest(body, format).promptTokens();
    plan.firstTokenMs = qMax(0, model->ttftMs + jitter);
    plan.tokensPerSecond = model->tokensPerSecond;
    plan.malformed = fault == Fault::Malformed;
    plan.drop = fault == Fault::Drop;
    plan.idSeed = roll;
    plan.responses = std::move(responses);
    new Exchange(std::move(plan), responder); // deletes itself when done or when the client leaves
}

MockServer::MockServer(MockConfig config, int workerThreads)
    : m_provider(std::make_shared<MockProvider>(std::move(config)))
{
    HttpServer::Options options;
    options.workerThreads = workerThreads;
    m_server = std::make_unique<HttpServer>(m_provider, options);
}

MockServer::~MockServer() = default;

bool MockServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server->listenOn(address, port))
        return true;
    if (error)
        *error = m_server->errorString();
    return false;
}

quint16 MockServer::port() const { return m_server->serverPort(); }

QString MockServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/v1").arg(port());
}

} // namespace sy
