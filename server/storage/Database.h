#pragma once

// The server's database: one named QtSql connection that this object owns,
// used on the thread that opened it, migrated to the current schema. Either
// an SQLite file (WAL mode, verified) or a PostgreSQL database given as a
// postgresql:// URL (DatabaseUrl), which several servers may share.
// Repositories take the connection from here; they never open their own (a
// second thread opens a second Database with join()).

#include <QSqlDatabase>
#include <QString>

namespace pakn::server {

class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating an SQLite file if needed) and migrates. `location` is a
    // file path or a postgresql:// URL. On failure the message says what is
    // wrong with which database (never with its password).
    bool open(const QString &location, QString *error);
    // Another connection to a database that open() already migrated (for a
    // second thread of the same server: ActionWriter); the same settings, no migration.
    bool join(const QString &location, QString *error);
    void close();
    bool isOpen() const;
    bool isPostgres() const;

    QSqlDatabase connection() const;
    QString path() const { return m_path; } // as given to open()

private:
    bool openSqlite(const QString &path, QString *error);
    bool openPostgres(const QString &url, QString *error);
    bool migrate(QString *error);

    QString m_connectionName;
    QString m_path;
    QString m_shownName; // for messages and logs: the path, or the URL without its password
};

} // namespace pakn::server
