#pragma once

// The unit tree (city, departments, districts, wards, companies) in storage.
// A merged unit keeps its row (old history and tombstones name it) but is
// no longer part of the tree: all() and find() see only active units.

#include "domain/Case.h"
#include "storage/Repository.h"

#include <optional>

namespace pakn::server {

struct StoredUnit
{
    Unit unit;
    UnitId mergedInto = 0; // 0 while the unit is active
    bool active() const { return mergedInto == 0; }
};

class UnitRepository : public Repository
{
public:
    using Repository::Repository;

    QList<Unit> all(); // active units, ordered by id; empty and failed() on error
    // Merged units too, still under their old parent: scopes use this, so a
    // client of the old unit's parent keeps the old unit and gets its tombstones.
    QList<Unit> tree();
    std::optional<Unit> find(UnitId id); // an active unit
    bool insert(Unit &unit);             // sets unit.id
    bool isEmpty();
    // The units' revision: every write below moves it (UnitTreeSnapshot).
    std::optional<qint64> revision();

    // For administration: merged units too.
    QList<StoredUnit> allStored();
    std::optional<StoredUnit> findStored(UnitId id);
    bool rename(UnitId id, const QString &name);
    bool setParent(UnitId id, UnitId parentId);
    // Marks `from` merged and hands its child units to `into`.
    bool markMerged(UnitId from, UnitId into);

private:
    bool bumpRevision();
};

} // namespace pakn::server
