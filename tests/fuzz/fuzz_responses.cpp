// The Responses API: request bodies to chat completions (with a stored conversation behind
// previous_response_id), chat answers to response objects, and chat event streams (also as
// translated from Anthropic events) to Responses events, split at an input-chosen point; and a
// native provider's Responses events and bodies as the proxy checks them.
#include <QJsonArray>
#include <QJsonObject>

#include "proxy/FormatTranslator.h"
#include "responses/ResponsesAnswer.h"
#include "responses/ResponsesNative.h"
#include "responses/ResponsesRequest.h"
#include "responses/ResponsesStream.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray body = bytes.toByteArray();
    const QJsonArray history{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), QStringLiteral("x")}}};
    const sy::ResponsesToChat request = sy::responsesToChat(body, [&](const QString &, QString *) { return std::optional<QJsonArray>(history); });
    const sy::ResponsesContext context = request.context;
    (void)sy::responsesFromChat(body, context);

    const qsizetype split = bytes.isEmpty() ? 0 : qsizetype(uchar(bytes.front())) % (bytes.size() + 1);
    sy::ResponsesStreamWriter direct(context);
    (void)direct.feed(bytes.first(split));
    (void)direct.feed(bytes.sliced(split));
    (void)direct.finish();

    sy::StreamTranslator fromAnthropic(sy::ApiFormat::AnthropicMessages, sy::ApiFormat::OpenAIChat, QStringLiteral("m"), true);
    sy::ResponsesStreamWriter chained(context);
    (void)chained.feed(fromAnthropic.feed(bytes.first(split)));
    (void)chained.feed(fromAnthropic.feed(bytes.sliced(split)));
    (void)chained.finish();

    sy::ResponsesStreamCheck native;
    if (!native.feed(bytes.first(split)) && !native.feed(bytes.sliced(split)))
        (void)native.finish();
    (void)sy::problemInResponseBody(body);
    return 0;
}
