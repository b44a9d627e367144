#include "storage/SqliteBackup.h"

#include <QFile>
#include <QFileInfo>
#include <memory>
#include <sqlite3.h>

namespace pakn::server::SqliteBackup {

namespace {
struct CloseDatabase
{
    void operator()(sqlite3 *db) const { sqlite3_close(db); }
};
using Handle = std::unique_ptr<sqlite3, CloseDatabase>;

Handle open(const QString &path, int flags, QString *error)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
    Handle handle(db);
    if (rc != SQLITE_OK) {
        *error = QStringLiteral("cannot open %1: %2")
                     .arg(path, QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
        return nullptr;
    }
    // The server may hold the write lock for a moment (a group commit).
    sqlite3_busy_timeout(db, 10000);
    return handle;
}

// The first column of the first row of `sql`, as text; nullopt on an error.
std::optional<QString> firstValue(sqlite3 *db, const char *sql, QString *error)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return std::nullopt;
    }
    std::optional<QString> value;
    const int rc = sqlite3_step(statement);
    if (rc == SQLITE_ROW)
        value =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    else
        *error = rc == SQLITE_DONE ? QStringLiteral("no answer to %1").arg(QLatin1String(sql))
                                   : QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    return value;
}

bool sound(sqlite3 *db, const QString &path, QString *error)
{
    QString why;
    const auto check = firstValue(db, "PRAGMA integrity_check", &why);
    if (check && *check == QLatin1String("ok"))
        return true;
    *error = QStringLiteral("%1 is damaged or not an SQLite database: %2")
                 .arg(path, check ? *check : why);
    return false;
}
} // namespace

bool copy(const QString &from, const QString &to, QString *error)
{
    if (!QFileInfo::exists(from)) {
        *error = QStringLiteral("there is no database %1").arg(from);
        return false;
    }
    const QString part = to + QStringLiteral(".part");
    QFile::remove(part);
    {
        // Citizens' data: the copy is the owner's alone from its first byte
        // (SQLite would create it with the umask's mode). An empty file is an
        // empty database to SQLite.
        QFile empty(part);
        if (!empty.open(QIODevice::WriteOnly) ||
            !empty.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            *error = QStringLiteral("cannot write %1: %2").arg(part, empty.errorString());
            return false;
        }
    }
    {
        // Read-write although it only reads: a WAL reader writes the -shm index.
        Handle source = open(from, SQLITE_OPEN_READWRITE, error);
        Handle target =
            source ? open(part, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error) : nullptr;
        if (!target)
            return false;
        sqlite3_backup *backup = sqlite3_backup_init(target.get(), "main", source.get(), "main");
        if (!backup) {
            *error = QStringLiteral("cannot start the backup of %1: %2")
                         .arg(from, QString::fromUtf8(sqlite3_errmsg(target.get())));
            QFile::remove(part);
            return false;
        }
        // All pages in one step: one read transaction, so one snapshot. The
        // busy handler of the source waits out a writer's lock.
        int rc = sqlite3_backup_step(backup, -1);
        while (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            sqlite3_sleep(50);
            rc = sqlite3_backup_step(backup, -1);
        }
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE) {
            *error = QStringLiteral("the backup of %1 failed: %2")
                         .arg(from, QString::fromUtf8(sqlite3_errstr(rc)));
            target.reset();
            QFile::remove(part);
            return false;
        }
        // The copy is one file, without a -wal beside it (the source's WAL mode came with page 1).
        QString why;
        if (!firstValue(target.get(), "PRAGMA journal_mode=DELETE", &why) ||
            !sound(target.get(), part, error)) {
            if (error->isEmpty())
                *error = why;
            target.reset();
            QFile::remove(part);
            return false;
        }
    }
    // The copy is complete on disk before it takes the target's name.
    QFile::remove(to + QStringLiteral("-wal"));
    QFile::remove(to + QStringLiteral("-shm"));
    if (QFileInfo::exists(to) && !QFile::remove(to)) {
        *error = QStringLiteral("cannot replace %1").arg(to);
        QFile::remove(part);
        return false;
    }
    if (!QFile::rename(part, to)) {
        *error = QStringLiteral("cannot write %1").arg(to);
        QFile::remove(part);
        return false;
    }
    return true;
}

std::optional<int> schemaVersionOf(const QString &file, QString *error)
{
    if (!QFileInfo(file).isFile()) {
        *error = QStringLiteral("there is no file %1").arg(file);
        return std::nullopt;
    }
    Handle db = open(file, SQLITE_OPEN_READWRITE, error);
    if (!db || !sound(db.get(), file, error))
        return std::nullopt;
    QString why;
    const auto version = firstValue(db.get(), "SELECT MAX(version) FROM schema_version", &why);
    if (!version || version->toInt() <= 0) {
        *error = QStringLiteral("%1 is not a pakn-server database: %2").arg(file, why);
        return std::nullopt;
    }
    return version->toInt();
}

} // namespace pakn::server::SqliteBackup
