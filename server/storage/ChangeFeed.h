#pragma once

// The change feed: the sequence counter every change takes a number from,
// the tombstones of cases that left a unit, and the per-caller pages that
// clients sync from (docs/API.md, GET /feed).

#include "security/AccessScope.h"
#include "storage/CaseRepository.h"
#include "storage/FeedProbe.h"

#include <functional>
#include <optional>

namespace pakn::server {

struct FeedEntry
{
    qint64 seq = 0;
    CaseId caseId = 0;
    QByteArray caseJson;  // the case with its full history (CaseFeedJson); empty for a tombstone
    bool removed = false; // a tombstone: the case left the caller's scope
};

struct FeedPage
{
    QList<FeedEntry> entries; // in seq order, each case at most once
    qint64 cursor = 0;        // the seq of the last entry, or `after` when empty
    bool more = false;
};

class ChangeFeed : public Repository
{
public:
    ChangeFeed(QSqlDatabase db, CaseRepository &cases);

    // Reserves `count` consecutive seq values and returns the first. Must run
    // inside the writer's transaction: the counter row stays locked until
    // commit, which orders writers so no smaller seq can commit later.
    std::optional<qint64> take(qint64 count = 1);
    // Takes the counter row's lock without taking a seq (the first statement
    // of a group commit): writers that always lock it first cannot deadlock
    // on the rows they write after it, whichever instance they run on.
    bool lockSequence();
    // p2-live: told after every take(), so that feed waiters look again once
    // the writer's transaction committed (FeedWaitRoom::nudge).
    void setTakenListener(std::function<void()> listener) { m_taken = std::move(listener); }
    bool recordRemoval(qint64 seq, CaseId id, UnitId oldUnit);

    std::optional<FeedPage> page(const AccessScope &scope, qint64 after, int limit);

private:
    bool changedCases(const AccessScope &scope, qint64 after, int limit, QList<FeedEntry> &out);
    bool fillStaleJson(QList<FeedEntry> &entries);
    bool removals(const AccessScope &scope, qint64 after, int limit, QList<FeedEntry> &out);

    CaseRepository &m_cases;
    FeedProbe m_probe; // the newest committed seq, where a page stops
    std::function<void()> m_taken;
};

} // namespace pakn::server
