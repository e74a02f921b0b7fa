#pragma once

#include <QByteArray>

#include <memory>

#include "http/HttpRequest.h"

struct http_parser;
struct http_parser_settings;

namespace sy {

// Incremental HTTP/1.x request parser over nodejs' http_parser. It stops after each complete
// request, so pipelined requests are handed out one at a time and answered in order.
class HttpRequestParser
{
public:
    static constexpr qsizetype kParserPadding = 64; // simdjson's SIMDJSON_PADDING
    struct Limits
    {
        qsizetype maxHeaderBytes = 64 * 1024;
        qsizetype maxBodyBytes = 32 * 1024 * 1024;
    };
    // HeadersComplete: once per request, before its body is read, so the server can refuse it
    // (a missing key, no memory left for its body) without reading what it would throw away.
    enum class Status { NeedMore, HeadersComplete, Complete, Error };

    explicit HttpRequestParser(Limits limits);
    HttpRequestParser() : HttpRequestParser(Limits{}) {}
    ~HttpRequestParser();

    // Consumes bytes from data (starting at offset) until one request is complete or the
    // bytes run out; offset advances past what was consumed.
    Status feed(const QByteArray &data, qsizetype &offset);
    HttpRequest takeRequest();
    const HttpRequest &request() const { return m_request; } // so far: after HeadersComplete, all but the body
    qint64 declaredBodyBytes() const; // Content-Length, or -1 (chunked, or none yet)
    QByteArray errorMessage() const { return m_error; }
    int errorStatus() const { return m_errorStatus; } // 400, 413 or 431
    bool hasPartialRequest() const { return m_started; }
    void reset();

private:
    static const http_parser_settings &parserSettings();
    bool countHeaderBytes(size_t len); // false (with a 431 error) past the limit
    static int onMessageBegin(http_parser *p);
    static int onUrl(http_parser *p, const char *at, size_t len);
    static int onHeaderField(http_parser *p, const char *at, size_t len);
    static int onHeaderValue(http_parser *p, const char *at, size_t len);
    static int onHeadersComplete(http_parser *p);
    static int onBody(http_parser *p, const char *at, size_t len);
    static int onMessageComplete(http_parser *p);

    Limits m_limits;
    std::unique_ptr<http_parser> m_parser;
    HttpRequest m_request;
    QByteArray m_field;
    bool m_lastWasValue = false;
    qsizetype m_headerBytes = 0;
    bool m_started = false;
    bool m_complete = false;
    bool m_headersDone = false; // HeadersComplete is due to be reported
    QByteArray m_error;
    int m_errorStatus = 400;
};

} // namespace sy
