#include "http/HttpRequestParser.h"

#include "http/HeaderNames.h"

#include <http_parser.h>

namespace sy {

HttpRequestParser::HttpRequestParser(Limits limits)
    : m_limits(limits), m_parser(std::make_unique<http_parser>())
{
    reset();
}

HttpRequestParser::~HttpRequestParser() = default;

void HttpRequestParser::reset()
{
    http_parser_init(m_parser.get(), HTTP_REQUEST);
    m_parser->data = this;
    m_request = HttpRequest();
    m_field.clear();
    m_lastWasValue = false;
    m_headerBytes = 0;
    m_started = false;
    m_complete = false;
    m_headersDone = false;
    m_error.clear();
    m_errorStatus = 400;
}

HttpRequestParser::Status HttpRequestParser::feed(const QByteArray &data, qsizetype &offset)
{
    if (!m_error.isEmpty())
        return Status::Error;
    const qsizetype available = data.size() - offset;
    if (available <= 0)
        return Status::NeedMore;
    const size_t consumed =
        http_parser_execute(m_parser.get(), &parserSettings(), data.constData() + offset, size_t(available));
    offset += qsizetype(consumed);
    const auto err = HTTP_PARSER_ERRNO(m_parser.get());
    if (std::exchange(m_headersDone, false)) {
        // Paused on the headers' last line feed, which stays unconsumed: the next feed() goes on.
        if (err == HPE_PAUSED)
            http_parser_pause(m_parser.get(), 0);
        return Status::HeadersComplete;
    }
    if (m_complete) {
        if (err == HPE_PAUSED)
            http_parser_pause(m_parser.get(), 0);
        return Status::Complete;
    }
    if (err != HPE_OK) {
        if (m_error.isEmpty())
            m_error = QByteArray("malformed HTTP request: ") + http_errno_description(err);
        return Status::Error;
    }
    return Status::NeedMore;
}

qint64 HttpRequestParser::declaredBodyBytes() const
{
    return m_parser->content_length != ULLONG_MAX && !(m_parser->flags & F_CHUNKED)
               ? qint64(m_parser->content_length)
               : -1;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest r = std::move(m_request);
    // Keep the parser's connection state (it knows about keep-alive) but start a new message.
    m_request = HttpRequest();
    m_field.clear();
    m_lastWasValue = false;
    m_headerBytes = 0;
    m_started = false;
    m_complete = false;
    return r;
}

bool HttpRequestParser::countHeaderBytes(size_t len)
{
    m_headerBytes += qsizetype(len);
    if (m_headerBytes <= m_limits.maxHeaderBytes)
        return true;
    m_error = "request line and headers too large";
    m_errorStatus = 431;
    return false;
}

int HttpRequestParser::onMessageBegin(http_parser *p)
{
    static_cast<HttpRequestParser *>(p->data)->m_started = true;
    return 0;
}

int HttpRequestParser::onUrl(http_parser *p, const char *at, size_t len)
{
    auto *self = static_cast<HttpRequestParser *>(p->data);
    if (!self->countHeaderBytes(len))
        return 1;
    self->m_request.target.append(at, qsizetype(len));
    return 0;
}

int HttpRequestParser::onHeaderField(http_parser *p, const char *at, size_t len)
{
    auto *self = static_cast<HttpRequestParser *>(p->data);
    if (!self->countHeaderBytes(len))
        return 1;
    if (self->m_lastWasValue || self->m_request.headers.empty()) {
        if (self->m_request.headers.empty())
            self->m_request.headers.reserve(16); // clients send a handful to a dozen: one allocation
        self->m_request.headers.emplace_back();
        self->m_lastWasValue = false;
    }
    appendHeaderName(self->m_request.headers.back().first, at, len);
    return 0;
}

int HttpRequestParser::onHeaderValue(http_parser *p, const char *at, size_t len)
{
    auto *self = static_cast<HttpRequestParser *>(p->data);
    if (!self->countHeaderBytes(len))
        return 1;
    if (self->m_request.headers.empty())
        return 1;
    self->m_request.headers.back().second.append(at, qsizetype(len));
    self->m_lastWasValue = true;
    return 0;
}

int HttpRequestParser::onHeadersComplete(http_parser *p)
{
    auto *self = static_cast<HttpRequestParser *>(p->data);
    self->m_request.method = http_method_str(http_method(p->method));
    const qsizetype q = self->m_request.target.indexOf('?');
    self->m_request.path = q < 0 ? self->m_request.target : self->m_request.target.left(q);
    self->m_request.keepAlive = http_should_keep_alive(p) != 0;
    self->m_request.http10 = p->http_major == 1 && p->http_minor == 0;
    if (p->content_length != ULLONG_MAX && p->content_length > quint64(self->m_limits.maxBodyBytes)) {
        self->m_error = "request body too large";
        self->m_errorStatus = 413;
        return -1;
    }
    if (p->content_length != ULLONG_MAX)
        // One allocation, no doubling; the spare bytes let a JSON parser read it in place.
        self->m_request.body.reserve(qsizetype(p->content_length) + kParserPadding);
    self->m_headersDone = true;
    http_parser_pause(p, 1);
    return 0;
}

int HttpRequestParser::onBody(http_parser *p, const char *at, size_t len)
{
    auto *self = static_cast<HttpRequestParser *>(p->data);
    if (self->m_request.body.size() + qsizetype(len) > self->m_limits.maxBodyBytes) {
        self->m_error = "request body too large";
        self->m_errorStatus = 413;
        return 1;
    }
    self->m_request.body.append(at, qsizetype(len));
    return 0;
}

int HttpRequestParser::onMessageComplete(http_parser *p)
{
    auto *self = static_cast<HttpRequestParser *>(p->data);
    self->m_complete = true;
    http_parser_pause(p, 1); // one request at a time: the rest stays in the connection's buffer
    return 0;
}

const http_parser_settings &HttpRequestParser::parserSettings()
{
    static const http_parser_settings s = [] {
        http_parser_settings st;
        http_parser_settings_init(&st);
        st.on_message_begin = &HttpRequestParser::onMessageBegin;
        st.on_url = &HttpRequestParser::onUrl;
        st.on_header_field = &HttpRequestParser::onHeaderField;
        st.on_header_value = &HttpRequestParser::onHeaderValue;
        st.on_headers_complete = &HttpRequestParser::onHeadersComplete;
        st.on_body = &HttpRequestParser::onBody;
        st.on_message_complete = &HttpRequestParser::onMessageComplete;
        return st;
    }();
    return s;
}

} // namespace sy
