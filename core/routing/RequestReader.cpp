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
    const bool ascii =
        std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    return ascii ? QString::fromLatin1(s.data(), qsizetype(s.size()))
                 : QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// About four bytes of JSON a token, for tool definitions and tool blocks.
size_t approxJsonBytes(dom::element e)
{
    switch (e.type()) {
    case dom::element_type::STRING:
        return std::string_view(e).size() + 2;
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
    default:
        return 4;
    }
}

// A member's string value, or empty when it is absent or not a string.
std::string_view stringMember(dom::element e, const char *key)
{
    std::string_view s;
    return e[key].get_string().get(s) == SUCCESS ? s : std::string_view();
}

bool isImagePart(std::string_view type)
{
    return type == "image_url" || type == "image" || type == "input_image";
}

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

namespace {

// The last body this thread's reused parser read, so that the features computed on first use
// while the request is being routed (the usual case) take its parse instead of a second one.
struct LastParse
{
    const char *data = nullptr;
    qsizetype size = 0;
    dom::element root;
};
thread_local LastParse t_lastParse;
thread_local dom::parser t_parser;

// Content blocks that are images, counted without reading any text: for the token bound.
int imageParts(dom::element content)
{
    dom::array parts;
    if (content.get_array().get(parts) != SUCCESS)
        return 0;
    int images = 0;
    for (dom::element part : parts)
        images += isImagePart(stringMember(part, "type")) ? 1 : 0;
    return images;
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
    std::optional<dom::parser> oneOff;
    const bool large = body.size() > kLargeBodyBytes;
    dom::parser &parser = large ? oneOff.emplace() : t_parser;
    t_lastParse = {};
    dom::element root;
    if (const error_code e =
            parser.parse(reinterpret_cast<const uint8_t *>(body.constData()), size_t(body.size()), false)
                .get(root)) {
        out.error = QStringLiteral("malformed JSON: %1").arg(QLatin1String(error_message(e)));
        return out;
    }
    if (!large)
        t_lastParse = {body.constData(), body.size(), root};
    dom::object object;
    if (root.get_object().get(object) != SUCCESS) {
        out.error = QStringLiteral("the body has the wrong type: expected a JSON object");
        return out;
    }
    auto wrongType = [&out](const char *key, const char *expected) {
        out.error = QStringLiteral("'%1' has the wrong type: expected %2")
                        .arg(QLatin1String(key), QLatin1String(expected));
    };
    RequestFeatures &f = out.features;

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

    // The cheap features and the checks here; token counts and texts in fill(), when asked for.
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
    int images = 0;
    int tools = 0;
    if (haveMessages) {
        for (dom::element m : messageList) {
            dom::object message;
            if (m.get_object().get(message) != SUCCESS) {
                wrongType("messages[]", "objects");
                return out;
            }
            ++f.messageCount;
            f.userTurns += stringMember(m, "role") == "user" ? 1 : 0;
            if (dom::element content; message["content"].get(content) == SUCCESS)
                images += imageParts(content);
        }
    }
    f.hasImages = images > 0;

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
    if (dom::element toolsElement; object["tools"].get(toolsElement) == SUCCESS) {
        dom::array toolList;
        if (toolsElement.get_array().get(toolList) != SUCCESS) {
            wrongType("tools", "an array");
            return out;
        }
        tools = int(toolList.size());
        f.hasTools = tools > 0;
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
    if (format == ApiFormat::AnthropicMessages && object["system"].error() == SUCCESS) {
        ++f.messageCount;
        if (dom::element system; object["system"].get(system) == SUCCESS)
            images += imageParts(system);
    }
    // Each part of the estimate is at most the bytes it is read from (a token takes at least one
    // byte; JSON measured at four bytes a token never exceeds its own length) but for the fixed
    // charges: framing per message, per tool, per image.
    const qint64 bound = qint64(TokenEstimator::kReplyPrimer) +
                         qint64(TokenEstimator::kPerMessageOverhead) * f.messageCount + 8LL * tools +
                         765LL * images + 2LL * body.size();
    f.setSource(body, format, &RequestReader::fill, int(std::min<qint64>(bound, INT_MAX)));
    if (!missing.isEmpty()) {
        out.error = missing;
        return out;
    }
    const auto [begin, end] = findTopLevelModel(body);
    out.modelBegin = begin;
    out.modelEnd = end;
    return out;
}

template <>
void RequestReader::fillFrom<dom::element>(const RequestFeatures &f, dom::element root, ApiFormat format,
                                           unsigned parts)
{
    int tokens = TokenEstimator::kReplyPrimer;
    bool ignored = false;
    dom::element lastUser, firstUser, system;
    int userContents = 0; // user messages with content
    bool haveLastUser = false, haveSystem = false;
    const bool wantTokens = parts & RequestFeatures::Tokens;
    if (dom::array messages; root["messages"].get_array().get(messages) == SUCCESS) {
        for (dom::element m : messages) {
            tokens += TokenEstimator::kPerMessageOverhead;
            const std::string_view role = stringMember(m, "role");
            if (dom::element content; m["content"].get(content) == SUCCESS) {
                if (wantTokens)
                    tokens += contentTokens(content, &ignored);
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
            if (dom::element calls; wantTokens && m["tool_calls"].get(calls) == SUCCESS)
                tokens += int(approxJsonBytes(calls) / 4);
        }
    }
    if (dom::array tools; wantTokens && root["tools"].get_array().get(tools) == SUCCESS)
        for (dom::element tool : tools)
            tokens += 8 + int(approxJsonBytes(tool) / 4);
    dom::element anthropicSystem;
    const bool haveAnthropicSystem =
        format == ApiFormat::AnthropicMessages && root["system"].get(anthropicSystem) == SUCCESS;
    if (haveAnthropicSystem && wantTokens)
        tokens += contentTokens(anthropicSystem, &ignored) + TokenEstimator::kPerMessageOverhead;
    if (wantTokens) {
        f.m_promptTokens = tokens;
        f.m_ready |= RequestFeatures::Tokens;
    }
    if (parts & RequestFeatures::Texts) {
        f.m_lastUser = haveLastUser ? contentText(lastUser) : QString();
        f.m_firstUser =
            userContents > 1 ? contentText(firstUser) : QString(); // the topic a follow-up refers to
        f.m_system = haveAnthropicSystem ? contentText(anthropicSystem)
                     : haveSystem        ? contentText(system)
                                         : QString();
        f.m_ready |= RequestFeatures::Texts;
    }
}

void RequestReader::fill(const RequestFeatures &f, const QByteArray &body, ApiFormat format, unsigned parts)
{
    dom::element root;
    if (body.constData() == t_lastParse.data && body.size() == t_lastParse.size) {
        root = t_lastParse.root; // still this thread's last parse: no second one
    } else {
        const bool padded = body.capacity() - body.size() >= qsizetype(SIMDJSON_PADDING);
        std::optional<dom::parser> oneOff;
        const bool large = body.size() > kLargeBodyBytes;
        dom::parser &parser = large ? oneOff.emplace() : t_parser;
        t_lastParse = {};
        if (parser.parse(reinterpret_cast<const uint8_t *>(body.constData()), size_t(body.size()), !padded)
                .get(root) != SUCCESS)
            return;
        if (!large && padded)
            t_lastParse = {body.constData(), body.size(), root};
        return fillFrom(f, root, format, parts); // before a one-off parser goes
    }
    fillFrom(f, root, format, parts);
}

namespace {

// The embeddings and legacy completions bodies: a JSON object with a string "model" and a text
// field (`key`: a string or an array of texts, token lists or other values), whose size gives
// the prompt's token estimate. The model's place is noted for swapping it in place.
std::optional<dom::element> readModelAndText(QByteArray &body, dom::parser &parser, const char *key, ParsedRequest &out)
{
    body.reserve(body.size() + qsizetype(SIMDJSON_PADDING));
    dom::element root;
    if (body.isEmpty() ||
        parser.parse(reinterpret_cast<const uint8_t *>(body.constData()), size_t(body.size()), false).get(root) != SUCCESS ||
        !root.is_object()) {
        out.error = QStringLiteral("malformed JSON: expected an object with \"model\" and \"%1\"").arg(QLatin1String(key));
        return std::nullopt;
    }
    std::string_view alias;
    if (root["model"].get_string().get(alias) != SUCCESS) {
        out.error = QStringLiteral("'model' is required and must be a string");
        return std::nullopt;
    }
    out.features.alias = toQString(alias);
    dom::element text;
    if (root[key].get(text) != SUCCESS) {
        out.error = QStringLiteral("'%1' is required").arg(QLatin1String(key));
        return std::nullopt;
    }
    int tokens = 0;
    if (std::string_view s; text.get_string().get(s) == SUCCESS)
        tokens = TokenEstimator::estimateUtf8(s);
    else if (dom::array items; text.get_array().get(items) == SUCCESS)
        for (dom::element item : items)
            tokens += item.is_string() ? TokenEstimator::estimateUtf8(std::string_view(item))
                                       : int(approxJsonBytes(item) / 4);
    else {
        out.error = QStringLiteral("'%1' must be a string or an array").arg(QLatin1String(key));
        return std::nullopt;
    }
    out.features.setPromptTokens(tokens);
    const auto [begin, end] = findTopLevelModel(body);
    out.modelBegin = begin;
    out.modelEnd = end;
    return root;
}

} // namespace

ParsedRequest RequestReader::readEmbeddings(QByteArray &body)
{
    ParsedRequest out;
    thread_local dom::parser reused;
    std::optional<dom::parser> oneOff;
    readModelAndText(body, body.size() > kLargeBodyBytes ? oneOff.emplace() : reused, "input", out);
    return out;
}

ParsedRequest RequestReader::readCompletions(QByteArray &body)
{
    ParsedRequest out;
    thread_local dom::parser reused;
    std::optional<dom::parser> oneOff;
    const std::optional<dom::element> root =
        readModelAndText(body, body.size() > kLargeBodyBytes ? oneOff.emplace() : reused, "prompt", out);
    if (!root)
        return out;
    bool stream = false;
    if ((*root)["stream"].get_bool().get(stream) == SUCCESS)
        out.features.stream = stream;
    if (bool include = false; (*root)["stream_options"]["include_usage"].get_bool().get(include) == SUCCESS)
        out.includeUsage = include;
    if (int64_t max = 0; (*root)["max_tokens"].get_int64().get(max) == SUCCESS)
        out.features.maxTokens = int(std::clamp<int64_t>(max, 0, INT_MAX));
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
