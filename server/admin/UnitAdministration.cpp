#include "admin/UnitAdministration.h"

#include "admin/AdminLogging.h"
#include "storage/TransactionGuard.h"

namespace pakn::server {

namespace {
constexpr qsizetype maxNameLength = 200;
using Error = AdminOutcome::Error;

std::optional<QString> validName(const QString &name, AdminOutcome *outcome)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > maxNameLength) {
        *outcome = AdminOutcome::fail(
            Error::Invalid,
            QStringLiteral("a unit name needs 1 to %1 characters").arg(maxNameLength));
        return std::nullopt;
    }
    return trimmed;
}

QString describe(const Unit &u)
{
    return QStringLiteral("%1 \"%2\"").arg(u.id).arg(u.name);
}
} // namespace

UnitAdministration::UnitAdministration(UnitAdminStores stores, std::function<QDateTime()> clock)
    : m_stores(stores), m_clock(std::move(clock))
{}

const QStringList &UnitAdministration::kinds()
{
    static const QStringList list = {
        QStringLiteral("city"), QStringLiteral("department"), QStringLiteral("district"),
        QStringLiteral("ward"), QStringLiteral("company"),    QStringLiteral("centre"),
    };
    return list;
}

QList<StoredUnit> UnitAdministration::list(bool *ok)
{
    QList<StoredUnit> units = m_stores.units.allStored();
    *ok = !m_stores.units.failed();
    return units;
}

std::optional<StoredUnit> UnitAdministration::activeUnit(UnitId id, AdminOutcome *outcome)
{
    const auto unit = m_stores.units.findStored(id);
    if (!unit) {
        *outcome = m_stores.units.failed()
                       ? AdminOutcome::storage()
                       : AdminOutcome::fail(Error::NotFound,
                                            QStringLiteral("there is no unit %1").arg(id));
        return std::nullopt;
    }
    if (!unit->active()) {
        *outcome =
            AdminOutcome::fail(Error::Conflict, QStringLiteral("unit %1 was merged into unit %2")
                                                    .arg(describe(unit->unit))
                                                    .arg(unit->mergedInto));
        return std::nullopt;
    }
    return unit;
}

bool UnitAdministration::isWithin(UnitId unit, UnitId ancestor, bool *ok)
{
    const QList<StoredUnit> all = m_stores.units.allStored();
    *ok = !m_stores.units.failed();
    QHash<UnitId, UnitId> parents;
    for (const StoredUnit &s : all)
        parents.insert(s.unit.id, s.unit.parentId);
    // Bounded walk up: stored data with a cycle must not hang the command.
    for (qsizetype steps = 0; unit != 0 && steps <= all.size(); ++steps) {
        if (unit == ancestor)
            return true;
        unit = parents.value(unit, 0);
    }
    return false;
}

AdminOutcome UnitAdministration::create(const QString &name, const QString &kind, UnitId parentId,
                                        const AdminActor &actor)
{
    AdminOutcome outcome;
    const auto cleanName = validName(name, &outcome);
    if (!cleanName)
        return outcome;
    if (!kinds().contains(kind))
        return AdminOutcome::fail(Error::Invalid,
                                  QStringLiteral("unknown unit kind \"%1\"; use one of: %2")
                                      .arg(kind.left(40), kinds().join(QStringLiteral(", "))));
    TransactionGuard transaction(m_stores.units.database());
    if (!transaction.isActive())
        return AdminOutcome::storage();
    std::optional<StoredUnit> parent;
    if (parentId == 0) {
        // Only the first unit has no parent: every other one hangs in the one tree.
        bool ok = false;
        const bool empty = list(&ok).isEmpty();
        if (!ok)
            return AdminOutcome::storage();
        if (!empty)
            return AdminOutcome::fail(Error::Invalid,
                                      QStringLiteral("a new unit needs a parent unit: only the "
                                                     "first unit of a database has none"));
    } else if (parent = activeUnit(parentId, &outcome); !parent) {
        return outcome;
    }
    Unit unit{0, parentId, *cleanName, kind};
    if (!m_stores.units.insert(unit))
        return AdminOutcome::storage();
    outcome = AdminOutcome::done(
        parent
            ? QStringLiteral("created unit %1 under %2").arg(describe(unit), describe(parent->unit))
            : QStringLiteral("created the top unit %1").arg(describe(unit)));
    if (!m_stores.history.record(actor, QStringLiteral("unit.create"), outcome.message) ||
        !transaction.commit())
        return AdminOutcome::storage();
    qCInfo(lcAdmin) << "unit created:" << unit.id;
    outcome.unit = StoredUnit{unit, 0};
    return outcome;
}

