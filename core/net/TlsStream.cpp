#include "net/TlsStream.h"

#include <QFile>
#include <QMutex>
#include <QSslConfiguration>

#include <cerrno>
#include <sys/socket.h>

namespace sy {

namespace {

QMutex trustMutex;
QList<QSslCertificate> &extraTrust()
{
    static QList<QSslCertificate> certificates;
    return certificates;
}

} // namespace

bool TlsStream::addTrustedCertificates(const QString &pemFile, QString *error)
{
    QFile file(pemFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(pemFile, file.errorString());
        return false;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = QStringLiteral("%1: no PEM certificate in the file").arg(pemFile);
        return false;
    }
    QMutexLocker lock(&trustMutex);
    extraTrust().append(certificates);
    return true;
}

TlsStream::TlsStream(QObject *parent) : ByteStream(parent)
{
    connect(&m_socket, &QSslSocket::encrypted, this, [this] {
        m_encrypted = true;
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        if (const auto connected = m_handlers.connected) // a copy: it may replace the handlers
            connected();
    });
    connect(&m_socket, &QSslSocket::readyRead, this, &TlsStream::onReadyRead);
    connect(&m_socket, &QSslSocket::errorOccurred, this, &TlsStream::onError);
    connect(&m_socket, &QSslSocket::disconnected, this, [this] {
        if (m_closing && m_handlers.flushedAndClosed) {
            m_closing = false;
            m_handlers.flushedAndClosed();
        }
    });
}

void TlsStream::connectToHost(const QByteArray &host, quint16 port)
{
    abort();
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    {
        QMutexLocker lock(&trustMutex);
        if (!extraTrust().isEmpty())
            configuration.addCaCertificates(extraTrust());
    }
    configuration.setAllowedNextProtocols(m_offerHttp2 ? QList<QByteArray>{QSslConfiguration::ALPNProtocolHTTP2, QByteArrayLiteral("http/1.1")}
                                                       : QList<QByteArray>{QByteArrayLiteral("http/1.1")});
    m_socket.setSslConfiguration(configuration);
    m_socket.connectToHostEncrypted(QString::fromUtf8(host), port);
}

QByteArray TlsStream::negotiatedProtocol() const { return m_socket.sslConfiguration().nextNegotiatedProtocol(); }

bool TlsStream::isConnected() const { return m_encrypted && m_socket.state() == QAbstractSocket::ConnectedState; }

bool TlsStream::isStale() const
{
    if (!isConnected() || m_socket.bytesAvailable() > 0)
        return true;
    // On an idle connection any raw byte (a close_notify) or end of file means the peer is done.
    char byte;
    const ssize_t n = ::recv(int(m_socket.socketDescriptor()), &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    return !(n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK));
}

void TlsStream::write(const char *data, qsizetype size)
{
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        m_socket.write(data, size);
}

qsizetype TlsStream::bytesPending() const { return m_socket.bytesToWrite() + m_socket.encryptedBytesToWrite(); }

void TlsStream::closeWhenFlushed()
{
    m_closing = true;
    m_socket.disconnectFromHost();
}

void TlsStream::abort()
{
    m_encrypted = false;
    m_closing = false;
    m_socket.abort();
}

void TlsStream::onReadyRead()
{
    const QByteArray data = m_socket.readAll();
    if (data.isEmpty() || !m_handlers.data)
        return;
    m_handlers.data(data.constData(), data.size());
}

void TlsStream::onError()
{
    if (m_closing && m_socket.error() == QAbstractSocket::RemoteHostClosedError)
        return; // the disconnected signal follows
    StreamError kind = StreamError::Failed;
    if (!m_encrypted)
        kind = StreamError::Connect;
    else if (m_socket.error() == QAbstractSocket::RemoteHostClosedError)
        kind = StreamError::Closed;
    QString message = m_socket.errorString();
    if (!m_encrypted && !m_socket.sslHandshakeErrors().isEmpty())
        message = QStringLiteral("TLS: %1").arg(m_socket.sslHandshakeErrors().constFirst().errorString());
    m_encrypted = false;
    if (m_handlers.error)
        m_handlers.error(kind, message);
}

} // namespace sy
