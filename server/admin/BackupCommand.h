#pragma once

// `pakn-server backup [--data DIR] FILE` and `pakn-server restore [--data DIR] FILE`
// for an SQLite data directory. A backup may be taken while the server runs
// (SqliteBackup: one consistent snapshot). A restore needs the server stopped
// (its lock file is taken), checks the copy first and keeps the replaced
// database as pakn-server.sqlite.before-restore. PostgreSQL is backed up with
// pg_dump/pg_restore (docs/RELIABILITY.md). Exit code 0 done, 1 failed, 2 usage.

#include <QStringList>

namespace pakn::server {

class BackupCommand
{
public:
    static bool isBackupInvocation(const QStringList &arguments);
    // `arguments` as main() got them: program, "backup" or "restore", ….
    static int run(const QStringList &arguments);
};

} // namespace pakn::server
