#include "storage/AdminEventRepository.h"

namespace pakn::server {

bool AdminEventRepository::append(const AdminEvent &event)
{
    clearError();
    QSqlQuery *q = statement(
        QStringLiteral("INSERT INTO admin_events (at, actor_id, actor_name, client, action, "
                       "summary) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!q)
        return false;
    q->addBindValue(toDbTime(event.at));
    q->addBindValue(event.actorId);
    q->addBindValue(toDbText(event.actorName));
    q->addBindValue(toDbText(event.client));
    q->addBindValue(toDbText(event.action));
    q->addBindValue(toDbText(event.summary));
    return exec(*q);
}

std::optional<QList<AdminEvent>> AdminEventRepository::page(qint64 beforeId, int limit)
{
    clearError();
    QSqlQuery *q =
        statement(QStringLiteral("SELECT id, at, actor_id, actor_name, client, action, summary "
                                 "FROM admin_events WHERE id < ? ORDER BY id DESC LIMIT ?"));
    if (!q)
        return std::nullopt;
    q->addBindValue(beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max());
    q->addBindValue(limit);
    if (!exec(*q))
        return std::nullopt;
    QList<AdminEvent> events;
    while (q->next())
        events.append({q->value(0).toLongLong(), fromDbTime(q->value(1)), q->value(2).toLongLong(),
                       q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                       q->value(6).toString()});
    q->finish();
    return events;
}

} // namespace pakn::server
