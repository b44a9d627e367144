#include "storage/UnitRepository.h"

namespace pakn::server {

namespace {
Unit readUnit(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toString()};
}
} // namespace

QList<Unit> UnitRepository::all()
{
    clearError();
    QList<Unit> units;
    QSqlQuery *q =
        statement(QStringLiteral("SELECT id, parent_id, name, kind FROM units ORDER BY id"));
    if (!q || !exec(*q))
        return units;
    while (q->next())
        units.append(readUnit(*q));
    q->finish();
    return units;
}

std::optional<Unit> UnitRepository::find(UnitId id)
{
    clearError();
    QSqlQuery *q =
        statement(QStringLiteral("SELECT id, parent_id, name, kind FROM units WHERE id = ?"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, id);
    if (!exec(*q))
        return std::nullopt;
    std::optional<Unit> unit;
    if (q->next())
        unit = readUnit(*q);
    q->finish();
    return unit;
}

bool UnitRepository::insert(Unit &unit)
{
    clearError();
    QSqlQuery *q =
        statement(QStringLiteral("INSERT INTO units (parent_id, name, kind) VALUES (?, ?, ?)"));
    if (!q)
        return false;
    q->bindValue(0, unit.parentId);
    q->bindValue(1, unit.name);
    q->bindValue(2, unit.kind);
    if (!exec(*q))
        return false;
    unit.id = q->lastInsertId().toLongLong();
    return true;
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

} // namespace pakn::server
