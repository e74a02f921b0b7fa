// Request bodies in both API formats: features, and the model rewrite on whatever parsed.
#include "routing/RequestReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    for (sy::ApiFormat format : {sy::ApiFormat::OpenAIChat, sy::ApiFormat::AnthropicMessages}) {
        QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
        const sy::ParsedRequest parsed = sy::RequestReader::read(body, format);
        if (parsed.error.isEmpty() && parsed.modelBegin >= 0)
            (void)sy::RequestReader::withModel(body, parsed, QStringLiteral("rewritten-model"));
    }
    return 0;
}
