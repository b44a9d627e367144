#pragma once

// The HTTPS listening socket handed to QHttpServer (bind()). It adds what
// QtHttpServer 6.4 lacks: a TLS handshake timeout, an idle timeout per
// connection, a cap on how much a client may send without getting an answer
// (QtHttpServer buffers a whole request body in memory before any handler can
// refuse it), and a cap on open connections (each costs a socket, TLS state
// and buffers; beyond the cap a client gets 503 and is closed).

#include <QSslServer>
#include <chrono>
#include <memory>

namespace pakn::server {

class TlsListener : public QSslServer
{
    Q_OBJECT
public:
    struct Limits
    {
        qint64 maxUnansweredBytes = 0;
        std::chrono::milliseconds idleTimeout{0};
        int maxConnections = 0;
    };

    explicit TlsListener(Limits limits, QObject *parent = nullptr);

    // The next admitted connection; those over the cap are answered 503 here
    // and never reach QtHttpServer.
    QTcpSocket *nextPendingConnection() override;
    int openConnections() const { return *m_open; }

private:
    static void refuse(QTcpSocket *socket);

    Limits m_limits;
    // Shared with each connection's guard, which may outlive this listener
    // (sockets are its children, destroyed after ~TlsListener's body).
    std::shared_ptr<int> m_open = std::make_shared<int>(0);
};

} // namespace pakn::server
