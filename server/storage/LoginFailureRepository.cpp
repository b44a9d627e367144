#include "storage/LoginFailureRepository.h"

namespace pakn::server {

namespace {
QString kindCode(LoginFailureRepository::Kind kind)
{
    return kind == LoginFailureRepository::Kind::Account ? QStringLiteral("account")
                                                         : QStringLiteral("address");
}
} // namespace

bool LoginFailureRepository::record(Kind kind, const QString &subject, const QDateTime &at)
{
    clearError();
    QSqlQuery *q = statement(
        QStringLiteral("INSERT INTO login_failures (kind, subject, failed_at) VALUES (?, ?, ?)"));
    if (!q)
        return false;
    q->bindValue(0, kindCode(kind));
    q->bindValue(1, toDbText(subject));
    q->bindValue(2, toDbTime(at));
    return exec(*q);
}

std::optional<QList<QDateTime>> LoginFailureRepository::since(Kind kind, const QString &subject,
                                                              const QDateTime &since)
{
    clearError();
    QSqlQuery *q = statement(
        QStringLiteral("SELECT failed_at FROM login_failures WHERE kind = ? AND subject = ? "
                       "AND failed_at > ? ORDER BY failed_at"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, kindCode(kind));
    q->bindValue(1, toDbText(subject));
    q->bindValue(2, toDbTime(since));
    if (!exec(*q))
        return std::nullopt;
    QList<QDateTime> times;
    while (q->next())
        times.append(fromDbTime(q->value(0)));
    q->finish();
    return times;
}

bool LoginFailureRepository::clear(Kind kind, const QString &subject)
{
    clearError();
    QSqlQuery *q =
        statement(QStringLiteral("DELETE FROM login_failures WHERE kind = ? AND subject = ?"));
    if (!q)
        return false;
    q->bindValue(0, kindCode(kind));
    q->bindValue(1, toDbText(subject));
    return exec(*q);
}

bool LoginFailureRepository::removeBefore(const QDateTime &cutoff)
{
    return deleteBefore(QStringLiteral("DELETE FROM login_failures WHERE failed_at <= ?"),
                        cutoff) >= 0;
}

} // namespace pakn::server
