#pragma once

// Slows down password guessing: after `perAccount` failed logins for one
// login, or `perAddress` from one source address, within `window`, further
// attempts are refused (429) until the oldest counted failure leaves the
// window. The failures live in the database, so all instances count together.

#include "security/LoginLimits.h"
#include "storage/LoginFailureRepository.h"

QT_BEGIN_NAMESPACE
class QHttpServerRequest;
QT_END_NAMESPACE

namespace pakn::server {

class LoginThrottle
{
public:
    LoginThrottle(LoginFailureRepository &failures, LoginLimits limits);

    // Seconds before `login` from `address` may try again: 0 now; nullopt if storage failed.
    std::optional<qint64> waitFor(const QString &login, const QString &address,
                                  const QDateTime &now);
    bool recordFailure(const QString &login, const QString &address, const QDateTime &now);
    bool recordSuccess(const QString &login); // the account's count starts again

    // The request's source: the peer, or nginx's X-Real-IP when the peer is
    // the local front (a loopback address).
    static QString sourceOf(const QHttpServerRequest &request);

private:
    std::optional<qint64> waitFor(LoginFailureRepository::Kind kind, const QString &subject,
                                  int limit, const QDateTime &now);

    LoginFailureRepository &m_failures;
    LoginLimits m_limits;
};

} // namespace pakn::server
