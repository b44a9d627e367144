#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <optional>

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

// The first column of the first row `sql` gives, with `values` bound in
// order; nullopt (and a log line) when it fails or gives no row.
std::optional<qint64> cacheScalar(const QSqlDatabase &db, const QString &sql,
                                  const QVariantList &values, const char *label);

// Whether `table` (a name from the schema, never from input) holds a row;
// nullopt with `error` (and a log line) when the read fails.
std::optional<bool> cacheTableHoldsRows(const QSqlDatabase &db, const QString &table,
                                        QString *error = nullptr);

} // namespace pakn
