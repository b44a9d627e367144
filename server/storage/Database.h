#pragma once

// The server's SQLite database: one named QtSql connection that this object
// owns, opened in WAL mode (verified) and migrated to the current schema.
// Repositories take the connection from here; they never open their own.

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

    // Opens (creating if needed) and migrates. On failure the message says
    // what is wrong with which file: missing directory, not a database, …
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }

private:
    bool openConnection(const QString &path, QString *error);

    QString m_connectionName;
    QString m_path;
};

} // namespace pakn::server
