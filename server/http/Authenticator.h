#pragma once

// Turns "Authorization: Bearer <token>" into the calling account, its client
// name and its scope, or a 401. Sessions live in the database, so any server
// instance can check any token.

#include "http/ApiReply.h"
#include "security/AccessScope.h"
#include "storage/SessionRepository.h"
#include "storage/UnitTreeSnapshot.h"

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QHttpServerRequest;
QT_END_NAMESPACE

namespace pakn::server {

struct Caller
{
    Account account;
    QString client;
    QString tokenHash;
    AccessScope scope;
    // The account's password was generated: the session may only change it (or log out).
    bool mustChangePassword = false;

    Actor actor() const { return {account.id, account.role, account.unitId, account.displayName}; }
};

class Authenticator
{
public:
    Authenticator(SessionRepository &sessions, UnitTreeSnapshot &units,
                  std::function<QDateTime()> clock);

    // The caller, or nullopt with `failure` set (401, or 500 if storage failed).
    std::optional<Caller> authenticate(const QHttpServerRequest &request, ApiReply *failure);

private:
    SessionRepository &m_sessions;
    UnitTreeSnapshot &m_units;
    std::function<QDateTime()> m_clock;
};

} // namespace pakn::server
