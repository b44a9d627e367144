#pragma once

// Where a desk's cache differs from the server's scope (the cases of its
// user, read from the feed): missing or extra cases, other versions, other
// histories, an event held twice. Shared by the tests that end with every
// desk converged (tst_two_instances, tst_kill_server).

#include "app/SyncClient.h"
#include "domain/JsonCodec.h"

namespace synctest {

// Empty when the cache holds exactly the server's cases.
inline QString difference(const Client &desk, const QHash<qint64, QJsonObject> &server)
{
    QSet<qint64> seenEvents;
    const QList<CaseRow> rows = desk.store->page(queue(Queue::All), {}, 10'000'000);
    QSet<qint64> held;
    for (const CaseRow &row : rows)
        held.insert(row.id);
    for (qint64 id : server.keys())
        if (!held.contains(id))
            return QStringLiteral("case %1 is missing").arg(id);
    for (const CaseRow &row : rows) {
        if (!server.contains(row.id))
            return QStringLiteral("case %1 is outside the scope").arg(row.id);
        const auto mine = desk.store->caseById(row.id);
        QString error;
        const auto theirs = caseFromJson(server.value(row.id), &error);
        if (!mine || !theirs)
            return QStringLiteral("case %1 unreadable: %2").arg(row.id).arg(error);
        if (mine->version != theirs->version)
            return QStringLiteral("case %1 at version %2, the server's at %3")
                .arg(row.id)
                .arg(mine->version)
                .arg(theirs->version);
        for (const CaseEvent &e : mine->history)
            if (seenEvents.contains(e.id))
                return QStringLiteral("event %1 held twice").arg(e.id);
            else
                seenEvents.insert(e.id);
        if (mine->history != theirs->history)
            return QStringLiteral("case %1: %2 events, the server's %3 differ")
                .arg(row.id)
                .arg(mine->history.size())
                .arg(theirs->history.size());
    }
    return {};
}

} // namespace synctest
