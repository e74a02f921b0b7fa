// Upstream answers: stream translation both ways, usage from streams and bodies, the usage-chunk
// filter, response and error translation.
#include "proxy/FormatTranslator.h"
#include "proxy/UsageChunkFilter.h"
#include "proxy/UsageReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (sy::ApiFormat from : {sy::ApiFormat::OpenAIChat, sy::ApiFormat::AnthropicMessages}) {
        const sy::ApiFormat to = from == sy::ApiFormat::OpenAIChat ? sy::ApiFormat::AnthropicMessages : sy::ApiFormat::OpenAIChat;
        sy::StreamTranslator translator(from, to, QStringLiteral("m"), true);
        sy::UsageReader usage(from);
        sy::UsageChunkFilter filter;
        const qsizetype half = bytes.size() / 2;
        for (QByteArrayView piece : {bytes.first(half), bytes.sliced(half)}) {
            (void)translator.feed(piece);
            usage.feed(piece);
            (void)filter.feed(piece);
        }
        (void)filter.finish();
        (void)sy::UsageReader::fromJson(bytes, from);
        (void)sy::FormatTranslator::response(bytes.toByteArray(), from, to);
        (void)sy::FormatTranslator::error(bytes.toByteArray(), 500, from, to);
        (void)sy::FormatTranslator::request(bytes.toByteArray(), from, to, QStringLiteral("m"), true);
    }
    return 0;
}
