// The gateway's byte readers: the cache key's one-pass scan of a request's top-level members
// (against the full parse for semantic keys), and answers and event streams made from each other
// in both APIs, round-tripped when the events make an answer.
#include "gateway/AnswerStream.h"
#include "gateway/CacheKey.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)sy::CacheKey::of(sy::ApiFormat::OpenAIChat, bytes, QStringLiteral("r"), QString(), false);
    (void)sy::CacheKey::of(sy::ApiFormat::AnthropicMessages, bytes, QStringLiteral("r"), QStringLiteral("k"), true);
    for (const sy::ApiFormat format : {sy::ApiFormat::OpenAIChat, sy::ApiFormat::AnthropicMessages}) {
        (void)sy::AnswerStream::toEvents(format, bytes, true);
        if (const std::optional<QByteArray> answer = sy::AnswerStream::fromEvents(format, bytes)) {
            const QByteArray events = sy::AnswerStream::toEvents(format, *answer, true);
            (void)sy::AnswerStream::fromEvents(format, events);
        }
    }
    return 0;
}
