#pragma once

// The administration's history: who changed which account, unit, reference
// data or channel client, when, and from which client. One row per change,
// written in the change's own transaction (AdminHistory), so a change without
// its row cannot be committed. Append-only like the cases' history: database
// triggers refuse UPDATE and DELETE. A summary never holds a password.

#include "storage/Repository.h"

#include <QList>

namespace pakn::server {

struct AdminEvent
{
    qint64 id = 0;
    QDateTime at;
    qint64 actorId = 0; // 0: the console (`pakn-server admin`)
    QString actorName;
    QString client;
    QString action;  // "user.create", "unit.merge", "reference.change", …
    QString summary; // what was done, in one line
};

class AdminEventRepository : public Repository
{
public:
    using Repository::Repository;

    bool append(const AdminEvent &event);
    // The newest `limit` events with an id below `beforeId` (0: from the newest),
    // newest first; nullopt when the database failed.
    std::optional<QList<AdminEvent>> page(qint64 beforeId, int limit);
};

} // namespace pakn::server
