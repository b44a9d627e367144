#include "storage/SessionRepository.h"

namespace pakn::server {

bool SessionRepository::create(const QString &tokenHash, UserId account, const QString &client,
                               const QDateTime &created, const QDateTime &expires)
{
    clearError();
    QSqlQuery *q = statement(QStringLiteral(
        "INSERT INTO sessions (token_hash, account_id, client, created_at, expires_at) "
        "VALUES (?, ?, ?, ?, ?)"));
    if (!q)
        return false;
    q->bindValue(0, tokenHash);
    q->bindValue(1, account);
    q->bindValue(2, client);
    q->bindValue(3, toDbTime(created));
    q->bindValue(4, toDbTime(expires));
    return exec(*q);
}

std::optional<SessionRecord> SessionRepository::findLive(const QString &tokenHash,
                                                         const QDateTime &now)
{
    clearError();
    QSqlQuery *q = statement(QStringLiteral(
        "SELECT a.id, a.login, a.display_name, a.role, a.unit_id, s.client, s.expires_at, "
        "a.must_change_password "
        "FROM sessions s JOIN accounts a ON a.id = s.account_id "
        "WHERE s.token_hash = ? AND s.expires_at > ? AND a.disabled = 0"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, tokenHash);
    q->bindValue(1, toDbTime(now));
    if (!exec(*q))
        return std::nullopt;
    std::optional<SessionRecord> found;
    if (q->next()) {
        SessionRecord s;
        s.account.id = q->value(0).toLongLong();
        s.account.login = q->value(1).toString();
        s.account.displayName = q->value(2).toString();
        s.account.role = roleFromCode(q->value(3).toString()).value_or(Role::Officer);
        s.account.unitId = q->value(4).toLongLong();
        s.client = q->value(5).toString();
        s.expiresAt = fromDbTime(q->value(6));
        s.mustChangePassword = q->value(7).toInt() != 0;
        found = s;
    }
    q->finish();
    return found;
}

bool SessionRepository::remove(const QString &tokenHash)
{
    clearError();
    QSqlQuery *q = statement(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"));
    if (!q)
        return false;
    q->bindValue(0, tokenHash);
    return exec(*q);
}

bool SessionRepository::removeExpired(const QDateTime &now)
{
    clearError();
    QSqlQuery *q = statement(QStringLiteral("DELETE FROM sessions WHERE expires_at <= ?"));
    if (!q)
        return false;
    q->bindValue(0, toDbTime(now));
    return exec(*q);
}

bool SessionRepository::removeForAccount(UserId account)
{
    clearError();
    QSqlQuery *q = statement(QStringLiteral("DELETE FROM sessions WHERE account_id = ?"));
    if (!q)
        return false;
    q->bindValue(0, account);
    return exec(*q);
}

bool SessionRepository::removeOthersOfAccount(UserId account, const QString &keptTokenHash)
{
    clearError();
    QSqlQuery *q =
        statement(QStringLiteral("DELETE FROM sessions WHERE account_id = ? AND token_hash <> ?"));
    if (!q)
        return false;
    q->bindValue(0, account);
    q->bindValue(1, keptTokenHash);
    return exec(*q);
}

} // namespace pakn::server
