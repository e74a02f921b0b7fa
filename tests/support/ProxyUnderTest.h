#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>

#include <memory>
#include <mutex>
#include <vector>

#include "http/HttpServer.h"
#include "proxy/ProxyHandler.h"

namespace sy::test {

// A proxy served on 127.0.0.1 (a port it picks) for a test, with a client to call it and the
// request-log entries it wrote. Replies are waited for with a bound (20 s), never forever.
class ProxyUnderTest
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QMap<QByteArray, QByteArray> headers; // names lower-cased
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QJsonObject json() const;
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    ~ProxyUnderTest() { stop(); }

    bool start(std::shared_ptr<ProxyRuntime> runtime, HttpServer::Options options = defaultOptions());
    void stop();
    static HttpServer::Options defaultOptions();

    quint16 port() const;
    ProxyHandler &handler() { return *m_handler; }
    std::shared_ptr<ProxyHandler> sharedHandler() const { return m_handler; }
    QNetworkAccessManager &client() { return m_client; }

    // Sent without waiting: the caller collects it (or cancels it).
    QNetworkReply *send(const QByteArray &verb, const QString &path, const QByteArray &body = {}, const Headers &headers = {});
    QNetworkReply *postAsync(const QString &path, const QJsonObject &body, const Headers &headers = {});
    Reply request(const QByteArray &verb, const QString &path, const QByteArray &body = {}, const Headers &headers = {});
    Reply post(const QString &path, const QJsonObject &body, const Headers &headers = {});
    static Reply collect(QNetworkReply *reply);

    // What the proxy logged so far (a copy: the workers keep appending).
    std::vector<RequestLogEntry> logged() const;
    size_t loggedCount() const;
    void clearLogged();

private:
    std::shared_ptr<ProxyHandler> m_handler;
    std::unique_ptr<HttpServer> m_server;
    QNetworkAccessManager m_client;
    mutable std::mutex m_logMutex;
    std::vector<RequestLogEntry> m_logged;
};

} // namespace sy::test
