#pragma once

// Failed logins, by account (the login as typed) and by source address, kept
// in the database so that every server instance sharing it counts the same
// attempts (LoginThrottle decides what they mean).

#include "storage/Repository.h"

#include <QList>

namespace pakn::server {

class LoginFailureRepository : public Repository
{
public:
    enum class Kind
    {
        Account,
        Address,
    };

    bool record(Kind kind, const QString &subject, const QDateTime &at);
    // The times of `subject`'s failures since `since`, oldest first; nullopt on an error.
    std::optional<QList<QDateTime>> since(Kind kind, const QString &subject,
                                          const QDateTime &since);
    bool clear(Kind kind, const QString &subject);
    bool removeBefore(const QDateTime &cutoff); // housekeeping

    using Repository::Repository;
};

} // namespace pakn::server
