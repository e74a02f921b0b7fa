// Request bodies in both API formats (count_tokens bodies are messages bodies), embeddings and
// legacy completions bodies: features, and the model rewrite on whatever parsed.
#include "routing/RequestReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    for (sy::ApiFormat format : {sy::ApiFormat::OpenAIChat, sy::ApiFormat::AnthropicMessages}) {
        QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
        const sy::ParsedRequest parsed = sy::RequestReader::read(body, format);
        if (parsed.error.isEmpty() && parsed.modelBegin >= 0)
            (void)sy::RequestReader::withModel(body, parsed, QStringLiteral("rewritten-model"));
    }
    QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const sy::ParsedRequest &parsed : {sy::RequestReader::readEmbeddings(body), sy::RequestReader::readCompletions(body)})
        if (parsed.error.isEmpty() && parsed.modelBegin >= 0)
            (void)sy::RequestReader::withModel(body, parsed, QStringLiteral("rewritten-model"));
    return 0;
}
