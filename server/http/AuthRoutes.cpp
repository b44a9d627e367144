#include "http/AuthRoutes.h"

#include "ServerLogging.h"
#include "domain/JsonCodec.h"
#include "http/InputLimits.h"
#include "security/PasswordPolicy.h"
#include "security/SessionTokens.h"
#include "storage/TransactionGuard.h"

namespace pakn::server {

namespace {
constexpr qsizetype maxClientNameLength = 100;

ApiReply badCredentials()
{
    return ApiReply::error(401, QStringLiteral("bad_credentials"),
                           QStringLiteral("Wrong login or password"));
}

// 429 with Retry-After (seconds) and the same figure in the error, for clients
// that only read the body.
ApiReply tooManyAttempts(qint64 seconds)
{
    const qint64 minutes = (seconds + 59) / 60;
    ApiReply reply = ApiReply::json(
        {{QStringLiteral("error"),
          QJsonObject{
              {QStringLiteral("code"), QStringLiteral("too_many_attempts")},
              {QStringLiteral("message"),
               QStringLiteral("Too many failed logins: try again in %1 minute(s)").arg(minutes)},
              {QStringLiteral("retryAfter"), seconds}}}},
        429);
    reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(seconds)});
    return reply;
}
} // namespace

AuthRoutes::AuthRoutes(AccountRepository &accounts, SessionRepository &sessions,
                       const PasswordHasher &hasher, LoginThrottle &throttle,
                       const ServerConfig &config)
    : m_accounts(accounts), m_sessions(sessions), m_hasher(hasher), m_throttle(throttle),
      m_config(config)
{}

void AuthRoutes::addTo(RouteTable &routes)
{
    using M = RouteTable::Method;
    routes.addPublic(M::Post, QStringLiteral("/api/v1/login"),
                     [this](const QHttpServerRequest &r) { return login(r); });
    routes.add(M::Post, QStringLiteral("/api/v1/logout"),
               [this](const Caller &c, const QHttpServerRequest &) { return logout(c); });
    routes.add(M::Post, QStringLiteral("/api/v1/logout/everywhere"),
               [this](const Caller &c, const QHttpServerRequest &) { return logoutEverywhere(c); });
    routes.add(M::Get, QStringLiteral("/api/v1/me"),
               [this](const Caller &c, const QHttpServerRequest &) { return me(c); });
    routes.add(
        M::Post, QStringLiteral("/api/v1/password"),
        [this](const Caller &c, const QHttpServerRequest &r) { return changePassword(c, r); });
}

ApiReply AuthRoutes::login(const QHttpServerRequest &request)
{
    ApiReply failure;
    const auto body = parseJsonObject(request.body(), &failure);
    if (!body)
        return failure;
    const QJsonValue login = body->value(QStringLiteral("login"));
    const QJsonValue password = body->value(QStringLiteral("password"));
    const QJsonValue client = body->value(QStringLiteral("client"));
    if (!login.isString() || !password.isString())
        return ApiReply::badRequest(QStringLiteral("\"login\" and \"password\" must be strings"));
    if (login.toString().size() > InputLimits::maxLogin ||
        password.toString().size() > InputLimits::maxPassword)
        return ApiReply::badRequest(
            QStringLiteral("\"login\" is at most %1 and \"password\" at most %2 characters")
                .arg(InputLimits::maxLogin)
                .arg(InputLimits::maxPassword));
    if (!client.isUndefined() && !client.isString())
        return ApiReply::badRequest(QStringLiteral("\"client\" must be a string"));
    QString clientName = client.toString().trimmed().left(maxClientNameLength);
    if (clientName.isEmpty())
        clientName = QStringLiteral("unknown client");

    // Checked before the password, so a guesser learns nothing while refused.
    const QDateTime now = m_config.clock();
    const QString source = LoginThrottle::sourceOf(request);
    const auto wait = m_throttle.waitFor(login.toString(), source, now);
    if (!wait)
        return ApiReply::internal();
    if (*wait > 0) {
        qCInfo(lcAuth) << "login refused for" << *wait << "s after too many failures";
        return tooManyAttempts(*wait);
    }
    const auto stored = m_accounts.findByLogin(login.toString());
    if (!stored && m_accounts.failed())
        return ApiReply::internal();
    if (!stored)
        m_hasher.spendVerifyTime(password.toString());
    if (!stored || !m_hasher.verify(password.toString(), stored->passwordHash) ||
        stored->disabled) {
        if (!m_throttle.recordFailure(login.toString(), source, now))
            return ApiReply::internal();
        if (stored)
            qCInfo(lcAuth) << "failed login for" << stored->account.login;
        else
            qCInfo(lcAuth) << "failed login (unknown login)";
        return badCredentials();
    }
    if (!m_throttle.recordSuccess(login.toString()))
        return ApiReply::internal();
    const QDateTime expires = now.addSecs(m_config.sessionLifetime.count());
    const QByteArray token = SessionTokens::generate();
    m_sessions.removeExpired(now); // housekeeping; a failure here does not stop the login
    if (!m_sessions.create(SessionTokens::hashOf(token), stored->account.id, clientName, now,
                           expires))
        return ApiReply::internal();
    qCInfo(lcAuth) << "login:" << stored->account.login << "from" << clientName;
    QJsonObject answer{{QStringLiteral("token"), QString::fromLatin1(token)},
                       {QStringLiteral("expiresAt"), toIsoString(expires)},
                       {QStringLiteral("user"), toJson(stored->account)}};
    if (stored->mustChangePassword)
        answer.insert(QStringLiteral("passwordChangeRequired"), true);
    return ApiReply::json(answer);
}

