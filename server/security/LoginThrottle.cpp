#include "security/LoginThrottle.h"

#include <QHttpServerRequest>

namespace pakn::server {

namespace {
using Kind = LoginFailureRepository::Kind;

// Logins are stored lower-case: "Officer" and "officer" are one account's guesses.
QString accountKey(const QString &login)
{
    return login.trimmed().toLower().left(100);
}
} // namespace

LoginThrottle::LoginThrottle(LoginFailureRepository &failures, LoginLimits limits)
    : m_failures(failures), m_limits(limits)
{}

std::optional<qint64> LoginThrottle::waitFor(Kind kind, const QString &subject, int limit,
                                             const QDateTime &now)
{
    const auto times = m_failures.since(kind, subject, now.addSecs(-m_limits.window.count()));
    if (!times)
        return std::nullopt;
    if (limit <= 0 || times->size() < limit)
        return 0;
    // Free again when enough of the counted failures have left the window.
    const QDateTime freeAt = times->at(times->size() - limit).addSecs(m_limits.window.count());
    const qint64 ms = now.msecsTo(freeAt);
    return std::max<qint64>(1, (ms + 999) / 1000);
}

std::optional<qint64> LoginThrottle::waitFor(const QString &login, const QString &address,
                                             const QDateTime &now)
{
    const auto account = waitFor(Kind::Account, accountKey(login), m_limits.perAccount, now);
    const auto source = waitFor(Kind::Address, address, m_limits.perAddress, now);
    if (!account || !source)
        return std::nullopt;
    return std::max(*account, *source);
}

bool LoginThrottle::recordFailure(const QString &login, const QString &address,
                                  const QDateTime &now)
{
    return m_failures.removeBefore(now.addSecs(-m_limits.window.count())) &&
           m_failures.record(Kind::Account, accountKey(login), now) &&
           m_failures.record(Kind::Address, address, now);
}

bool LoginThrottle::recordSuccess(const QString &login)
{
    return m_failures.clear(Kind::Account, accountKey(login));
}

QString LoginThrottle::sourceOf(const QHttpServerRequest &request)
{
    QHostAddress peer = request.remoteAddress();
    bool mapped = false;
    const quint32 v4 = peer.toIPv4Address(&mapped);
    if (mapped)
        peer = QHostAddress(v4);
    if (peer.isLoopback()) {
        const QHostAddress real(
            QString::fromLatin1(request.value(QByteArrayLiteral("X-Real-IP")).trimmed()));
        if (!real.isNull())
            return real.toString();
    }
    return peer.toString();
}

} // namespace pakn::server
