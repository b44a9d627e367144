#pragma once

// Copies a live SQLite database with SQLite's online backup API (through the
// sqlite3 handles, not QtSql): the copy is one consistent snapshot, taken
// while the server goes on writing (WAL mode lets readers and the writer
// proceed together). The copy is written next to its target and renamed into
// place only once it passed `PRAGMA integrity_check`.

#include <QString>
#include <optional>

namespace pakn::server::SqliteBackup {

// Copies `from` into a new file `to` (replacing it). On failure `to` is untouched.
bool copy(const QString &from, const QString &to, QString *error);

// The schema version a copy holds (schema_version), after checking it is a
// sound SQLite database; nullopt with `error` set when it is not one of ours.
std::optional<int> schemaVersionOf(const QString &file, QString *error);

} // namespace pakn::server::SqliteBackup
