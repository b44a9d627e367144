#pragma once

// POST /login, POST /logout, GET /me: sessions from a login and a password;
// POST /password: the caller's own password (the only call a session with a
// generated password may make).

#include "ServerConfig.h"
#include "http/RouteTable.h"
#include "security/PasswordHasher.h"
#include "storage/AccountRepository.h"
#include "storage/SessionRepository.h"

namespace pakn::server {

class AuthRoutes
{
public:
    AuthRoutes(AccountRepository &accounts, SessionRepository &sessions,
               const PasswordHasher &hasher, const ServerConfig &config);

    void addTo(RouteTable &routes);

    ApiReply login(const QHttpServerRequest &request);
    ApiReply logout(const Caller &caller);
    ApiReply me(const Caller &caller) const;
    ApiReply changePassword(const Caller &caller, const QHttpServerRequest &request);

private:
    AccountRepository &m_accounts;
    SessionRepository &m_sessions;
    const PasswordHasher &m_hasher;
    const ServerConfig &m_config;
};

} // namespace pakn::server
