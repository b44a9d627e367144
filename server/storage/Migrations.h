#pragma once

// The schema as a numbered list of forward migrations. Each runs in its own
// transaction and records its number in schema_version, so a crash midway
// leaves the database at the previous version, never between two.
//
// One list for SQLite and PostgreSQL: standard types and statements, the
// auto-numbered key as %ID% (Dialect::autoId), and the rare statement only one
// database runs behind a "sqlite:" or "postgresql:" prefix.

#include <QSqlDatabase>
#include <QString>

namespace pakn::server {

class Migrations
{
public:
    static int latestVersion();
    // Brings the schema up to latestVersion(). False with a message on error
    // (including a database written by a newer server).
    static bool run(QSqlDatabase db, QString *error);
    // Up to `version` only: tests make a database as an older server left it.
    static bool run(QSqlDatabase db, QString *error, int version);
    static int currentVersion(QSqlDatabase db, QString *error = nullptr);
};

} // namespace pakn::server
