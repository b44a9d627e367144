#pragma once

// The cache's schema as numbered forward migrations. Each migration runs in
// one transaction together with the schema_version update, so a crash or an
// error leaves the file at the previous version, never in between.

#include <QSqlDatabase>
#include <QString>
#include <span>
#include <string_view>

namespace pakn {

struct CacheMigration
{
    int version;
    std::span<const std::string_view> statements;
};

std::span<const CacheMigration> cacheMigrations(); // ordered by version, from 1

// The version recorded in the file (0 for an empty file), or -1 with `error`.
int storedSchemaVersion(const QSqlDatabase &db, QString *error);

// Applies every migration above the stored version up to `target` (tests use a
// lower target to build an old file). False with `error` when one fails.
bool migrateCache(const QSqlDatabase &db, int target, QString *error);

} // namespace pakn
