#pragma once

// POST /login, POST /logout, GET /me: sessions from a login and a password;
// POST /password: the caller's own password (the only call a session with a
// generated password may make). Failed logins are throttled (429);
// POST /logout/everywhere ends every session of the caller's account.

#include "ServerConfig.h"
#include "http/RouteTable.h"
#include "security/LoginThrottle.h"
#include "security/PasswordHasher.h"
#include "storage/AccountRepository.h"
#include "storage/SessionRepository.h"

namespace pakn::server {

class AuthRoutes
{
public:
    AuthRoutes(AccountRepository &accounts, SessionRepository &sessions,
               const PasswordHasher &hasher, LoginThrottle &throttle, const ServerConfig &config);

    void addTo(RouteTable &routes);

    ApiReply login(const QHttpServerRequest &request);
    ApiReply logout(const Caller &caller);
    ApiReply logoutEverywhere(const Caller &caller);
    ApiReply me(const Caller &caller) const;
    ApiReply changePassword(const Caller &caller, const QHttpServerRequest &request);

private:
    AccountRepository &m_accounts;
    SessionRepository &m_sessions;
    const PasswordHasher &m_hasher;
    LoginThrottle &m_throttle;
    const ServerConfig &m_config;
};

} // namespace pakn::server
