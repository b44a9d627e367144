#include "cache/SavedQueueStore.h"

#include "cache/CacheSql.h"
#include "cache/CaseColumns.h"
#include "cache/CaseQueryJson.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace pakn {

namespace {

bool run(QSqlQuery &q, QString *error = nullptr)
{
    return runCacheQuery(q, "saved queues", error);
}

bool run(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
         QString *error = nullptr)
{
    return runCacheSql(db, sql, values, "saved queues", error);
}

} // namespace

SavedQueueStore::SavedQueueStore(QSqlDatabase db) : m_db(std::move(db)) {}

QList<SavedQueue> SavedQueueStore::all() const
{
    QList<SavedQueue> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name, query FROM saved_queues ORDER BY name, id"));
    if (!run(q, nullptr))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(),
                    caseQueryFromJson(QJsonDocument::fromJson(q.value(2).toByteArray()).object())});
    return out;
}

std::optional<qint64> SavedQueueStore::add(const QString &name, const CaseQuery &query,
                                           QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO saved_queues (name, query) VALUES (?, ?)"));
    q.addBindValue(nonNull(name.trimmed()));
    q.addBindValue(QString::fromUtf8(QJsonDocument(toJson(query)).toJson(QJsonDocument::Compact)));
    if (!run(q, error))
        return std::nullopt;
    return q.lastInsertId().toLongLong();
}

bool SavedQueueStore::rename(qint64 id, const QString &name, QString *error)
{
    return run(m_db, QStringLiteral("UPDATE saved_queues SET name = ? WHERE id = ?"),
               {nonNull(name.trimmed()), id}, error);
}

bool SavedQueueStore::remove(qint64 id, QString *error)
{
    return run(m_db, QStringLiteral("DELETE FROM saved_queues WHERE id = ?"), {id}, error);
}

bool SavedQueueStore::clear(QString *error)
{
    return run(m_db, QStringLiteral("DELETE FROM saved_queues"), {}, error);
}

} // namespace pakn
