#include "http/PendingAnswer.h"

#include "ServerLogging.h"
#include "http/RouteTable.h"

#include <QHttpServerResponder>
#include <QTcpSocket>

namespace pakn::server {

PendingAnswer::PendingAnswer(QHttpServerResponder &&responder, bool closeAfter, QString what)
    : m_responder(std::make_unique<QHttpServerResponder>(std::move(responder))),
      m_socket(m_responder->socket()), m_close(closeAfter), m_what(std::move(what))
{}

PendingAnswer::PendingAnswer(PendingAnswer &&) noexcept = default;
PendingAnswer &PendingAnswer::operator=(PendingAnswer &&) noexcept = default;
PendingAnswer::~PendingAnswer() = default;

bool PendingAnswer::isConnected() const
{
    return m_responder && m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void PendingAnswer::send(const ApiReply &reply)
{
    if (!isConnected()) {
        qCDebug(lcHttp).noquote() << m_what << "gone before its answer";
        m_responder.reset();
        return;
    }
    qCDebug(lcHttp).noquote() << m_what << reply.status;
    RouteTable::write(*m_responder, reply, m_close);
    m_responder.reset();
}

} // namespace pakn::server
