#include "storage/Database.h"

#include "ServerLogging.h"
#include "storage/CaseFactBackfill.h"
#include "storage/CaseRepository.h"
#include "storage/DatabaseUrl.h"
#include "storage/Dialect.h"
#include "storage/Migrations.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace pakn::server {

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("pakn-server-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Any constant shared by every pakn-server: the key of the advisory lock that
// lets one of several servers starting at once migrate while the others wait.
constexpr qint64 migrationLockKey = 0x70616b6e; // "pakn"
} // namespace

Database::Database() : m_connectionName(nextConnectionName()) {}

Database::~Database()
{
    close();
}

bool Database::open(const QString &location, QString *error)
{
    if (!join(location, error))
        return false;
    if (!migrate(error)) {
        close(); // after every handle on the connection is gone
        return false;
    }
    qCInfo(lcStorage) << "database open:" << m_shownName;
    return true;
}

bool Database::join(const QString &location, QString *error)
{
    close();
    m_path = location;
    m_shownName = location;
    const bool opened = DatabaseUrl::isPostgres(location) ? openPostgres(location, error)
                                                          : openSqlite(location, error);
    if (!opened)
        close();
    return opened;
}

bool Database::openSqlite(const QString &path, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    // Another process (a backup, a sqlite3 shell) may hold the lock briefly.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = QStringLiteral("cannot open database %1: %2").arg(path, db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    // The first statement that touches the file tells whether it is a database at all.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()) {
        *error = QStringLiteral("cannot use database %1 (damaged or not an SQLite "
                                "database?): %2")
                     .arg(path, q.lastError().text());
        return false;
    }
    const QString mode = q.value(0).toString().toLower();
    if (mode != QLatin1String("wal")) {
        *error = QStringLiteral("database %1 refused WAL mode (journal_mode is %2); "
                                "is it on a network file system?")
                     .arg(path, mode);
        return false;
    }
    // synchronous stays at Debian's FULL: an action the server acknowledged
    // must survive a power cut, and the server commits once per action.
    // n2: actions commit in groups (CommitGroup) of many scattered pages; a
    // checkpoint every 1000 pages copied the same hot pages into the file over
    // and over. Every 16,000 (64 MB of WAL) copies each of them once.
    if (!q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=16000")) ||
        !q.exec(QStringLiteral("PRAGMA foreign_keys=ON"))) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool Database::openPostgres(const QString &url, QString *error)
{
    const auto parsed = DatabaseUrl::parse(url, error);
    if (!parsed)
        return false;
    m_shownName = parsed->redacted();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid()) {
        *error = QStringLiteral("cannot use %1: Qt's PostgreSQL driver (QPSQL, Debian package "
                                "libqt6sql6-psql) is not installed")
                     .arg(m_shownName);
        return false;
    }
    db.setHostName(parsed->host);
    db.setPort(parsed->port);
    db.setUserName(parsed->user);
    db.setPassword(parsed->password);
    db.setDatabaseName(parsed->name);
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=pakn-server"));
    if (!db.open()) {
        *error =
            QStringLiteral("cannot open database %1: %2").arg(m_shownName, db.lastError().text());
        return false;
    }
    // Times are stored as numbers, but a session time zone keeps any server-side
    // time function (and the logs) in UTC like the rest of the server.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SET TIME ZONE 'UTC'"))) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

namespace {
// Cases without ready feed JSON (a database from before schema 10, a renamed unit) get it here.
bool refillFeedJson(QSqlDatabase db, QString *error)
{
    CaseRepository cases(db);
    qint64 done = 0;
    if (!cases.feedJson().refillStale(500, &done)) {
        *error = cases.feedJson().lastError();
        return false;
    }
    if (done > 0)
        qCInfo(lcStorage) << "wrote the feed JSON of" << done << "cases";
    return true;
}
} // namespace

bool Database::migrate(QString *error)
{
    QSqlDatabase db = connection();
    QSqlQuery lock(db);
    const bool shared = Dialect::isPostgres(db);
    // Several servers on one PostgreSQL database may start at once: one migrates, the others wait.
    if (shared) {
        lock.prepare(QStringLiteral("SELECT pg_advisory_lock(?)"));
        lock.addBindValue(migrationLockKey);
        if (!lock.exec()) {
            *error = lock.lastError().text();
            return false;
        }
        lock.finish();
    }
    QString migrationError;
    bool ok = Migrations::run(db, &migrationError);
    if (!ok)
        *error = QStringLiteral("database %1: %2").arg(m_shownName, migrationError);
    // A database from before the facts table gets its facts once, here.
    else if (!CaseFactBackfill(db).run(&migrationError)) {
        *error = QStringLiteral("database %1: building the case facts failed: %2")
                     .arg(m_shownName, migrationError);
        ok = false;
    } else if (!refillFeedJson(db, &migrationError)) {
        *error = QStringLiteral("database %1: writing the cases' feed JSON failed: %2")
                     .arg(m_shownName, migrationError);
        ok = false;
    }
    if (shared) {
        lock.prepare(QStringLiteral("SELECT pg_advisory_unlock(?)"));
        lock.addBindValue(migrationLockKey);
        lock.exec();
    }
    return ok;
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

bool Database::isPostgres() const
{
    return isOpen() && Dialect::isPostgres(connection());
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

} // namespace pakn::server
