#pragma once

#include <QElapsedTimer>

#include <atomic>
#include <memory>

#include "http/HttpServer.h"
#include "mock/MockConfig.h"

namespace sy {

// Serves simulated models over the OpenAI chat-completions and Anthropic messages APIs,
// streaming and not, with realistic timing and injected faults. A request may force a fault
// with the header x-mock-fault: 500 | 503 | 429 | hang | malformed | drop | 400.
class MockProvider : public HttpHandler
{
public:
    explicit MockProvider(MockConfig config);
    void handle(HttpRequest request, HttpResponder responder) override;

    const MockConfig &config() const { return m_config; }
    qint64 requestsServed() const { return m_requests.load(); }

private:
    enum class Fault { None, ServerError, Unavailable, RateLimited, Hang, Malformed, Drop, BadRequest };
    Fault pickFault(const MockModel &model, const QByteArray &forced, quint64 roll);

    MockConfig m_config;
    QElapsedTimer m_clock;
    std::atomic<qint64> m_requests{0};
};

// Owns an HTTP server with a MockProvider behind it; the in-process simulator of tests and the demo.
class MockServer
{
public:
    explicit MockServer(MockConfig config, int workerThreads = 1);
    ~MockServer();
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0, QString *error = nullptr);
    quint16 port() const;
    QString baseUrl() const; // http://127.0.0.1:PORT/v1
    MockProvider &provider() { return *m_provider; }
    HttpServer &server() { return *m_server; }

private:
    std::shared_ptr<MockProvider> m_provider;
    std::unique_ptr<HttpServer> m_server;
};

} // namespace sy
