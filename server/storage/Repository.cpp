#include "storage/Repository.h"

#include "ServerLogging.h"

#include <QSqlError>

namespace pakn::server {

QSqlQuery *Repository::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db);
        q->setForwardOnly(true);
        if (!q->prepare(sql)) {
            setError(q->lastError().text());
            return nullptr;
        }
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    return it->second.get();
}

std::optional<qint64> Repository::oneRowNumber(const QString &sql, const QVariantList &values,
                                               const QString &row)
{
    clearError();
    QSqlQuery *q = statement(sql);
    if (!q)
        return std::nullopt;
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    if (!exec(*q))
        return std::nullopt;
    if (!q->next()) {
        setError(QStringLiteral("the %1 row is missing").arg(row));
        return std::nullopt;
    }
    const qint64 number = q->value(0).toLongLong();
    q->finish();
    return number;
}

int Repository::deleteBefore(const QString &sql, const QDateTime &cutoff)
{
    clearError();
    QSqlQuery *q = statement(sql);
    if (!q)
        return -1;
    q->bindValue(0, toDbTime(cutoff));
    if (!exec(*q))
        return -1;
    const int removed = q->numRowsAffected();
    q->finish();
    return removed;
}

bool Repository::exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    setError(q.lastError().text());
    return false;
}

std::optional<qint64> Repository::execReturningId(QSqlQuery &q)
{
    if (!exec(q))
        return std::nullopt;
    if (!q.next()) {
        setError(QStringLiteral("the insert returned no id"));
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

bool Repository::execWithIds(QSqlQuery &q, const QString &sql, const QList<qint64> &ids)
{
    return execWithValues(q, sql, QVariantList(ids.cbegin(), ids.cend()));
}

bool Repository::execWithValues(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        setError(q.lastError().text());
        return false;
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    return exec(q);
}

void Repository::setError(const QString &message)
{
    m_error = message.isEmpty() ? QStringLiteral("unknown database error") : message;
    qCWarning(lcStorage) << "database error:" << m_error;
}

QString placeholders(qsizetype n)
{
    QString s;
    s.reserve(n * 3);
    for (qsizetype i = 0; i < n; ++i)
        s += i ? QLatin1String(", ?") : QLatin1String("?");
    return s;
}

} // namespace pakn::server
