// An upstream's answer body on its way to the client, as the proxy treats it: the stream checker,
// usage reader, usage filter and translator fed piece by piece (the way reads arrive, split where
// the input chooses), and the whole body judged as a JSON answer and turned into the client's
// error shape. The first byte picks the upstream's and the client's API and the read size.
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

#include "proxy/FormatTranslator.h"
#include "proxy/StreamRelay.h"
#include "proxy/UpstreamAnswerCheck.h"
#include "proxy/UsageChunkFilter.h"
#include "proxy/UsageReader.h"

using sy::ApiFormat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const ApiFormat upstream = (data[0] & 1) ? ApiFormat::AnthropicMessages : ApiFormat::OpenAIChat;
    const ApiFormat client = (data[0] & 2) ? ApiFormat::AnthropicMessages : ApiFormat::OpenAIChat;
    const qsizetype piece = 1 + (data[0] >> 2); // 1..64 bytes a read
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    sy::UpstreamAnswerCheck check(upstream);
    sy::UsageReader usage(upstream);
    sy::UsageChunkFilter filter;
    sy::StreamTranslator translator(upstream, client, QStringLiteral("m"), false);
    for (qsizetype at = 0; at < body.size() && !check.malformed(); at += piece) {
        const QByteArrayView read = QByteArrayView(body).sliced(at, qMin(piece, body.size() - at));
        check.feed(read);
        if (check.malformed())
            break; // nothing past a malformed read reaches the client
        usage.feed(read);
        if (upstream == client)
            (void)filter.feed(read);
        else
            (void)translator.feed(read);
    }
    (void)filter.finish();
    if (check.sawError() && check.errorMessage().isEmpty())
        __builtin_trap();
    if (usage.usage().inputTokens < 0 && usage.usage().reported)
        (void)0; // providers may report anything; only crashes and the contracts below matter

    // Between the same APIs the relay passes a clean stream on byte for byte, however the reads
    // split it; asked to remove usage-only chunks, it only ever leaves bytes out.
    if (upstream == client) {
        for (const bool removeUsage : {false, true}) {
            sy::StreamRelay relay({upstream, client, QStringLiteral("m"), false, removeUsage, false});
            QByteArray relayed;
            bool fault = false;
            for (qsizetype at = 0; at < body.size() && !fault; at += piece) {
                const sy::StreamRelay::Result r =
                    relay.feed(QByteArrayView(body).sliced(at, qMin(piece, body.size() - at)));
                relayed += r.out;
                fault = bool(r.fault);
            }
            if (!fault) {
                const sy::StreamRelay::Result end = relay.finish();
                relayed += end.out;
                fault = bool(end.fault);
            }
            if (!fault && !removeUsage && relayed != body)
                __builtin_trap();
            if (relayed.size() > body.size())
                __builtin_trap();
        }
    }

    // The usage read along with the check is the one a separate parse of the body finds.
    sy::Usage alongside;
    if (sy::UpstreamAnswerCheck::problemInBody(body, upstream, &alongside).isEmpty()) {
        const sy::Usage separate = sy::UsageReader::fromJson(body, upstream);
        if (alongside.inputTokens != separate.inputTokens ||
            alongside.outputTokens != separate.outputTokens ||
            alongside.cachedInputTokens != separate.cachedInputTokens)
            __builtin_trap();
    }
    // Whatever the upstream sent as an error, the client gets a JSON object in its own shape.
    const QByteArray error = sy::FormatTranslator::error(body, 502, upstream, client);
    if (!QJsonDocument::fromJson(error).isObject())
        __builtin_trap();
    (void)sy::FormatTranslator::readableText(body);
    return 0;
}
