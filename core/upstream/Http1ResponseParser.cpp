#include "upstream/Http1ResponseParser.h"

#include <http_parser.h>

#include "http/HeaderNames.h"

namespace sy {

struct Http1ResponseParser::Callbacks
{
    static Http1ResponseParser *self(http_parser *p) { return static_cast<Http1ResponseParser *>(p->data); }

    static int onHeaderField(http_parser *p, const char *at, size_t length)
    {
        Http1ResponseParser *s = self(p);
        if (s->m_lastWasValue || s->m_headerCount == 0) {
            if (++s->m_headerCount > s->m_headers.size()) {
                s->m_headers.emplace_back();
            } else {
                s->m_headers[s->m_headerCount - 1].first.truncate(0);
                s->m_headers[s->m_headerCount - 1].second.truncate(0);
            }
            s->m_lastWasValue = false;
        }
        appendLowerCase(s->m_headers[s->m_headerCount - 1].first, at, length); // reused storage: no allocation
        return 0;
    }

    static int onHeaderValue(http_parser *p, const char *at, size_t length)
    {
        Http1ResponseParser *s = self(p);
        if (s->m_headerCount == 0)
            return 1;
        s->m_headers[s->m_headerCount - 1].second.append(at, qsizetype(length));
        s->m_lastWasValue = true;
        return 0;
    }

    static int onHeadersComplete(http_parser *p)
    {
        Http1ResponseParser *s = self(p);
        s->m_headers.resize(s->m_headerCount);
        if (s->m_handler.headers)
            s->m_handler.headers(int(p->status_code), s->m_headers);
        return s->m_stopped ? 1 : 0;
    }

    static int onBody(http_parser *p, const char *at, size_t length)
    {
        Http1ResponseParser *s = self(p);
        if (s->m_handler.body)
            s->m_handler.body(QByteArrayView(at, qsizetype(length)));
        return s->m_stopped ? 1 : 0;
    }

    static int onMessageComplete(http_parser *p)
    {
        Http1ResponseParser *s = self(p);
        if (s->m_stopped)
            return 1;
        s->m_complete = true;
        http_parser_pause(p, 1); // one response per begin(); the rest waits in the caller's buffer
        return 0;
    }

    static const http_parser_settings &settings()
    {
        static const http_parser_settings st = [] {
            http_parser_settings x;
            http_parser_settings_init(&x);
            x.on_header_field = &onHeaderField;
            x.on_header_value = &onHeaderValue;
            x.on_headers_complete = &onHeadersComplete;
            x.on_body = &onBody;
            x.on_message_complete = &onMessageComplete;
            return x;
        }();
        return st;
    }
};

Http1ResponseParser::Http1ResponseParser(Handler handler) : m_handler(std::move(handler)), m_parser(std::make_unique<http_parser>())
{
    begin();
}

Http1ResponseParser::~Http1ResponseParser() = default;

void Http1ResponseParser::begin()
{
    http_parser_init(m_parser.get(), HTTP_RESPONSE);
    m_parser->data = this;
    m_headerCount = 0;
    m_lastWasValue = false;
    m_complete = false;
    m_stopped = false;
}

Http1ResponseParser::Result Http1ResponseParser::outcome(size_t parsed, size_t size) const
{
    if (m_stopped)
        return Result::Stopped;
    if (m_complete)
        return Result::Complete;
    if (HTTP_PARSER_ERRNO(m_parser.get()) != HPE_OK || parsed != size)
        return Result::Error;
    return Result::NeedMore;
}

Http1ResponseParser::Result Http1ResponseParser::feed(const char *data, qsizetype size)
{
    if (m_stopped)
        return Result::Stopped;
    if (m_complete)
        return Result::Complete;
    const size_t parsed = http_parser_execute(m_parser.get(), &Callbacks::settings(), data, size_t(size));
    return outcome(parsed, size_t(size));
}

Http1ResponseParser::Result Http1ResponseParser::feedEnd()
{
    if (m_stopped)
        return Result::Stopped;
    if (m_complete)
        return Result::Complete;
    http_parser_execute(m_parser.get(), &Callbacks::settings(), nullptr, 0);
    const Result r = outcome(0, 0);
    return r == Result::NeedMore ? Result::Error : r; // nothing more will come
}

bool Http1ResponseParser::keepAlive() const { return http_should_keep_alive(m_parser.get()) != 0; }

QString Http1ResponseParser::errorText() const
{
    const auto error = HTTP_PARSER_ERRNO(m_parser.get());
    return error == HPE_OK ? QStringLiteral("the response ended early") : QString::fromLatin1(http_errno_description(error));
}

} // namespace sy