AdminOutcome UnitAdministration::rename(UnitId id, const QString &name, const AdminActor &actor)
{
    AdminOutcome outcome;
    const auto cleanName = validName(name, &outcome);
    if (!cleanName)
        return outcome;
    TransactionGuard transaction(m_stores.units.database());
    if (!transaction.isActive())
        return AdminOutcome::storage();
    auto unit = activeUnit(id, &outcome);
    if (!unit)
        return outcome;
    const QString old = unit->unit.name;
    outcome = AdminOutcome::done(
        QStringLiteral("renamed unit %1 \"%2\" to \"%3\"").arg(id).arg(old, *cleanName));
    if (!m_stores.units.rename(id, *cleanName) ||
        !m_stores.history.record(actor, QStringLiteral("unit.rename"), outcome.message) ||
        !transaction.commit())
        return AdminOutcome::storage();
    unit->unit.name = *cleanName;
    qCInfo(lcAdmin) << "unit renamed:" << id;
    outcome.unit = unit;
    return outcome;
}

AdminOutcome UnitAdministration::move(UnitId id, UnitId parentId, const AdminActor &actor)
{
    AdminOutcome outcome;
    TransactionGuard transaction(m_stores.units.database());
    if (!transaction.isActive())
        return AdminOutcome::storage();
    auto unit = activeUnit(id, &outcome);
    if (!unit)
        return outcome;
    const auto parent = activeUnit(parentId, &outcome);
    if (!parent)
        return outcome;
    bool ok = true;
    if (isWithin(parentId, id, &ok))
        return AdminOutcome::fail(Error::Invalid,
                                  QStringLiteral("cannot move unit %1 under %2: that is inside "
                                                 "its own subtree (a cycle)")
                                      .arg(describe(unit->unit), describe(parent->unit)));
    outcome = AdminOutcome::done(
        QStringLiteral("moved unit %1 under %2").arg(describe(unit->unit), describe(parent->unit)));
    if (!ok || !m_stores.units.setParent(id, parentId) ||
        !m_stores.history.record(actor, QStringLiteral("unit.move"), outcome.message) ||
        !transaction.commit())
        return AdminOutcome::storage();
    unit->unit.parentId = parentId;
    qCInfo(lcAdmin) << "unit moved:" << id << "under" << parentId;
    outcome.unit = unit;
    return outcome;
}

AdminOutcome UnitAdministration::merge(UnitId fromId, UnitId intoId, const AdminActor &actor)
{
    AdminOutcome outcome;
    if (fromId == intoId)
        return AdminOutcome::fail(Error::Invalid,
                                  QStringLiteral("a unit cannot be merged into itself"));
    TransactionGuard transaction(m_stores.units.database());
    if (!transaction.isActive())
        return AdminOutcome::storage();
    const auto from = activeUnit(fromId, &outcome);
    if (!from)
        return outcome;
    const auto into = activeUnit(intoId, &outcome);
    if (!into)
        return outcome;
    bool ok = true;
    // Its child units go to `into`: inside `from`'s own subtree that is a cycle.
    if (isWithin(intoId, fromId, &ok))
        return AdminOutcome::fail(Error::Invalid,
                                  QStringLiteral("cannot merge unit %1 into %2, which lies "
                                                 "below it")
                                      .arg(describe(from->unit), describe(into->unit)));
    if (!ok)
        return AdminOutcome::storage();

    const QList<CaseId> ids = m_stores.cases.idsInUnit(fromId);
    if (m_stores.cases.failed())
        return AdminOutcome::storage();
    const QDateTime now = m_clock();
    if (!ids.isEmpty()) {
        const auto first = m_stores.feed.take(ids.size());
        if (!first)
            return AdminOutcome::storage();
        for (qsizetype i = 0; i < ids.size(); ++i)
            if (!moveCase(ids.at(i), *from, *into, *first + i, actor, now))
                return AdminOutcome::storage();
    }
    outcome = AdminOutcome::done(QStringLiteral("merged unit %1 into %2 (%3 cases moved)")
                                     .arg(describe(from->unit), describe(into->unit))
                                     .arg(ids.size()));
    if (!m_stores.accounts.moveUnit(fromId, intoId) || !m_stores.units.markMerged(fromId, intoId) ||
        !m_stores.history.record(actor, QStringLiteral("unit.merge"), outcome.message) ||
        !transaction.commit())
        return AdminOutcome::storage();
    qCInfo(lcAdmin) << "unit" << fromId << "merged into" << intoId << "with" << ids.size()
                    << "cases";
    outcome.unit = StoredUnit{from->unit, intoId};
    outcome.movedCases = ids.size();
    return outcome;
}

bool UnitAdministration::moveCase(CaseId id, const StoredUnit &from, const StoredUnit &into,
                                  qint64 seq, const AdminActor &actor, const QDateTime &now)
{
    // With its history: the case's facts are rewritten from it.
    auto c = m_stores.cases.find(id);
    if (!c)
        return false;
    c->unitId = into.unit.id;
    c->version += 1;
    c->updatedAt = now;
    c->history.append({0, now, actor.id, actor.name, QStringLiteral("merge_unit"),
                       from.unit.name + QStringLiteral(" → ") + into.unit.name, actor.client});
    // The old unit's clients drop the case; the new unit's get it at `seq`.
    return m_stores.cases.update(*c, seq) &&
           m_stores.cases.appendEvents(id, c->history.end() - 1, c->history.end()) &&
           m_stores.feed.recordRemoval(seq, id, from.unit.id);
}

} // namespace pakn::server
