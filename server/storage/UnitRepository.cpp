#include "storage/UnitRepository.h"

namespace pakn::server {

namespace {
const QString columns = QStringLiteral("SELECT id, parent_id, name, kind, merged_into FROM units ");

StoredUnit readUnit(const QSqlQuery &q)
{
    return {{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
             q.value(3).toString()},
            q.value(4).toLongLong()};
}
} // namespace

QList<StoredUnit> UnitRepository::allStored()
{
    clearError();
    QList<StoredUnit> units;
    QSqlQuery *q = statement(columns + QStringLiteral("ORDER BY id"));
    if (!q || !exec(*q))
        return units;
    while (q->next())
        units.append(readUnit(*q));
    q->finish();
    return units;
}

QList<Unit> UnitRepository::all()
{
    QList<Unit> units;
    for (const StoredUnit &s : allStored())
        if (s.active())
            units.append(s.unit);
    return units;
}

QList<Unit> UnitRepository::tree()
{
    QList<Unit> units;
    for (const StoredUnit &s : allStored())
        units.append(s.unit);
    return units;
}

std::optional<StoredUnit> UnitRepository::findStored(UnitId id)
{
    clearError();
    QSqlQuery *q = statement(columns + QStringLiteral("WHERE id = ?"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, id);
    if (!exec(*q))
        return std::nullopt;
    std::optional<StoredUnit> unit;
    if (q->next())
        unit = readUnit(*q);
    q->finish();
    return unit;
}

std::optional<Unit> UnitRepository::find(UnitId id)
{
    const auto stored = findStored(id);
    if (!stored || !stored->active())
        return std::nullopt;
    return stored->unit;
}

bool UnitRepository::insert(Unit &unit)
{
    clearError();
    QSqlQuery *q = statement(
        QStringLiteral("INSERT INTO units (parent_id, name, kind) VALUES (?, ?, ?) RETURNING id"));
    if (!q)
        return false;
    q->bindValue(0, unit.parentId);
    q->bindValue(1, unit.name);
    q->bindValue(2, unit.kind);
    const auto id = execReturningId(*q);
    if (!id)
        return false;
    unit.id = *id;
    return bumpRevision();
}

bool UnitRepository::isEmpty()
{
    clearError();
    QSqlQuery *q = statement(QStringLiteral("SELECT COUNT(*) FROM units"));
    if (!q || !exec(*q) || !q->next())
        return false;
    const bool empty = q->value(0).toLongLong() == 0;
    q->finish();
    return empty;
}

bool UnitRepository::rename(UnitId id, const QString &name)
{
    clearError();
    // The unit's name is in each of its cases' feed JSON: mark it stale (a
    // page builds it again from the rows) before the name changes.
    QSqlQuery *stale =
        statement(QStringLiteral("UPDATE cases SET feed_json_seq = NULL WHERE unit_id = ?"));
    if (!stale)
        return false;
    stale->bindValue(0, id);
    if (!exec(*stale))
        return false;
    QSqlQuery *q = statement(QStringLiteral("UPDATE units SET name = ? WHERE id = ?"));
    if (!q)
        return false;
    q->bindValue(0, name);
    q->bindValue(1, id);
    return exec(*q) && bumpRevision();
}

bool UnitRepository::setParent(UnitId id, UnitId parentId)
{
    clearError();
    QSqlQuery *q = statement(QStringLiteral("UPDATE units SET parent_id = ? WHERE id = ?"));
    if (!q)
        return false;
    q->bindValue(0, parentId);
    q->bindValue(1, id);
    return exec(*q) && bumpRevision();
}

bool UnitRepository::markMerged(UnitId from, UnitId into)
{
    clearError();
    QSqlQuery *children =
        statement(QStringLiteral("UPDATE units SET parent_id = ? WHERE parent_id = ?"));
    QSqlQuery *merged = statement(QStringLiteral("UPDATE units SET merged_into = ? WHERE id = ?"));
    if (!children || !merged)
        return false;
    children->bindValue(0, into);
    children->bindValue(1, from);
    merged->bindValue(0, into);
    merged->bindValue(1, from);
    return exec(*children) && exec(*merged) && bumpRevision();
}

std::optional<qint64> UnitRepository::revision()
{
    return oneRowNumber(QStringLiteral("SELECT revision FROM unit_revision WHERE id = 1"), {},
                        QStringLiteral("unit_revision"));
}

// In the writer's transaction, like the write itself.
bool UnitRepository::bumpRevision()
{
    QSqlQuery *q =
        statement(QStringLiteral("UPDATE unit_revision SET revision = revision + 1 WHERE id = 1"));
    return q && exec(*q);
}

} // namespace pakn::server
