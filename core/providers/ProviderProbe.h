#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include "domain/Provider.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace sy {

// "Test connection": asks a provider's models endpoint (GET BASE/models) with its credential
// and a timeout, and says plainly what came back. Asynchronous; one probe at a time per object
// (a new one cancels the last).
class ProviderProbe : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false;
        QStringList models;
        QString error; // what went wrong, in words a user can act on
        int httpStatus = 0;
        qint64 elapsedMs = 0;
    };

    explicit ProviderProbe(QObject *parent = nullptr);
    ~ProviderProbe() override;

    // secret: the resolved credential (may be empty for local servers).
    void probe(const ProviderSpec &provider, const QByteArray &secret, int timeoutMs = 10000);
    void cancel();
    bool isRunning() const { return !m_reply.isNull(); }

signals:
    void finished(const sy::ProviderProbe::Result &result);

private:
    void onFinished(QNetworkReply *reply, qint64 startedMs, int timeoutMs);

    QNetworkAccessManager *m_nam;
    QPointer<QNetworkReply> m_reply;
};

} // namespace sy

Q_DECLARE_METATYPE(sy::ProviderProbe::Result)
