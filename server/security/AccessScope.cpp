#include "security/AccessScope.h"

#include <QHash>
#include <algorithm>

namespace pakn::server {

AccessScope AccessScope::everything()
{
    AccessScope s;
    s.m_everything = true;
    return s;
}

AccessScope AccessScope::ofUnits(QList<UnitId> units)
{
    AccessScope s;
    std::sort(units.begin(), units.end());
    units.erase(std::unique(units.begin(), units.end()), units.end());
    s.m_set = QSet<UnitId>(units.cbegin(), units.cend());
    s.m_units = std::move(units);
    return s;
}

AccessScope AccessScope::forAccount(const Account &account, const QList<Unit> &units)
{
    switch (account.role) {
    case Role::Coordinator:
    case Role::Administrator:
    case Role::Channel:
        return everything();
    case Role::Officer:
        return ofUnits({account.unitId});
    case Role::Leader:
    case Role::Supervisor:
        break;
    }
    QHash<UnitId, QList<UnitId>> children;
    for (const Unit &u : units)
        if (u.id != u.parentId)
            children[u.parentId].append(u.id);
    QList<UnitId> subtree{account.unitId};
    // Breadth-first; the visited check guards against a cycle in edited data.
    QSet<UnitId> seen{account.unitId};
    for (qsizetype i = 0; i < subtree.size(); ++i)
        for (UnitId child : children.value(subtree.at(i)))
            if (!seen.contains(child)) {
                seen.insert(child);
                subtree.append(child);
            }
    return ofUnits(std::move(subtree));
}

bool AccessScope::contains(UnitId unit) const
{
    return m_everything || m_set.contains(unit);
}

} // namespace pakn::server
