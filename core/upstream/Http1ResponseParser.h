#pragma once

#include <QByteArrayView>
#include <QString>

#include <functional>
#include <memory>

#include "http/HttpServer.h"

struct http_parser;

namespace sy {

// One HTTP/1.1 response after another on a connection, read with http_parser: the status and
// lower-case headers, then the body de-chunked, as they arrive. Header slots keep their
// allocations from one response to the next.
class Http1ResponseParser
{
public:
    enum class Result { NeedMore, Complete, Stopped, Error };
    struct Handler
    {
        std::function<void(int status, const HttpHeaders &headers)> headers;
        std::function<void(QByteArrayView body)> body;
    };

    explicit Http1ResponseParser(Handler handler);
    ~Http1ResponseParser();
    Http1ResponseParser(const Http1ResponseParser &) = delete;
    Http1ResponseParser &operator=(const Http1ResponseParser &) = delete;

    void begin();  // before each response
    void stop() { m_stopped = true; } // from a handler: nothing more is parsed or reported
    Result feed(const char *data, qsizetype size);
    Result feedEnd(); // the connection closed: completes a body delimited by the close, or not
    bool keepAlive() const;
    QString errorText() const;

private:
    struct Callbacks;
    Result outcome(size_t parsed, size_t size) const;

    Handler m_handler;
    std::unique_ptr<http_parser> m_parser;
    HttpHeaders m_headers;
    size_t m_headerCount = 0;
    bool m_lastWasValue = false;
    bool m_complete = false;
    bool m_stopped = false;
};

} // namespace sy
