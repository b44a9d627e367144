#include "http/Authenticator.h"

#include "ServerLogging.h"
#include "security/SessionTokens.h"

#include <QHttpServerRequest>

namespace pakn::server {

Authenticator::Authenticator(SessionRepository &sessions, UnitTreeSnapshot &units,
                             std::function<QDateTime()> clock)
    : m_sessions(sessions), m_units(units), m_clock(std::move(clock))
{}

std::optional<Caller> Authenticator::authenticate(const QHttpServerRequest &request,
                                                  ApiReply *failure)
{
    static const QByteArray scheme = QByteArrayLiteral("bearer ");
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    const QByteArray token = header.mid(scheme.size()).trimmed();
    if (!header.toLower().startsWith(scheme) || token.isEmpty()) {
        *failure = ApiReply::unauthenticated();
        return std::nullopt;
    }
    const QString hash = SessionTokens::hashOf(token);
    const auto session = m_sessions.findLive(hash, m_clock());
    if (!session) {
        *failure = m_sessions.failed() ? ApiReply::internal() : ApiReply::unauthenticated();
        return std::nullopt;
    }
    const QList<Unit> *units = m_units.current();
    if (!units) {
        *failure = ApiReply::internal();
        return std::nullopt;
    }
    return Caller{session->account, session->client, hash,
                  AccessScope::forAccount(session->account, *units), session->mustChangePassword};
}

} // namespace pakn::server
