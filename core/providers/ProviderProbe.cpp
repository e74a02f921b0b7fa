#include "providers/ProviderProbe.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

#include "providers/ProvidersLog.h"

namespace sy {

ProviderProbe::ProviderProbe(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this))
{
    qRegisterMetaType<sy::ProviderProbe::Result>();
}

ProviderProbe::~ProviderProbe() { cancel(); }

void ProviderProbe::cancel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_reply = nullptr;
}

void ProviderProbe::probe(const ProviderSpec &provider, const QByteArray &secret, int timeoutMs)
{
    cancel();
    QString base = provider.baseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    const QUrl url(base + QStringLiteral("/models"));
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
        Result r;
        r.error = tr("\"%1\" is not an http:// or https:// address.").arg(provider.baseUrl);
        QMetaObject::invokeMethod(this, [this, r] { emit finished(r); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (provider.kind == ProviderKind::Anthropic) {
        request.setRawHeader("anthropic-version", "2023-06-01");
        if (!secret.isEmpty())
            request.setRawHeader("x-api-key", secret);
    } else if (!secret.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + secret);
    }
    for (const HeaderEntry &h : provider.headers)
        request.setRawHeader(h.name.toUtf8(), h.value.toUtf8());
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    m_reply = m_nam->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, started, timeoutMs] { onFinished(reply, started, timeoutMs); });
}

void ProviderProbe::onFinished(QNetworkReply *reply, qint64 startedMs, int timeoutMs)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    Result r;
    r.elapsedMs = QDateTime::currentMSecsSinceEpoch() - startedMs;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (reply->error() == QNetworkReply::OperationCanceledError && r.httpStatus == 0) {
        r.error = tr("No answer within %1 s.").arg(timeoutMs / 1000.0);
    } else if (r.httpStatus == 0) {
        r.error = tr("Could not reach %1: %2").arg(reply->url().toString(QUrl::RemoveUserInfo), reply->errorString());
    } else if (r.httpStatus == 401 || r.httpStatus == 403) {
        r.error = tr("The provider refused the credential (HTTP %1): check the key.").arg(r.httpStatus);
    } else if (r.httpStatus < 200 || r.httpStatus >= 300) {
        QString detail = json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        if (detail.isEmpty())
            detail = QString::fromUtf8(body.left(200)).simplified();
        r.error = tr("HTTP %1 from %2: %3").arg(r.httpStatus).arg(reply->url().path(), detail);
    } else {
        const QJsonValue data = json.value(QStringLiteral("data")).isArray() ? json.value(QStringLiteral("data"))
                                                                              : json.value(QStringLiteral("models")); // Ollama's own shape
        for (const QJsonValue &entry : data.toArray()) {
            const QJsonObject o = entry.toObject();
            const QString id = o.value(QStringLiteral("id")).toString(o.value(QStringLiteral("name")).toString());
            if (!id.isEmpty())
                r.models.append(id);
        }
        if (!data.isArray())
            r.error = tr("The answer is not a model list (no \"data\" array); is the base URL right? It should end in /v1 for most servers.");
        else
            r.ok = true;
    }
    if (r.ok)
        qCInfo(lcProviders, "%s answers: %lld model(s) in %lld ms", qPrintable(reply->url().toString(QUrl::RemoveUserInfo)),
               qlonglong(r.models.size()), qlonglong(r.elapsedMs));
    else
        qCWarning(lcProviders, "probe of %s: %s", qPrintable(reply->url().toString(QUrl::RemoveUserInfo)), qPrintable(r.error));
    emit finished(r);
}

} // namespace sy
