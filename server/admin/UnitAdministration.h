#pragma once

// Changes to the unit tree, shared by `pakn-server admin unit …` and the
// /api/v1/admin/units routes: create, rename, move (never into its own
// subtree) and merge. A merge moves every case of one unit to another in one
// transaction, each with a new version, seq, history event and a tombstone
// for the old unit, moves the unit's accounts and child units, and retires
// the unit as a routing target. Every change is in the administration's
// history, written in the change's transaction.

#include "admin/AdminHistory.h"
#include "storage/CaseRepository.h"
#include "storage/ChangeFeed.h"

#include <functional>

namespace pakn::server {

struct UnitAdminStores
{
    UnitRepository &units;
    AccountRepository &accounts;
    CaseRepository &cases;
    ChangeFeed &feed;
    AdminHistory &history;
};

class UnitAdministration
{
public:
    UnitAdministration(UnitAdminStores stores, std::function<QDateTime()> clock);

    static const QStringList &kinds();

    QList<StoredUnit> list(bool *ok);
    AdminOutcome create(const QString &name, const QString &kind, UnitId parentId,
                        const AdminActor &actor);
    AdminOutcome rename(UnitId id, const QString &name, const AdminActor &actor);
    AdminOutcome move(UnitId id, UnitId parentId, const AdminActor &actor);
    AdminOutcome merge(UnitId fromId, UnitId intoId, const AdminActor &actor);

private:
    // The active unit `id`, or a failure in `outcome`.
    std::optional<StoredUnit> activeUnit(UnitId id, AdminOutcome *outcome);
    // True when `unit` is `ancestor` or lies below it.
    bool isWithin(UnitId unit, UnitId ancestor, bool *ok);
    bool moveCase(CaseId id, const StoredUnit &from, const StoredUnit &into, qint64 seq,
                  const AdminActor &actor, const QDateTime &now);

    UnitAdminStores m_stores;
    std::function<QDateTime()> m_clock;
};

} // namespace pakn::server
