#pragma once

// Login sessions, stored by the SHA-256 of their token (the token itself is
// never stored), so every server instance sharing the database knows them.

#include "storage/AccountRepository.h"

namespace pakn::server {

struct SessionRecord
{
    Account account;
    QString client; // the client name given at login, for the history
    QDateTime expiresAt;
    bool mustChangePassword = false; // the account's; the session may only change it
};

class SessionRepository : public Repository
{
public:
    using Repository::Repository;

    bool create(const QString &tokenHash, UserId account, const QString &client,
                const QDateTime &created, const QDateTime &expires);
    // The live session of an enabled account; nullopt when unknown, expired or disabled.
    std::optional<SessionRecord> findLive(const QString &tokenHash, const QDateTime &now);
    bool remove(const QString &tokenHash);
    bool removeExpired(const QDateTime &now);
    bool removeForAccount(UserId account); // every session: its tokens stop working at once
    bool removeOthersOfAccount(UserId account, const QString &keptTokenHash);
};

} // namespace pakn::server
