#pragma once

#include <QSslSocket>

#include "net/ByteStream.h"

namespace sy {

// TLS through QSslSocket, verified against the system's certificates plus any added with
// addTrustedCertificates() (a local server's own CA).
class TlsStream final : public ByteStream
{
public:
    explicit TlsStream(QObject *parent = nullptr);

    // Process-wide; for upstreams with certificates no system CA signs.
    static bool addTrustedCertificates(const QString &pemFile, QString *error);

    void setOfferHttp2(bool offer) { m_offerHttp2 = offer; }
    QByteArray negotiatedProtocol() const override;
    void connectToHost(const QByteArray &host, quint16 port) override;
    bool isConnected() const override;
    bool isStale() const override;
    using ByteStream::write;
    void write(const char *data, qsizetype size) override;
    qsizetype bytesPending() const override;
    void closeWhenFlushed() override;
    void abort() override;

private:
    void onReadyRead();
    void onError();

    QSslSocket m_socket;
    bool m_encrypted = false;
    bool m_closing = false;
    bool m_offerHttp2 = false;
};

} // namespace sy