ApiReply AuthRoutes::changePassword(const Caller &caller, const QHttpServerRequest &request)
{
    ApiReply failure;
    const auto body = parseJsonObject(request.body(), &failure);
    if (!body)
        return failure;
    const QJsonValue current = body->value(QStringLiteral("currentPassword"));
    const QJsonValue next = body->value(QStringLiteral("newPassword"));
    if (!current.isString() || !next.isString())
        return ApiReply::badRequest(
            QStringLiteral("\"currentPassword\" and \"newPassword\" must be strings"));
    if (current.toString().size() > InputLimits::maxPassword ||
        next.toString().size() > InputLimits::maxPassword)
        return ApiReply::badRequest(
            QStringLiteral("a password is at most %1 characters").arg(InputLimits::maxPassword));
    auto refusal = PasswordPolicy::problem(next.toString(), caller.account.login);
    if (!refusal && next.toString() == current.toString())
        refusal = PasswordPolicy::Refusal{
            QStringLiteral("same_as_current"),
            QStringLiteral("the new password must differ from the current one")};
    if (refusal)
        return ApiReply::json(
            {{QStringLiteral("error"),
              QJsonObject{{QStringLiteral("code"), QStringLiteral("invalid_params")},
                          {QStringLiteral("message"), refusal->message},
                          {QStringLiteral("reason"), refusal->reason}}}},
            422);
    // A stolen token must not become a way to guess the password: wrong
    // current passwords count as the account's failed logins.
    const QDateTime now = m_config.clock();
    const QString source = LoginThrottle::sourceOf(request);
    const auto wait = m_throttle.waitFor(caller.account.login, source, now);
    if (!wait)
        return ApiReply::internal();
    if (*wait > 0)
        return tooManyAttempts(*wait);
    TransactionGuard transaction(m_accounts.database());
    const auto stored = transaction.isActive() ? m_accounts.find(caller.account.id) : std::nullopt;
    if (!stored)
        return ApiReply::internal();
    if (!m_hasher.verify(current.toString(), stored->passwordHash)) {
        qCInfo(lcAuth) << "failed password change for" << caller.account.login;
        // Recorded in the transaction's connection: committed, the change itself never started.
        if (!m_throttle.recordFailure(caller.account.login, source, now) || !transaction.commit())
            return ApiReply::internal();
        return ApiReply::error(403, QStringLiteral("wrong_password"),
                               QStringLiteral("The current password is wrong"));
    }
    // Other sessions may have been opened by whoever else knew the old password.
    if (!m_accounts.setPasswordHash(stored->account.id, m_hasher.hash(next.toString()), false) ||
        !m_sessions.removeOthersOfAccount(stored->account.id, caller.tokenHash) ||
        !transaction.commit())
        return ApiReply::internal();
    qCInfo(lcAuth) << "password changed:" << caller.account.login;
    return ApiReply::json({});
}

ApiReply AuthRoutes::logout(const Caller &caller)
{
    if (!m_sessions.remove(caller.tokenHash))
        return ApiReply::internal();
    qCInfo(lcAuth) << "logout:" << caller.account.login;
    return ApiReply::json({});
}

ApiReply AuthRoutes::logoutEverywhere(const Caller &caller)
{
    if (!m_sessions.removeForAccount(caller.account.id))
        return ApiReply::internal();
    qCInfo(lcAuth) << "logout everywhere:" << caller.account.login;
    return ApiReply::json({});
}

ApiReply AuthRoutes::me(const Caller &caller) const
{
    return ApiReply::json({{QStringLiteral("user"), toJson(caller.account)}});
}

} // namespace pakn::server
