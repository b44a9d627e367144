#include "zalo/ZaloStore.h"

namespace pakn::server {

bool ZaloStore::markSeen(const QString &eventId, const QDateTime &at)
{
    clearError();
    // One statement: two servers on one database cannot both take the event.
    QSqlQuery *insert =
        statement(QStringLiteral("INSERT INTO zalo_seen_events (msg_id, received_at) VALUES (?, ?) "
                                 "ON CONFLICT (msg_id) DO NOTHING"));
    if (!insert)
        return false;
    insert->bindValue(0, eventId);
    insert->bindValue(1, toDbTime(at));
    return exec(*insert) && insert->numRowsAffected() == 1;
}

int ZaloStore::forgetSeenBefore(const QDateTime &cutoff)
{
    return deleteBefore(QStringLiteral("DELETE FROM zalo_seen_events WHERE received_at < ?"),
                        cutoff);
}

bool ZaloStore::addMessage(const ZaloMessage &m)
{
    clearError();
    QSqlQuery *q = statement(
        QStringLiteral("INSERT INTO zalo_pending (user_id, at, text, image_url, latitude, "
                       "longitude, send) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return false;
    q->bindValue(0, m.userId);
    q->bindValue(1, toDbTime(m.at));
    q->bindValue(2, toDbText(m.text));
    q->bindValue(3, toDbText(m.imageUrl));
    q->bindValue(4, optionalNumber(m.latitude));
    q->bindValue(5, optionalNumber(m.longitude));
    q->bindValue(6, m.send ? 1 : 0);
    return exec(*q);
}

bool ZaloStore::touchCitizen(const QString &userId, const QDateTime &at)
{
    clearError();
    QSqlQuery *q = statement(QStringLiteral(
        "INSERT INTO zalo_citizens (user_id, last_message_at) VALUES (?, ?) ON CONFLICT "
        "(user_id) DO UPDATE SET last_message_at = excluded.last_message_at"));
    if (!q)
        return false;
    q->bindValue(0, userId);
    q->bindValue(1, toDbTime(at));
    return exec(*q);
}

QDateTime ZaloStore::lastMessageAt(const QString &userId)
{
    clearError();
    QSqlQuery *q =
        statement(QStringLiteral("SELECT last_message_at FROM zalo_citizens WHERE user_id = ?"));
    if (!q)
        return {};
    q->bindValue(0, userId);
    if (!exec(*q))
        return {};
    const QDateTime at = q->next() ? fromDbTime(q->value(0)) : QDateTime();
    q->finish();
    return at;
}

QStringList ZaloStore::citizensWithCompleteReports(const QDateTime &cutoff)
{
    clearError();
    QSqlQuery *q =
        statement(QStringLiteral("SELECT user_id FROM zalo_pending GROUP BY user_id "
                                 "HAVING MIN(at) <= ? OR MAX(send) = 1 ORDER BY MIN(id)"));
    QStringList users;
    if (!q)
        return users;
    q->bindValue(0, toDbTime(cutoff));
    if (!exec(*q))
        return users;
    while (q->next())
        users.append(q->value(0).toString());
    q->finish();
    return users;
}

QList<ZaloMessage> ZaloStore::pendingMessages(const QString &userId)
{
    clearError();
    QSqlQuery *q =
        statement(QStringLiteral("SELECT id, at, text, image_url, latitude, longitude, send "
                                 "FROM zalo_pending WHERE user_id = ? ORDER BY id"));
    QList<ZaloMessage> messages;
    if (!q)
        return messages;
    q->bindValue(0, userId);
    if (!exec(*q))
        return messages;
    while (q->next()) {
        messages.append({q->value(0).toLongLong(), userId, fromDbTime(q->value(1)),
                         q->value(2).toString(), q->value(3).toString(),
                         readOptionalNumber(q->value(4)), readOptionalNumber(q->value(5)),
                         q->value(6).toInt() != 0});
    }
    q->finish();
    return messages;
}

int ZaloStore::removeMessages(const QString &userId, qint64 upToId)
{
    clearError();
    QSqlQuery *q =
        statement(QStringLiteral("DELETE FROM zalo_pending WHERE user_id = ? AND id <= ?"));
    if (!q)
        return -1;
    q->bindValue(0, userId);
    q->bindValue(1, upToId);
    return exec(*q) ? q->numRowsAffected() : -1;
}

bool ZaloStore::linkCase(CaseId id, const QString &userId)
{
    clearError();
    QSqlQuery *q =
        statement(QStringLiteral("INSERT INTO zalo_cases (case_id, user_id) VALUES (?, ?)"));
    if (!q)
        return false;
    q->bindValue(0, id);
    q->bindValue(1, userId);
    return exec(*q);
}

QString ZaloStore::citizenOf(CaseId id)
{
    clearError();
    QSqlQuery *q = statement(QStringLiteral("SELECT user_id FROM zalo_cases WHERE case_id = ?"));
    if (!q)
        return {};
    q->bindValue(0, id);
    if (!exec(*q))
        return {};
    const QString user = q->next() ? q->value(0).toString() : QString();
    q->finish();
    return user;
}

QList<CaseId> ZaloStore::casesOf(const QString &userId)
{
    clearError();
    QSqlQuery *q = statement(
        QStringLiteral("SELECT case_id FROM zalo_cases WHERE user_id = ? ORDER BY case_id DESC"));
    QList<CaseId> ids;
    if (!q)
        return ids;
    q->bindValue(0, userId);
    if (!exec(*q))
        return ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    q->finish();
    return ids;
}

std::optional<ZaloTokens> ZaloStore::tokens()
{
    clearError();
    QSqlQuery *q = statement(
        QStringLiteral("SELECT access_token, refresh_token FROM zalo_tokens WHERE id = 1"));
    if (!q || !exec(*q))
        return std::nullopt;
    std::optional<ZaloTokens> found;
    if (q->next())
        found = ZaloTokens{q->value(0).toString(), q->value(1).toString()};
    q->finish();
    return found;
}

bool ZaloStore::saveTokens(const ZaloTokens &tokens, const QDateTime &at)
{
    clearError();
    QSqlQuery *q = statement(QStringLiteral(
        "INSERT INTO zalo_tokens (id, access_token, refresh_token, updated_at) VALUES (1, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET access_token = excluded.access_token, "
        "refresh_token = excluded.refresh_token, updated_at = excluded.updated_at"));
    if (!q)
        return false;
    q->bindValue(0, tokens.access);
    q->bindValue(1, tokens.refresh);
    q->bindValue(2, toDbTime(at));
    return exec(*q);
}

} // namespace pakn::server
