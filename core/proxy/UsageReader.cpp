#include "proxy/UsageReader.h"

#include "http/LineSplitter.h"
#include "proxy/UsageJson.h"

namespace sy {

namespace {

using namespace simdjson;

qint64 intMember(dom::element e, const char *key) // e must be an object
{
    int64_t n = 0;
    return e[key].get_int64().get(n) == SUCCESS ? qint64(n) : 0;
}

bool parse(QByteArrayView text, dom::element &root)
{
    thread_local dom::parser parser;
    return parser.parse(reinterpret_cast<const uint8_t *>(text.data()), size_t(text.size()), true)
               .get(root) == SUCCESS;
}

} // namespace

void readUsageObject(dom::element usage, ApiFormat format, Usage &u, bool outputOnly)
{
    u.reported = true;
    if (format == ApiFormat::AnthropicMessages) {
        if (dom::element out; usage["output_tokens"].get(out) == SUCCESS)
            u.outputTokens = intMember(usage, "output_tokens");
        // A message_delta may repeat the input counts (final ones); a running count carries only output.
        if (outputOnly && usage["input_tokens"].error() != SUCCESS)
            return;
        const qint64 cacheRead = intMember(usage, "cache_read_input_tokens");
        const qint64 cacheWrite = intMember(usage, "cache_creation_input_tokens");
        u.inputTokens = intMember(usage, "input_tokens") + cacheRead + cacheWrite; // Anthropic's input_tokens exclude both
        u.cachedInputTokens = cacheRead;
        // Writes split by cache lifetime where reported; otherwise all are 5-minute writes.
        u.cacheWriteTokens = cacheWrite;
        u.cacheWrite1hTokens = 0;
        if (dom::element split; usage["cache_creation"].get(split) == SUCCESS && split.is_object()) {
            u.cacheWrite1hTokens = qMin(cacheWrite, intMember(split, "ephemeral_1h_input_tokens"));
            u.cacheWriteTokens = cacheWrite - u.cacheWrite1hTokens;
        }
        return;
    }
    u.inputTokens = intMember(usage, "prompt_tokens");
    u.outputTokens = intMember(usage, "completion_tokens");
    if (dom::element details; usage["prompt_tokens_details"].get(details) == SUCCESS && details.is_object())
        u.cachedInputTokens = intMember(details, "cached_tokens");
    else if (usage["prompt_cache_hit_tokens"].error() == SUCCESS) // DeepSeek's own field
        u.cachedInputTokens = intMember(usage, "prompt_cache_hit_tokens");
    if (dom::element details; usage["completion_tokens_details"].get(details) == SUCCESS && details.is_object())
        u.reasoningTokens = intMember(details, "reasoning_tokens");
}

Usage UsageReader::fromJson(QByteArrayView body, ApiFormat format)
{
    Usage u;
    dom::element root;
    if (!parse(body, root))
        return u;
    if (dom::element usage; root["usage"].get(usage) == SUCCESS)
        readUsageObject(usage, format, u);
    return u;
}

void UsageReader::feed(QByteArrayView data)
{
    forEachLine(m_partial, data, [this](QByteArrayView text) { line(text); });
}

void UsageReader::line(QByteArrayView text)
{
    if (!text.startsWith("data:") || !text.contains("\"usage\""))
        return;
    dom::element root;
    if (!parse(text.sliced(5).trimmed(), root))
        return;
    if (m_format == ApiFormat::AnthropicMessages) {
        std::string_view type;
        if (root["type"].get_string().get(type) != SUCCESS)
            return;
        if (type == "message_start") {
            if (dom::element usage; root["message"]["usage"].get(usage) == SUCCESS)
                readUsageObject(usage, m_format, m_usage);
        } else if (type == "message_delta") {
            if (dom::element usage; root["usage"].get(usage) == SUCCESS)
                readUsageObject(usage, m_format, m_usage, true);
        }
        return;
    }
    if (dom::element usage; root["usage"].get(usage) == SUCCESS && usage.is_object())
        readUsageObject(usage, m_format, m_usage);
}

} // namespace sy
