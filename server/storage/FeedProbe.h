#pragma once

// Cheap questions about the change feed for callers waiting on it
// (GET /feed/wait): the newest committed seq, which units changed in a range
// of seqs, and whether a scope has anything after a seq. None of them builds
// a feed page; the point is to answer many waiters with a few small queries.

#include "security/AccessScope.h"
#include "storage/Repository.h"

#include <QHash>
#include <optional>

namespace pakn::server {

class FeedProbe : public Repository
{
public:
    using Repository::Repository;

    // The last seq any committed writer took (writers hold the counter row
    // until they commit, so every seq up to this one is visible).
    std::optional<qint64> newestSeq();
    // For each unit touched by a seq in (after, upTo]: the largest such seq.
    // A case counts for its current unit, a tombstone for the unit it left.
    std::optional<QHash<UnitId, qint64>> unitsChanged(qint64 after, qint64 upTo);
    // Whether GET /feed?after=`after` would have anything for `scope`.
    std::optional<bool> hasChangeAfter(const AccessScope &scope, qint64 after);
};

} // namespace pakn::server
