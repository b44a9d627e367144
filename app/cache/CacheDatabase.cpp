#include "cache/CacheDatabase.h"

#include "ClientLogging.h"
#include "cache/CacheSchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace pakn {

namespace {

// Checked before SQLite touches the file: a file that is not a database must be
// reported (and left alone), not overwritten or half-initialised.
bool looksLikeSqlite(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            CacheDatabase::tr("The cache file %1 cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray header = file.read(16);
    if (!header.isEmpty() && header != QByteArray("SQLite format 3", 16)) {
        *error = CacheDatabase::tr(
                     "The file %1 is not a PAKN Desk cache (it is not an SQLite database). It "
                     "was left untouched: move it away or use another profile.")
                     .arg(path);
        return false;
    }
    return true;
}

bool pragma(const QSqlDatabase &db, const QString &statement, QString *value, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(statement)) {
        *error = q.lastError().text();
        return false;
    }
    if (value)
        *value = q.next() ? q.value(0).toString() : QString();
    return true;
}

bool configure(const QSqlDatabase &db, QString *error)
{
    // Set before the first table of a new cache; an existing cache keeps its
    // own. 16 KiB pages: a case's row and its JSON take fewer pages, and
    // building an index reads the cases table in a third fewer page reads.
    if (!pragma(db, QStringLiteral("PRAGMA page_size=16384"), nullptr, error))
        return false;
    QString mode;
    if (!pragma(db, QStringLiteral("PRAGMA journal_mode=WAL"), &mode, error))
        return false;
    // Without WAL the GUI's reads would block on the sync thread's writes, and a
    // crash could lose more than the last transaction: refuse rather than limp on.
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        *error = CacheDatabase::tr("SQLite refused write-ahead logging (journal mode is \"%1\").")
                     .arg(mode);
        return false;
    }
    // In WAL mode NORMAL loses at most the last commits on power loss, never
    // consistency; Debian's default (FULL) syncs on every page of a bulk sync.
    return pragma(db, QStringLiteral("PRAGMA synchronous=NORMAL"), nullptr, error) &&
           pragma(db, QStringLiteral("PRAGMA foreign_keys=ON"), nullptr, error) &&
           pragma(db, QStringLiteral("PRAGMA cache_size=-16384"), nullptr, error);
}

} // namespace

std::optional<CacheDatabase> CacheDatabase::open(const QString &path, const QString &connectionName,
                                                 QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("The folder %1 cannot be created.").arg(info.absolutePath());
        return std::nullopt;
    }
    const bool existed = info.exists();
    if (existed && !looksLikeSqlite(path, error))
        return std::nullopt;
    if (QSqlDatabase::contains(connectionName)) {
        *error = tr("The cache is already open under the connection name %1.").arg(connectionName);
        return std::nullopt;
    }

    CacheDatabase cache(connectionName); // removes the connection again on every early return
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        if (!db.isValid()) {
            *error = tr("Qt's SQLite driver (QSQLITE) is not installed.");
            return std::nullopt;
        }
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        QString why;
        if (!db.open())
            why = db.lastError().text();
        else if (!configure(db, &why) || !migrateCache(db, schemaVersion(), &why))
            db.close();
        if (!why.isEmpty()) {
            *error = tr("The cache %1 cannot be used (%2). The file was left as it is: move "
                        "it away to start with an empty cache, or use another profile.")
                         .arg(path, why);
            qCWarning(lcCache).noquote() << *error;
            return std::nullopt;
        }
    }
    if (!existed) // it holds citizens' personal data
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return std::optional<CacheDatabase>(std::move(cache));
}

CacheDatabase::CacheDatabase(CacheDatabase &&other) noexcept
    : m_connection(std::exchange(other.m_connection, QString()))
{}

CacheDatabase::~CacheDatabase()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    } // the handle must be gone before the connection is removed
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase CacheDatabase::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

int CacheDatabase::schemaVersion()
{
    return cacheMigrations().back().version;
}

} // namespace pakn
