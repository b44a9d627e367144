#include "http/TlsListener.h"

#include "ServerLogging.h"

#include <QSslSocket>
#include <QTimer>

namespace pakn::server {

namespace {

QByteArray plainAnswer(const QByteArray &status, const QByteArray &code, const QByteArray &message)
{
    const QByteArray body =
        "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}";
    return "HTTP/1.1 " + status +
           "\r\nContent-Type: application/json; charset=utf-8\r\n"
           "Connection: close\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// Watches one admitted connection and counts it as open while it lives; a
// child of its socket.
class ConnectionGuard : public QObject
{
public:
    ConnectionGuard(QTcpSocket *socket, const TlsListener::Limits &limits,
                    std::shared_ptr<int> open)
        : QObject(socket), m_socket(socket), m_max(limits.maxUnansweredBytes),
          m_open(std::move(open))
    {
        ++*m_open;
        m_idle.setSingleShot(true);
        m_idle.setInterval(limits.idleTimeout);
        connect(&m_idle, &QTimer::timeout, this, &ConnectionGuard::closeIdle);
        // Connected before QtHttpServer's own slots, so this sees every chunk first.
        connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::received);
        connect(socket, &QIODevice::bytesWritten, this, &ConnectionGuard::answered);
        m_idle.start();
    }
    ~ConnectionGuard() override { --*m_open; }

private:
    void received()
    {
        m_idle.start();
        m_unanswered += m_socket->bytesAvailable();
        if (m_unanswered <= m_max)
            return;
        qCWarning(lcHttp) << "closing a connection from" << m_socket->peerAddress().toString()
                          << "that sent" << m_unanswered << "bytes without an answer";
        m_socket->write(
            plainAnswer("413 Payload Too Large", "too_large", "The request is too large"));
        m_socket->flush();
        m_socket->abort();
    }
    // While a request is handled nothing moves (a long-poll holds one up to
    // 55 s), so the idle timeout must stay above the longest hold.
    void answered()
    {
        m_idle.start();
        m_unanswered = 0;
    }
    void closeIdle()
    {
        qCDebug(lcHttp) << "closing an idle connection from" << m_socket->peerAddress().toString();
        m_socket->disconnectFromHost();
        // A client that stopped reading would keep unsent bytes, and the socket, forever.
        QTimer::singleShot(std::chrono::seconds(5), m_socket, &QAbstractSocket::abort);
    }

    QTcpSocket *m_socket;
    qint64 m_max;
    std::shared_ptr<int> m_open;
    qint64 m_unanswered = 0;
    QTimer m_idle;
};

} // namespace

TlsListener::TlsListener(Limits limits, QObject *parent) : QSslServer(parent), m_limits(limits)
{
    connect(this, &QSslServer::errorOccurred, this,
            [](QSslSocket *socket, QAbstractSocket::SocketError error) {
                qCDebug(lcTls) << "connection from" << socket->peerAddress().toString()
                               << "failed:" << error;
            });
}

QTcpSocket *TlsListener::nextPendingConnection()
{
    // QAbstractHttpServer takes connections until this returns nullptr.
    while (QTcpSocket *socket = QSslServer::nextPendingConnection()) {
        if (*m_open < m_limits.maxConnections) {
            new ConnectionGuard(socket, m_limits, m_open);
            return socket;
        }
        refuse(socket);
    }
    return nullptr;
}

void TlsListener::refuse(QTcpSocket *socket)
{
    qCWarning(lcHttp) << "refusing a connection from" << socket->peerAddress().toString()
                      << ": too many open connections";
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    // Closed even if the client never reads its answer.
    QTimer::singleShot(std::chrono::seconds(5), socket, &QAbstractSocket::abort);
    socket->write(plainAnswer("503 Service Unavailable", "busy",
                              "The server has too many open connections; try again shortly"));
    socket->disconnectFromHost(); // after the answer is written
}

} // namespace pakn::server
