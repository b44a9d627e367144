#include "admin/BackupCommand.h"

#include "CommandLine.h"
#include "storage/Migrations.h"
#include "storage/SqliteBackup.h"

#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <cstdio>

namespace pakn::server {

namespace {
const QString databaseName = QStringLiteral("pakn-server.sqlite");

int say(const QString &text, int code)
{
    std::fprintf(code == 0 ? stdout : stderr, "%s\n", qUtf8Printable(text));
    return code;
}

int usage()
{
    return say(QStringLiteral("usage: pakn-server backup [--data DIR] FILE\n"
                              "       pakn-server restore [--data DIR] FILE\n"
                              "(SQLite; for PostgreSQL use pg_dump -Fc and pg_restore, see "
                              "docs/RELIABILITY.md)"),
               2);
}

int backup(const QString &dataDir, const QString &file)
{
    QString error;
    if (!SqliteBackup::copy(dataDir + QLatin1Char('/') + databaseName, file, &error))
        return say(error, 1);
    return say(QStringLiteral("backup written to %1").arg(file), 0);
}

int restore(const QString &dataDir, const QString &file)
{
    QString error;
    const auto version = SqliteBackup::schemaVersionOf(file, &error);
    if (!version)
        return say(error, 1);
    if (*version > Migrations::latestVersion())
        return say(QStringLiteral("%1 has schema version %2, newer than this server's %3")
                       .arg(file)
                       .arg(*version)
                       .arg(Migrations::latestVersion()),
                   1);
    QLockFile lock(dataDir + QStringLiteral("/pakn-server.lock"));
    if (!lock.tryLock(0))
        return say(
            QStringLiteral("a pakn-server is running on %1: stop it before a restore").arg(dataDir),
            1);
    const QString target = dataDir + QLatin1Char('/') + databaseName;
    const QString kept = target + QStringLiteral(".before-restore");
    if (QFileInfo::exists(target) && !SqliteBackup::copy(target, kept, &error))
        return say(QStringLiteral("the current database could not be kept aside, nothing was "
                                  "restored: %1")
                       .arg(error),
                   1);
    if (!SqliteBackup::copy(file, target, &error))
        return say(error, 1);
    return say(QStringLiteral("restored %1 into %2 (schema version %3; the previous database "
                              "is %4); start the server")
                   .arg(file, target)
                   .arg(*version)
                   .arg(kept),
               0);
}
} // namespace

bool BackupCommand::isBackupInvocation(const QStringList &arguments)
{
    return arguments.size() > 1 && (arguments.at(1) == QLatin1String("backup") ||
                                    arguments.at(1) == QLatin1String("restore"));
}

int BackupCommand::run(const QStringList &arguments)
{
    QStringList args = arguments.mid(2);
    QString dataDir = CommandLine::defaultDataDirectory();
    if (args.size() >= 2 && args.first() == QLatin1String("--data")) {
        dataDir = args.at(1);
        args.remove(0, 2);
    }
    if (args.contains(QLatin1String("--database")))
        return say(QStringLiteral("backup and restore of PostgreSQL: use pg_dump -Fc and "
                                  "pg_restore (docs/RELIABILITY.md)"),
                   2);
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-')))
        return usage();
    return arguments.at(1) == QLatin1String("backup") ? backup(dataDir, args.first())
                                                      : restore(dataDir, args.first());
}

} // namespace pakn::server
