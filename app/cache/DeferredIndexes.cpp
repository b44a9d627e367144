#include "cache/DeferredIndexes.h"

#include "cache/CacheSql.h"

#include <QSqlQuery>

namespace pakn {

namespace {

// sqlite_master's own indexes (UNIQUE, PRIMARY KEY) have no SQL and stay.
constexpr QLatin1StringView
    kDeferrable("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                " AND tbl_name IN ('cases', 'case_facts')"
                " AND name NOT IN ('cases_by_id', 'case_facts_case') ORDER BY name");

bool run(QSqlQuery &q, QString *error)
{
    return runCacheQuery(q, "deferred indexes", error);
}

} // namespace

DeferredIndexes::DeferredIndexes(QSqlDatabase db) : m_db(std::move(db)) {}

bool DeferredIndexes::pending() const
{
    return cacheTableHoldsRows(m_db, QStringLiteral("deferred_indexes")).value_or(false);
}

bool DeferredIndexes::defer(QString *error)
{
    QSqlQuery list(m_db);
    list.setForwardOnly(true);
    if (!list.prepare(kDeferrable) || !run(list, error))
        return false;
    QList<std::pair<QString, QString>> indexes;
    while (list.next())
        indexes.append({list.value(0).toString(), list.value(1).toString()});
    list.finish();
    QSqlQuery keep(m_db);
    keep.prepare(QStringLiteral("INSERT INTO deferred_indexes (name, sql) VALUES (?, ?)"));
    for (const auto &[name, sql] : std::as_const(indexes)) {
        keep.addBindValue(name);
        keep.addBindValue(sql);
        QSqlQuery drop(m_db);
        // The names come from sqlite_master and are the schema's own.
        if (!run(keep, error) || !drop.prepare(QStringLiteral("DROP INDEX ") + name) ||
            !run(drop, error))
            return false;
    }
    return true;
}

bool DeferredIndexes::restore(QString *error)
{
    QSqlQuery list(m_db);
    list.setForwardOnly(true);
    if (!list.prepare(QStringLiteral("SELECT sql FROM deferred_indexes ORDER BY name")) ||
        !run(list, error))
        return false;
    QStringList statements;
    while (list.next())
        statements.append(list.value(0).toString());
    list.finish();
    for (const QString &sql : std::as_const(statements)) {
        QSqlQuery create(m_db);
        // IF NOT EXISTS: a migration run while the indexes were deferred may
        // have made one of them again.
        QString ifMissing = sql;
        ifMissing.replace(QStringLiteral("CREATE INDEX "),
                          QStringLiteral("CREATE INDEX IF NOT EXISTS "));
        if (!create.prepare(ifMissing) || !run(create, error))
            return false;
    }
    QSqlQuery clear(m_db);
    return clear.prepare(QStringLiteral("DELETE FROM deferred_indexes")) && run(clear, error);
}

} // namespace pakn
