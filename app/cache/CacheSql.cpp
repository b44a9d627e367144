#include "cache/CacheSql.h"

#include "ClientLogging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pakn {

bool runCacheQuery(QSqlQuery &query, const char *label, QString *error)
{
    if (query.exec())
        return true;
    const QString reason = query.lastError().text();
    qCWarning(lcCache).noquote() << label << "failed:" << reason << "in"
                                 << query.lastQuery().simplified().left(120);
    if (error)
        *error = reason;
    return false;
}

bool runCacheSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                 const char *label, QString *error)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    return runCacheQuery(query, label, error);
}

std::optional<qint64> cacheScalar(const QSqlDatabase &db, const QString &sql,
                                  const QVariantList &values, const char *label)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!runCacheQuery(query, label) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<bool> cacheTableHoldsRows(const QSqlDatabase &db, const QString &table,
                                        QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM ") + table + QStringLiteral(" LIMIT 1"));
    if (!runCacheQuery(query, "row check", error))
        return std::nullopt;
    return query.next();
}

} // namespace pakn
