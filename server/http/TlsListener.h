#pragma once

// The HTTPS listening socket handed to QHttpServer (bind()). It adds what
// QtHttpServer 6.4 lacks: a TLS handshake timeout, an idle timeout per
// connection, and a cap on how much a client may send without getting an
// answer (QtHttpServer buffers a whole request body in memory before any
// handler can refuse it).

#include <QSslServer>
#include <chrono>

namespace pakn::server {

class TlsListener : public QSslServer
{
    Q_OBJECT
public:
    TlsListener(qint64 maxUnansweredBytes, std::chrono::milliseconds idleTimeout,
                QObject *parent = nullptr);

    QTcpSocket *nextPendingConnection() override;

private:
    qint64 m_maxUnansweredBytes;
    std::chrono::milliseconds m_idleTimeout;
};

} // namespace pakn::server
