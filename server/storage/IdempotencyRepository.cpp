#include "storage/IdempotencyRepository.h"

namespace pakn::server {

std::optional<StoredReply> IdempotencyRepository::find(UserId account, const QString &key)
{
    clearError();
    QSqlQuery *q = statement(QStringLiteral(
        "SELECT http_status, body FROM idempotency WHERE account_id = ? AND idem_key = ?"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, account);
    q->bindValue(1, key);
    if (!exec(*q))
        return std::nullopt;
    std::optional<StoredReply> found;
    if (q->next())
        found = StoredReply{q->value(0).toInt(), q->value(1).toString().toUtf8()};
    q->finish();
    return found;
}

bool IdempotencyRepository::store(UserId account, const QString &key, const StoredReply &reply,
                                  const QDateTime &now)
{
    clearError();
    QSqlQuery *q = statement(
        QStringLiteral("INSERT INTO idempotency (account_id, idem_key, http_status, body, "
                       "created_at) VALUES (?, ?, ?, ?, ?)"));
    if (!q)
        return false;
    q->bindValue(0, account);
    q->bindValue(1, key);
    q->bindValue(2, reply.httpStatus);
    q->bindValue(3, QString::fromUtf8(reply.body));
    q->bindValue(4, toDbTime(now));
    return exec(*q);
}

int IdempotencyRepository::purgeStoredBefore(const QDateTime &cutoff)
{
    return deleteBefore(QStringLiteral("DELETE FROM idempotency WHERE created_at < ?"), cutoff);
}

} // namespace pakn::server
