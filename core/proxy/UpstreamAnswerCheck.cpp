#include "proxy/UpstreamAnswerCheck.h"

#include <simdjson.h>

#include "proxy/FormatTranslator.h"
#include "proxy/LineSplitter.h"

namespace sy {

namespace {

using namespace simdjson;

bool parse(QByteArrayView text, dom::element &root)
{
    thread_local dom::parser parser;
    return parser.parse(reinterpret_cast<const uint8_t *>(text.data()), size_t(text.size()), true).get(root) == SUCCESS;
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
    const bool typedError = format == ApiFormat::AnthropicMessages && root["type"].get_string().get(text) == SUCCESS && text == "error";
    if (!hasError && !typedError)
        return {};
    if (hasError && error.is_string() && error.get_string().get(text) == SUCCESS && !text.empty())
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    if (hasError && error.is_object() && error["message"].get_string().get(text) == SUCCESS && !text.empty())
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    return QStringLiteral("an error without a message");
}

} // namespace

QString UpstreamAnswerCheck::problemInBody(QByteArrayView body, ApiFormat format)
{
    if (body.trimmed().isEmpty())
        return QStringLiteral("an empty body");
    dom::element root;
    if (!parse(body, root) || !root.is_object())
        return QStringLiteral("a body that is not a JSON object: %1").arg(preview(body));
    if (const QString error = errorIn(root, format); !error.isEmpty())
        return QStringLiteral("an error in its body: %1").arg(error);
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
        m_eventName = value(6).toByteArray();
    } else if (!text.startsWith("id:") && !text.startsWith("retry:")) {
        m_malformed = QStringLiteral("a line that is not a server-sent event: %1").arg(preview(text));
    }
}

QString UpstreamAnswerCheck::terminatorName() const
{
    return m_format == ApiFormat::AnthropicMessages ? QStringLiteral("message_stop") : QStringLiteral("[DONE]");
}

void UpstreamAnswerCheck::event()
{
    m_judgedBytes = m_lineEnd;
    const QByteArray name = std::exchange(m_eventName, {});
    if (!std::exchange(m_hasData, false))
        return;
    const QByteArray data = std::exchange(m_data, {});
    if (m_sawTerminator)
        return; // anything after the end is ignored, as clients do
    m_sawEvent = true;
    if (m_format == ApiFormat::OpenAIChat && data.trimmed() == "[DONE]") {
        m_sawTerminator = true;
        return;
    }
    dom::element root;
    if (!parse(data, root) || !root.is_object()) {
        m_malformed = QStringLiteral("an event whose data is not a JSON object: %1").arg(preview(data));
        return;
    }
    std::string_view type;
    if (m_format == ApiFormat::AnthropicMessages && root["type"].get_string().get(type) == SUCCESS && type == "message_stop") {
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
}

} // namespace sy
