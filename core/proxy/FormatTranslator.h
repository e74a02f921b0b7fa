#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include "routing/RequestFeatures.h"

namespace sy {

// Translation between the OpenAI chat-completions and Anthropic messages formats, so a client of
// either API can be routed to a provider of either kind: requests (system prompt, images, tool
// calls and results, tool choice, stop sequences), responses (content, tool use, stop reasons,
// usage), errors, and streams event by event.
class FormatTranslator
{
public:
    static QByteArray request(const QByteArray &body, ApiFormat from, ApiFormat to, const QString &model, bool includeUsage);
    static QByteArray response(const QByteArray &body, ApiFormat from, ApiFormat to);
    // An upstream's error body in the client's shape; a body in neither shape (an HTML page from
    // a load balancer, plain text) becomes a proper error carrying its readable text.
    static QByteArray error(const QByteArray &body, int status, ApiFormat from, ApiFormat to);
    static QString readableText(QByteArrayView body);

    static QString finishReasonToStopReason(const QString &finishReason);
    static QString stopReasonToFinishReason(const QString &stopReason);
};

// Turns one format's server-sent events into the other's, as they arrive.
class StreamTranslator
{
public:
    // estimatedInputTokens: what message_start reports before the upstream's count arrives.
    StreamTranslator(ApiFormat from, ApiFormat to, QString model, bool includeUsage, qint64 estimatedInputTokens = 0);
    // Returns the translated bytes for whatever complete events data holds (may be empty).
    QByteArray feed(QByteArrayView data);

private:
    QByteArray event(const QByteArray &eventName, const QByteArray &data);
    QByteArray fromOpenAi(const QJsonObject &chunk);
    QByteArray openAiDone();
    QByteArray fromAnthropic(const QByteArray &type, const QJsonObject &data);
    QByteArray openAiChunk(const QJsonObject &delta, const QJsonValue &finishReason);
    QByteArray closeOpenBlock();

    ApiFormat m_from;
    ApiFormat m_to;
    QString m_model;
    bool m_includeUsage;
    QByteArray m_partial;
    QByteArray m_eventName;
    QString m_id;
    qint64 m_created = 0;
    // OpenAI -> Anthropic
    bool m_started = false;
    int m_blockIndex = -1;
    bool m_textOpen = false;
    int m_toolOpen = -1; // OpenAI tool index of the open tool_use block
    QString m_stopReason;
    qint64 m_inputTokens = 0;
    qint64 m_estimatedInputTokens = 0;
    qint64 m_outputTokens = 0;
    bool m_finished = false;
    // Anthropic -> OpenAI
    int m_toolIndex = -1;
};

} // namespace sy
