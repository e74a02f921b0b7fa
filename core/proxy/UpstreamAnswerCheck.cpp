#include "proxy/UpstreamAnswerCheck.h"

#include <cstring>

#include "proxy/FormatTranslator.h"
#include "http/LineSplitter.h"
#include "proxy/UsageJson.h"

namespace sy {

namespace {

using namespace simdjson;

bool parse(QByteArrayView text, dom::element &root)
{
    thread_local dom::parser parser;
    return parser.parse(reinterpret_cast<const uint8_t *>(text.data()), size_t(text.size()), true)
               .get(root) == SUCCESS;
}

// A short, readable sample of what was wrong (an HTML page's text without its markup).
QString preview(QByteArrayView text)
{
    constexpr qsizetype kMax = 80;
    const QString s = FormatTranslator::readableText(text);
    return s.size() > kMax ? s.left(kMax) + QStringLiteral("…") : s;
}

// The message of an error object in either API's shape, or empty when root is no error.
QString errorIn(dom::element root, ApiFormat format)
{
    dom::element error;
    const bool hasError = root["error"].get(error) == SUCCESS && !error.is_null();
    std::string_view text;
    const bool typedError = format == ApiFormat::AnthropicMessages &&
                            root["type"].get_string().get(text) == SUCCESS && text == "error";
    if (!hasError && !typedError)
        return {};
    if (hasError && error.is_string() && error.get_string().get(text) == SUCCESS && !text.empty())
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    if (hasError && error.is_object() && error["message"].get_string().get(text) == SUCCESS && !text.empty())
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    return QStringLiteral("an error without a message");
}

// Which of the keys the check cares about occur quoted in an event's data: a few memmem scans
// (glibc's are vectorised; Qt's substring search cost more than the rest of the event's handling).
struct Mentions
{
    bool error = false;
    bool usage = false;
    bool messageStop = false;
};

bool mentions(QByteArrayView data, std::string_view quotedKey)
{
    return memmem(data.data(), size_t(data.size()), quotedKey.data(), quotedKey.size()) != nullptr;
}

Mentions mentionsIn(QByteArrayView data, bool anthropic)
{
    return {mentions(data, "\"error\""), mentions(data, "\"usage\""), anthropic && mentions(data, "\"message_stop\"")};
}

} // namespace

QString UpstreamAnswerCheck::problemInBody(QByteArrayView body, ApiFormat format, Usage *usage)
{
    if (body.trimmed().isEmpty())
        return QStringLiteral("an empty body");
    dom::element root;
    if (!parse(body, root) || !root.is_object())
        return QStringLiteral("a body that is not a JSON object: %1").arg(preview(body));
    if (const QString error = errorIn(root, format); !error.isEmpty())
        return QStringLiteral("an error in its body: %1").arg(error);
    if (dom::element object; usage && root["usage"].get(object) == SUCCESS && object.is_object())
        readUsageObject(object, format, *usage);
    return {};
}

void UpstreamAnswerCheck::feed(QByteArrayView data)
{
    if (malformed())
        return;
    forEachLine(m_partial, data, [this](QByteArrayView text) {
        m_lineEnd += text.size() + 1; // with its '\n'
        line(text);
    });
    // A line longer than any event a provider sends is garbage (and must not grow without bound).
    if (!malformed() && m_partial.size() > 16 * 1024 * 1024)
        m_malformed = QStringLiteral("a stream line over 16 MiB");
}

void UpstreamAnswerCheck::line(QByteArrayView text)
{
    if (malformed())
        return;
    if (text.endsWith('\r'))
        text.chop(1);
    if (text.isEmpty())
        return event();
    if (text.startsWith(':'))
        return; // a comment, such as a keep-alive ping
    auto value = [&](qsizetype nameLength) {
        QByteArrayView v = text.sliced(nameLength);
        return v.startsWith(' ') ? v.sliced(1) : v;
    };
    if (text.startsWith("data:")) {
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value(5));
        m_hasData = true;
    } else if (text.startsWith("event:")) {
        m_eventName.resize(0);
        m_eventName.append(value(6));
    } else if (!text.startsWith("id:") && !text.startsWith("retry:")) {
        m_malformed = QStringLiteral("a line that is not a server-sent event: %1").arg(preview(text));
    }
}

QString UpstreamAnswerCheck::terminatorName() const
{
    return m_format == ApiFormat::AnthropicMessages ? QStringLiteral("message_stop")
                                                    : QStringLiteral("[DONE]");
}

void UpstreamAnswerCheck::event()
{
    const qint64 eventStart = m_judgedBytes;
    m_judgedBytes = m_lineEnd;
    const bool hasData = std::exchange(m_hasData, false);
    if (hasData && !m_sawTerminator) // anything after the end is ignored, as clients do
        inspect(QByteArrayView(m_data).trimmed(), m_eventName, eventStart);
    m_data.resize(0); // keeps the capacity: no allocation an event
    m_eventName.resize(0);
}

void UpstreamAnswerCheck::inspect(QByteArrayView data, QByteArrayView name, qint64 eventStart)
{
    m_sawEvent = true;
    const bool anthropic = m_format == ApiFormat::AnthropicMessages;
    if (!anthropic && data == "[DONE]") {
        m_sawTerminator = true;
        return;
    }
    if (!data.startsWith('{') || !data.endsWith('}')) {
        m_malformed = QStringLiteral("an event whose data is not a JSON object: %1").arg(preview(data));
        return;
    }
    // A quoted "error" or "usage" cannot occur inside a JSON string (its quotes would be escaped):
    // an event without either, and not one of Anthropic's framing events, has nothing to read.
    const Mentions found = mentionsIn(data, anthropic);
    const bool mentionsError = found.error || name == "error";
    const bool mentionsUsage = found.usage;
    const bool framing = anthropic && (name == "message_stop" || found.messageStop);
    if (!mentionsError && !mentionsUsage && !framing)
        return;
    dom::element root;
    if (!parse(data, root) || !root.is_object()) {
        m_malformed = QStringLiteral("an event whose data is not a JSON object: %1").arg(preview(data));
        return;
    }
    std::string_view type;
    const bool typed = anthropic && root["type"].get_string().get(type) == SUCCESS;
    if (typed && type == "message_stop") {
        m_sawTerminator = true;
        return;
    }
    QString error = errorIn(root, m_format);
    if (error.isEmpty() && name == "error")
        error = QStringLiteral("an error event");
    if (!error.isEmpty() && !m_sawError) {
        m_sawError = true;
        m_errorMessage = error;
    }
    if (!mentionsUsage)
        return;
    if (anthropic) {
        if (dom::element usage;
            typed && type == "message_start" && root["message"]["usage"].get(usage) == SUCCESS)
            readUsageObject(usage, m_format, m_usage);
        else if (typed && type == "message_delta" && root["usage"].get(usage) == SUCCESS)
            readUsageObject(usage, m_format, m_usage, true);
        return;
    }
    dom::element usage;
    if (root["usage"].get(usage) != SUCCESS || !usage.is_object())
        return;
    readUsageObject(usage, m_format, m_usage);
    dom::array choices;
    if (m_markUsageOnly && root["choices"].get_array().get(choices) == SUCCESS && choices.size() == 0)
        m_removable.emplace_back(eventStart, m_judgedBytes);
}

} // namespace sy
