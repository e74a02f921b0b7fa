#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>

#include <atomic>
#include <mutex>

#include "http/HttpServer.h"

namespace sy::test {

// An upstream whose answers report the usage a test gave for their model, exactly as a
// provider would write it: OpenAI chat completions (the final usage chunk of a stream) or
// Anthropic messages (input counts in message_start, output in message_delta) by path.
// Serve it with an HttpServer on loopback.
class UsageUpstream : public HttpHandler
{
public:
    void setUsage(const QByteArray &model, const QJsonObject &usage);
    void setDelayMs(int ms) { m_delayMs = ms; } // before every answer (on a timer: the worker stays free)
    int served() const { return m_served.load(); }
    void handle(HttpRequest request, HttpResponder responder) override;

private:
    QJsonObject usageFor(const QByteArray &model) const;
    void answer(const HttpRequest &request, HttpResponder responder);

    std::atomic<int> m_delayMs{0};
    std::atomic<int> m_served{0};

    mutable std::mutex m_mutex;
    QHash<QByteArray, QJsonObject> m_usage;
};

} // namespace sy::test
