#include "http/AuthRoutes.h"

#include "ServerLogging.h"
#include "domain/JsonCodec.h"
#include "security/SessionTokens.h"

namespace pakn::server {

namespace {
constexpr qsizetype maxClientNameLength = 100;

ApiReply badCredentials()
{
    return ApiReply::error(401, QStringLiteral("bad_credentials"),
                           QStringLiteral("Wrong login or password"));
}
} // namespace

AuthRoutes::AuthRoutes(AccountRepository &accounts, SessionRepository &sessions,
                       const PasswordHasher &hasher, const ServerConfig &config)
    : m_accounts(accounts), m_sessions(sessions), m_hasher(hasher), m_config(config)
{}

void AuthRoutes::addTo(RouteTable &routes)
{
    using M = RouteTable::Method;
    routes.addPublic(M::Post, QStringLiteral("/api/v1/login"),
                     [this](const QHttpServerRequest &r) { return login(r); });
    routes.add(M::Post, QStringLiteral("/api/v1/logout"),
               [this](const Caller &c, const QHttpServerRequest &) { return logout(c); });
    routes.add(M::Get, QStringLiteral("/api/v1/me"),
               [this](const Caller &c, const QHttpServerRequest &) { return me(c); });
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
    if (!client.isUndefined() && !client.isString())
        return ApiReply::badRequest(QStringLiteral("\"client\" must be a string"));
    QString clientName = client.toString().trimmed().left(maxClientNameLength);
    if (clientName.isEmpty())
        clientName = QStringLiteral("unknown client");

    const auto stored = m_accounts.findByLogin(login.toString());
    if (!stored) {
        if (m_accounts.failed())
            return ApiReply::internal();
        m_hasher.spendVerifyTime(password.toString());
        qCInfo(lcAuth) << "failed login (unknown login)";
        return badCredentials();
    }
    if (!m_hasher.verify(password.toString(), stored->passwordHash) || stored->disabled) {
        qCInfo(lcAuth) << "failed login for" << stored->account.login;
        return badCredentials();
    }
    const QDateTime now = m_config.clock();
    const QDateTime expires = now.addSecs(m_config.sessionLifetime.count());
    const QByteArray token = SessionTokens::generate();
    m_sessions.removeExpired(now); // housekeeping; a failure here does not stop the login
    if (!m_sessions.create(SessionTokens::hashOf(token), stored->account.id, clientName, now,
                           expires))
        return ApiReply::internal();
    qCInfo(lcAuth) << "login:" << stored->account.login << "from" << clientName;
    return ApiReply::json({{QStringLiteral("token"), QString::fromLatin1(token)},
                           {QStringLiteral("expiresAt"), toIsoString(expires)},
                           {QStringLiteral("user"), toJson(stored->account)}});
}

ApiReply AuthRoutes::logout(const Caller &caller)
{
    if (!m_sessions.remove(caller.tokenHash))
        return ApiReply::internal();
    qCInfo(lcAuth) << "logout:" << caller.account.login;
    return ApiReply::json({});
}

ApiReply AuthRoutes::me(const Caller &caller) const
{
    return ApiReply::json({{QStringLiteral("user"), toJson(caller.account)}});
}

} // namespace pakn::server
