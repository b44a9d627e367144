#include "http/TlsListener.h"

#include "ServerLogging.h"

#include <QPointer>
#include <QSslSocket>
#include <QTimer>

namespace pakn::server {

namespace {

// Watches one connection; lives as a child of its socket.
class ConnectionGuard : public QObject
{
public:
    ConnectionGuard(QTcpSocket *socket, qint64 maxUnansweredBytes,
                    std::chrono::milliseconds idleTimeout)
        : QObject(socket), m_socket(socket), m_max(maxUnansweredBytes)
    {
        m_idle.setSingleShot(true);
        m_idle.setInterval(idleTimeout);
        connect(&m_idle, &QTimer::timeout, this, &ConnectionGuard::closeIdle);
        // Connected before QtHttpServer's own slots, so this sees every chunk first.
        connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::received);
        connect(socket, &QIODevice::bytesWritten, this, &ConnectionGuard::answered);
        m_idle.start();
    }

private:
    void received()
    {
        m_idle.start();
        m_unanswered += m_socket->bytesAvailable();
        if (m_unanswered <= m_max)
            return;
        qCWarning(lcHttp) << "closing a connection from" << m_socket->peerAddress().toString()
                          << "that sent" << m_unanswered << "bytes without an answer";
        const QByteArray body = QByteArrayLiteral(
            "{\"error\":{\"code\":\"too_large\",\"message\":\"The request is too large\"}}");
        m_socket->write(QByteArrayLiteral("HTTP/1.1 413 Payload Too Large\r\n"
                                          "Content-Type: application/json; charset=utf-8\r\n"
                                          "Connection: close\r\nContent-Length: ") +
                        QByteArray::number(body.size()) + QByteArrayLiteral("\r\n\r\n") + body);
        m_socket->flush();
        m_socket->abort();
    }
    void answered()
    {
        m_idle.start();
        m_unanswered = 0;
    }
    void closeIdle()
    {
        qCDebug(lcHttp) << "closing an idle connection from" << m_socket->peerAddress().toString();
        m_socket->disconnectFromHost();
    }

    QTcpSocket *m_socket;
    qint64 m_max;
    qint64 m_unanswered = 0;
    QTimer m_idle;
};

} // namespace

TlsListener::TlsListener(qint64 maxUnansweredBytes, std::chrono::milliseconds idleTimeout,
                         QObject *parent)
    : QSslServer(parent), m_maxUnansweredBytes(maxUnansweredBytes), m_idleTimeout(idleTimeout)
{
    connect(this, &QSslServer::errorOccurred, this,
            [](QSslSocket *socket, QAbstractSocket::SocketError error) {
                qCDebug(lcTls) << "connection from" << socket->peerAddress().toString()
                               << "failed:" << error;
            });
}

QTcpSocket *TlsListener::nextPendingConnection()
{
    QTcpSocket *socket = QSslServer::nextPendingConnection();
    if (socket)
        new ConnectionGuard(socket, m_maxUnansweredBytes, m_idleTimeout);
    return socket;
}

} // namespace pakn::server
