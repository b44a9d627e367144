#pragma once

// The answer to a request that a handler keeps to send later (a long poll,
// GET /feed/wait). QtHttpServer 6.4 lets a route move its responder out and
// write it after the handler returned; the responder then points at a socket
// the client may close meanwhile, so the socket is watched and a gone
// connection gets nothing written.

#include "http/ApiReply.h"

#include <QPointer>
#include <QString>
#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServerResponder;
class QTcpSocket;
QT_END_NAMESPACE

namespace pakn::server {

class PendingAnswer
{
public:
    // `closeAfter`: the client asked for "Connection: close". `what` names the
    // request in the log ("GET /api/v1/feed/wait").
    PendingAnswer(QHttpServerResponder &&responder, bool closeAfter, QString what);
    PendingAnswer(PendingAnswer &&) noexcept;
    PendingAnswer &operator=(PendingAnswer &&) noexcept;
    ~PendingAnswer();

    // False once the client closed the connection (or nothing is left to send).
    bool isConnected() const;
    // Writes `reply` if the client still listens; later calls do nothing.
    void send(const ApiReply &reply);

private:
    std::unique_ptr<QHttpServerResponder> m_responder;
    QPointer<QTcpSocket> m_socket;
    bool m_close = false;
    QString m_what;
};

} // namespace pakn::server
