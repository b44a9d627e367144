#pragma once

// The few spellings in which SQLite and PostgreSQL differ, asked of the open
// connection, so the schema and the repositories stay one list of SQL for both.

#include <QSqlDatabase>
#include <QString>

namespace pakn::server::Dialect {

bool isPostgres(const QSqlDatabase &db);
// "sqlite" or "postgresql": the prefix of a migration statement for that database only.
QString name(const QSqlDatabase &db);
// The auto-numbered primary key: SQLite's rowid alias, PostgreSQL's identity column.
QString autoId(const QSqlDatabase &db);

} // namespace pakn::server::Dialect
