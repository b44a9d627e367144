#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

class QSqlQuery;

namespace pakn {

// Runs one statement against the cache. On failure it logs why under
// pakn.cache, with the caller's label and the start of the statement but
// never the bound values (they may hold citizens' data), and hands the
// reason back through `error` when the caller wants it.
bool runCacheQuery(QSqlQuery &query, const char *label, QString *error = nullptr);

// Prepares `sql`, binds `values` in order and runs it as runCacheQuery does.
bool runCacheSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                 const char *label, QString *error = nullptr);

} // namespace pakn
