#pragma once

// The SQLite connection under a QSqlDatabase of the QSQLITE driver, for the
// few reads of millions of rows (a year's facts, its days' groups) that go
// through SQLite's own interface: a fraction of a QSqlQuery's per-value cost.

#include <QSqlDatabase>
#include <QSqlDriver>
#include <sqlite3.h>

namespace pakn {

// Null when the connection is not SQLite.
inline sqlite3 *sqliteHandleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3 *const *>(handle.data())
               : nullptr;
}

} // namespace pakn
