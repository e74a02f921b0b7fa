#include "ProxyUnderTest.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>

namespace sy::test {

QJsonObject ProxyUnderTest::Reply::json() const { return QJsonDocument::fromJson(body).object(); }

HttpServer::Options ProxyUnderTest::defaultOptions()
{
    HttpServer::Options options;
    options.workerThreads = 2;
    return options;
}

bool ProxyUnderTest::start(std::shared_ptr<ProxyRuntime> runtime, HttpServer::Options options)
{
    stop();
    clearLogged();
    m_handler = std::make_shared<ProxyHandler>(std::move(runtime), [this](RequestLogEntry &&e) {
        std::lock_guard lock(m_logMutex);
        m_logged.push_back(std::move(e));
    });
    m_server = std::make_unique<HttpServer>(m_handler, options);
    return m_server->listenOn(QHostAddress::LocalHost, 0);
}

void ProxyUnderTest::stop()
{
    m_server.reset(); // joins the workers: no log call comes after this
    m_handler.reset();
}

quint16 ProxyUnderTest::port() const { return m_server ? m_server->serverPort() : 0; }

QNetworkReply *ProxyUnderTest::send(const QByteArray &verb, const QString &path, const QByteArray &body, const Headers &headers)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (verb == "POST")
        return m_client.post(request, body);
    return body.isEmpty() ? m_client.sendCustomRequest(request, verb) : m_client.sendCustomRequest(request, verb, body);
}

QNetworkReply *ProxyUnderTest::postAsync(const QString &path, const QJsonObject &body, const Headers &headers)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

ProxyUnderTest::Reply ProxyUnderTest::request(const QByteArray &verb, const QString &path, const QByteArray &body, const Headers &headers)
{
    return collect(send(verb, path, body, headers));
}

ProxyUnderTest::Reply ProxyUnderTest::post(const QString &path, const QJsonObject &body, const Headers &headers)
{
    return collect(postAsync(path, body, headers));
}

ProxyUnderTest::Reply ProxyUnderTest::collect(QNetworkReply *reply)
{
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(20000);
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.error = reply->error();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return r;
}

std::vector<RequestLogEntry> ProxyUnderTest::logged() const
{
    std::lock_guard lock(m_logMutex);
    return m_logged;
}

size_t ProxyUnderTest::loggedCount() const
{
    std::lock_guard lock(m_logMutex);
    return m_logged.size();
}

void ProxyUnderTest::clearLogged()
{
    std::lock_guard lock(m_logMutex);
    m_logged.clear();
}

} // namespace sy::test
