#include "storage/Open311ClientRepository.h"

namespace pakn::server {

std::optional<qint64> Open311ClientRepository::add(const QString &name, const QByteArray &keyHash,
                                                   const QDateTime &now)
{
    clearError();
    QSqlQuery *q = statement(QStringLiteral(
        "INSERT INTO open311_clients (name, key_hash, created_at) VALUES (?, ?, ?) RETURNING id"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, name);
    q->bindValue(1, QString::fromLatin1(keyHash));
    q->bindValue(2, toDbTime(now));
    return execReturningId(*q);
}

std::optional<Open311Client> Open311ClientRepository::findByKeyHash(const QByteArray &keyHash)
{
    clearError();
    QSqlQuery *q = statement(
        QStringLiteral("SELECT id, name, created_at FROM open311_clients WHERE key_hash = ?"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, QString::fromLatin1(keyHash));
    if (!exec(*q))
        return std::nullopt;
    std::optional<Open311Client> found;
    if (q->next())
        found = Open311Client{q->value(0).toLongLong(), q->value(1).toString(),
                              fromDbTime(q->value(2))};
    q->finish();
    return found;
}

QList<Open311Client> Open311ClientRepository::list(bool *ok)
{
    clearError();
    QList<Open311Client> all;
    QSqlQuery *q =
        statement(QStringLiteral("SELECT id, name, created_at FROM open311_clients ORDER BY id"));
    *ok = q && exec(*q);
    if (!*ok)
        return all;
    while (q->next())
        all.append({q->value(0).toLongLong(), q->value(1).toString(), fromDbTime(q->value(2))});
    q->finish();
    return all;
}

} // namespace pakn::server
