#include "storage/Database.h"

#include "ServerLogging.h"
#include "storage/CaseFactBackfill.h"
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
} // namespace

Database::Database() : m_connectionName(nextConnectionName()) {}

Database::~Database()
{
    close();
}

bool Database::open(const QString &path, QString *error)
{
    close();
    m_path = path;
    if (!openConnection(path, error)) {
        close(); // after every handle on the connection is gone
        return false;
    }
    qCInfo(lcStorage) << "database open:" << path;
    return true;
}

bool Database::openConnection(const QString &path, QString *error)
{
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
        if (!q.exec(QStringLiteral("PRAGMA foreign_keys=ON"))) {
            *error = q.lastError().text();
            return false;
        }
        QString migrationError;
        if (!Migrations::run(db, &migrationError)) {
            *error = QStringLiteral("database %1: %2").arg(path, migrationError);
            return false;
        }
        // A database from before the facts table gets its facts once, here.
        if (!CaseFactBackfill(db).run(&migrationError)) {
            *error = QStringLiteral("database %1: building the case facts failed: %2")
                         .arg(path, migrationError);
            return false;
        }
    }
    return true;
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

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

} // namespace pakn::server
