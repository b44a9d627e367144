#pragma once

// Which cases a caller may see: every case (coordinators, administrators) or
// the cases of a set of units (an officer's own unit; a leader's or
// supervisor's unit and everything below it in the tree).

#include "domain/Case.h"

#include <QList>
#include <QSet>

namespace pakn::server {

class AccessScope
{
public:
    static AccessScope everything();
    static AccessScope ofUnits(QList<UnitId> units);
    // `units` is the whole tree, as UnitRepository::all() returns it.
    static AccessScope forAccount(const Account &account, const QList<Unit> &units);

    bool isEverything() const { return m_everything; }
    bool contains(UnitId unit) const;
    // The units of a limited scope, sorted (empty for everything()).
    const QList<UnitId> &units() const { return m_units; }

private:
    bool m_everything = false;
    QList<UnitId> m_units;
    QSet<UnitId> m_set;
};

} // namespace pakn::server
