#pragma once

// The first answer given to each (account, idempotency key), so a retried
// action is answered the same way instead of being applied twice.

#include "domain/Case.h"
#include "storage/Repository.h"

#include <optional>

namespace pakn::server {

struct StoredReply
{
    int httpStatus = 0;
    QByteArray body;
};

class IdempotencyRepository : public Repository
{
public:
    using Repository::Repository;

    std::optional<StoredReply> find(UserId account, const QString &key);
    bool store(UserId account, const QString &key, const StoredReply &reply, const QDateTime &now);
    // Forgets the answers stored before `cutoff`; returns how many, or -1 on a database error.
    int purgeStoredBefore(const QDateTime &cutoff);
};

} // namespace pakn::server
