#include "routing/RequestReader.h"

#include "http/ByteWriter.h"

#include <simdjson.h>

#include <optional>

#include "domain/TokenEstimator.h"

namespace sy {

namespace {

using namespace simdjson;

// simdjson's DOM parser picks the best kernel for this CPU at run time (AVX-512, AVX2, SSE4.2,
// NEON); its On-Demand API would be fixed at compile time to the portable fallback.

// Prompts are mostly ASCII, for which Latin-1 conversion (vectorised in Qt) is exact.
QString toQString(std::string_view s)
{
    const bool ascii = std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    return ascii ? QString::fromLatin1(s.data(), qsizetype(s.size())) : QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// About four bytes of JSON a token, for tool definitions and tool blocks.
size_t approxJsonBytes(dom::element e)
{
    switch (e.type()) {
    case dom::element_type::STRING: return std::string_view(e).size() + 2;
    case dom::element_type::ARRAY: {
        size_t n = 2;
        for (dom::element item : dom::array(e))
            n += approxJsonBytes(item) + 1;
        return n;
    }
    case dom::element_type::OBJECT: {
        size_t n = 2;
        for (dom::key_value_pair kv : dom::object(e))
            n += kv.key.size() + 4 + approxJsonBytes(kv.value);
        return n;
    }
    default: return 4;
    }
}

// A member's string value, or empty when it is absent or not a string.
std::string_view stringMember(dom::element e, const char *key)
{
    std::string_view s;
    return e[key].get_string().get(s) == SUCCESS ? s : std::string_view();
}

bool isImagePart(std::string_view type) { return type == "image_url" || type == "image" || type == "input_image"; }

// Tokens of a message "content": a string, or an array of blocks (text, image, tool_use,
// tool_result ...), counted on the UTF-8 bytes without converting them.
int contentTokens(dom::element content, bool *hasImage)
{
    std::string_view s;
    if (content.get_string().get(s) == SUCCESS)
        return TokenEstimator::estimateUtf8(s);
    dom::array parts;
    if (content.get_array().get(parts) != SUCCESS)
        return 0;
    int tokens = 0;
    for (dom::element part : parts) {
        if (isImagePart(stringMember(part, "type"))) {
            *hasImage = true;
            tokens += 765;
        } else if (std::string_view t; part["text"].get_string().get(t) == SUCCESS) {
            tokens += TokenEstimator::estimateUtf8(t);
        } else {
            tokens += int(approxJsonBytes(part) / 4);
        }
    }
    return tokens;
}

// The text of a content value: a string, or its text blocks joined by newlines.
// A message's text as rules and selectors see it: its first kMaxRoutedTextBytes (a prompt longer
// than that is routed on its beginning; its tokens are still counted whole).
QString contentText(dom::element content)
{
    std::string_view s;
    if (content.get_string().get(s) == SUCCESS)
        return toQString(s.substr(0, RequestReader::kMaxRoutedTextBytes));
    dom::array parts;
    if (content.get_array().get(parts) != SUCCESS)
        return {};
    QString text;
    for (dom::element part : parts) {
        if (std::string_view t; part["text"].get_string().get(t) == SUCCESS) {
            if (!text.isEmpty())
                text += QLatin1Char('\n');
            text += toQString(t.substr(0, RequestReader::kMaxRoutedTextBytes));
            if (text.size() >= RequestReader::kMaxRoutedTextBytes)
                break;
        }
    }
    return text;
}

void readStringMap(dom::object object, std::vector<std::pair<QString, QString>> &out)
{
    for (dom::key_value_pair kv : object) {
        std::string_view value;
        if (kv.value.get_string().get(value) == SUCCESS)
            out.emplace_back(toQString(kv.key), toQString(value));
    }
}

// Byte range of the top-level "model" value in a body already known to be valid JSON.
std::pair<qsizetype, qsizetype> findTopLevelModel(const QByteArray &body)
{
    const char *p = body.constData();
    const qsizetype n = body.size();
    qsizetype i = 0;
    auto skipSpace = [&] {
        while (i < n && (p[i] == ' ' || p[i] == '\n' || p[i] == '\r' || p[i] == '\t'))
            ++i;
    };
    auto skipString = [&] { // at the opening quote; leaves i after the closing one
        for (++i; i < n; ++i) {
            if (p[i] == '\\')
                ++i;
            else if (p[i] == '"') {
                ++i;
                return;
            }
        }
    };
    auto skipValue = [&] {
        if (p[i] == '"')
            return skipString();
        int depth = 0;
        for (; i < n; ++i) {
            const char c = p[i];
            if (c == '"') {
                skipString();
                --i;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    return;
                if (--depth == 0) {
                    ++i;
                    return;
                }
            } else if (depth == 0 && (c == ',' || c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
                return;
            }
        }
    };
    skipSpace();
    if (i >= n || p[i] != '{')
        return {-1, -1};
    ++i;
    while (i < n) {
        skipSpace();
        if (p[i] != '"')
            return {-1, -1};
        const qsizetype keyBegin = i;
        skipString();
        const bool isModel = QByteArrayView(p + keyBegin, i - keyBegin) == QByteArrayView("\"model\"");
        skipSpace();
        ++i; // ':'
        skipSpace();
        const qsizetype valueBegin = i;
        skipValue();
        if (isModel)
            return {valueBegin, i};
        skipSpace();
        if (i < n && p[i] == ',')
            ++i;
        else
            break;
    }
    return {-1, -1};
}

} // namespace

ParsedRequest RequestReader::read(QByteArray &body, ApiFormat format)
{
    ParsedRequest out;
    if (body.isEmpty()) {
        out.error = QStringLiteral("the request body is empty; expected a JSON object");
        return out;
    }
    body.reserve(body.size() + qsizetype(SIMDJSON_PADDING)); // lets simdjson read in place, without a copy
    // A parser keeps the capacity of the largest document it read: a rare huge body gets one of
    // its own, freed on return, instead of pinning that much memory on the thread for good.
    thread_local dom::parser reused;
    std::optional<dom::parser> oneOff;
    dom::parser &parser = body.size() > kLargeBodyBytes ? oneOff.emplace() : reused;
    dom::element root;
    if (const error_code e = parser.parse(reinterpret_cast<const uint8_t *>(body.constData()), size_t(body.size()), false).get(root)) {
        out.error = QStringLiteral("malformed JSON: %1").arg(QLatin1String(error_message(e)));
        return out;
    }
    dom::object object;
    if (root.get_object().get(object) != SUCCESS) {
        out.error = QStringLiteral("the body has the wrong type: expected a JSON object");
        return out;
    }
    auto wrongType = [&out](const char *key, const char *expected) {
        out.error = QStringLiteral("'%1' has the wrong type: expected %2").arg(QLatin1String(key), QLatin1String(expected));
    };
    RequestFeatures &f = out.features;
    int tokens = TokenEstimator::kReplyPrimer;

    QString missing; // reported after the features are read, which callers may still use
    if (dom::element model; object["model"].get(model) == SUCCESS) {
        std::string_view alias;
        if (model.get_string().get(alias) != SUCCESS) {
            wrongType("model", "a string");
            return out;
        }
        f.alias = toQString(alias);
    } else {
        missing = QStringLiteral("'model' is required");
    }

    dom::array messageList;
    bool haveMessages = false;
    if (dom::element messages; object["messages"].get(messages) == SUCCESS) {
        haveMessages = true;
        if (messages.get_array().get(messageList) != SUCCESS) {
            wrongType("messages", "an array");
            return out;
        }
    } else if (missing.isEmpty()) {
        missing = QStringLiteral("'messages' is required");
    }
    dom::element lastUser;
    dom::element firstUser;
    int userContents = 0; // user messages with content (userTurns counts those without too)
    dom::element system;
    bool haveLastUser = false;
    bool haveSystem = false;
    if (haveMessages) {
        for (dom::element m : messageList) {
            dom::object message;
            if (m.get_object().get(message) != SUCCESS) {
                wrongType("messages[]", "objects");
                return out;
            }
            ++f.messageCount;
            tokens += TokenEstimator::kPerMessageOverhead;
            const std::string_view role = stringMember(m, "role");
            f.userTurns += role == "user" ? 1 : 0;
            if (dom::element content; message["content"].get(content) == SUCCESS) {
                tokens += contentTokens(content, &f.hasImages);
                if (role == "user") {
                    if (userContents++ == 0)
                        firstUser = content;
                    lastUser = content;
                    haveLastUser = true;
                } else if ((role == "system" || role == "developer") && !haveSystem) {
                    system = content;
                    haveSystem = true;
                }
            }
            if (dom::element calls; message["tool_calls"].get(calls) == SUCCESS)
                tokens += int(approxJsonBytes(calls) / 4);
        }
    }
    if (haveLastUser)
        f.lastUserMessage = contentText(lastUser);
    if (userContents > 1)
        f.firstUserMessage = contentText(firstUser); // the topic a follow-up refers to
    if (haveSystem)
        f.systemPrompt = contentText(system);

    if (dom::element stream; object["stream"].get(stream) == SUCCESS) {
        bool value = false;
        if (stream.get_bool().get(value) != SUCCESS) {
            wrongType("stream", "a boolean");
            return out;
        }
        f.stream = value;
    }
    if (bool include = false; object["stream_options"]["include_usage"].get_bool().get(include) == SUCCESS)
        out.includeUsage = include;
    if (dom::element tools; object["tools"].get(tools) == SUCCESS) {
        dom::array toolList;
        if (tools.get_array().get(toolList) != SUCCESS) {
            wrongType("tools", "an array");
            return out;
        }
        for (dom::element tool : toolList) {
            tokens += 8 + int(approxJsonBytes(tool) / 4);
            f.hasTools = true;
        }
    }
    for (const char *key : {"max_completion_tokens", "max_tokens"}) {
        if (int64_t n = 0; object[key].get_int64().get(n) == SUCCESS) {
            f.maxTokens = int(std::clamp<int64_t>(n, 0, INT_MAX));
            break;
        }
    }
    if (std::string_view type; object["response_format"]["type"].get_string().get(type) == SUCCESS)
        f.jsonResponse = type == "json_object" || type == "json_schema";
    if (std::string_view user; object["user"].get_string().get(user) == SUCCESS)
        f.user = toQString(user);
    if (dom::object metadata; object["metadata"].get_object().get(metadata) == SUCCESS) {
        readStringMap(metadata, f.metadata);
        if (format == ApiFormat::AnthropicMessages)
            if (std::string_view id; metadata["user_id"].get_string().get(id) == SUCCESS)
                f.user = toQString(id);
    }
    if (format == ApiFormat::AnthropicMessages) {
        if (dom::element anthropicSystem; object["system"].get(anthropicSystem) == SUCCESS) {
            bool ignored = false;
            tokens += contentTokens(anthropicSystem, &ignored) + TokenEstimator::kPerMessageOverhead;
            f.systemPrompt = contentText(anthropicSystem);
            ++f.messageCount;
        }
    }
    f.promptTokens = tokens;
    f.deriveTextForms();
    if (!missing.isEmpty()) {
        out.error = missing;
        return out;
    }
    const auto [begin, end] = findTopLevelModel(body);
    out.modelBegin = begin;
    out.modelEnd = end;
    return out;
}

ParsedRequest RequestReader::readEmbeddings(QByteArray &body)
{
    ParsedRequest out;
    body.reserve(body.size() + qsizetype(SIMDJSON_PADDING));
    thread_local dom::parser reused;
    std::optional<dom::parser> oneOff;
    dom::parser &parser = body.size() > kLargeBodyBytes ? oneOff.emplace() : reused;
    dom::element root;
    if (body.isEmpty() || parser.parse(reinterpret_cast<const uint8_t *>(body.constData()), size_t(body.size()), false).get(root) != SUCCESS ||
        !root.is_object()) {
        out.error = QStringLiteral("malformed JSON: expected an object with \"model\" and \"input\"");
        return out;
    }
    std::string_view alias;
    if (root["model"].get_string().get(alias) != SUCCESS) {
        out.error = QStringLiteral("'model' is required and must be a string");
        return out;
    }
    out.features.alias = toQString(alias);
    dom::element input;
    if (root["input"].get(input) != SUCCESS) {
        out.error = QStringLiteral("'input' is required");
        return out;
    }
    int tokens = 0;
    if (std::string_view s; input.get_string().get(s) == SUCCESS)
        tokens = TokenEstimator::estimateUtf8(s);
    else if (dom::array items; input.get_array().get(items) == SUCCESS)
        for (dom::element item : items)
            tokens += item.is_string() ? TokenEstimator::estimateUtf8(std::string_view(item)) : int(approxJsonBytes(item) / 4);
    else {
        out.error = QStringLiteral("'input' must be a string or an array");
        return out;
    }
    out.features.promptTokens = tokens;
    const auto [begin, end] = findTopLevelModel(body);
    out.modelBegin = begin;
    out.modelEnd = end;
    return out;
}

QByteArray RequestReader::jsonString(const QString &model)
{
    QByteArray value = model.toUtf8();
    if (value.contains('\\') || value.contains('"'))
        value.replace('\\', "\\\\").replace('"', "\\\"");
    QByteArray out;
    out.reserve(value.size() + 2);
    return out.append('"').append(value).append('"');
}

QByteArray RequestReader::withModel(const QByteArray &body, const ParsedRequest &parsed, const QString &model)
{
    const QByteArray value = jsonString(model);
    QByteArray out;
    {
        ByteWriter w(out, body.size() + value.size());
        w.add(QByteArrayView(body.constData(), parsed.modelBegin)).add(value);
        w.add(QByteArrayView(body.constData() + parsed.modelEnd, body.size() - parsed.modelEnd));
    }
    return out;
}

} // namespace sy
