#pragma once

// The client's local SQLite cache file: opens it under a named connection
// (one per thread), turns WAL on and checks it really is on, and brings the
// schema up to date with numbered forward migrations, each in one transaction.

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace pakn {

class CacheDatabase
{
    Q_DECLARE_TR_FUNCTIONS(pakn::CacheDatabase)

public:
    // Opens (creating if needed) the cache at `path` under `connectionName`.
    // On failure returns nullopt and a message a user can act on (e.g. the file
    // is not a database, is damaged, or the disk is read-only).
    static std::optional<CacheDatabase> open(const QString &path, const QString &connectionName,
                                             QString *error);
    ~CacheDatabase();
    CacheDatabase(CacheDatabase &&other) noexcept;
    CacheDatabase &operator=(CacheDatabase &&) = delete;
    CacheDatabase(const CacheDatabase &) = delete;

    QSqlDatabase db() const;
    QString connectionName() const { return m_connection; }
    static int schemaVersion(); // the newest migration's number

private:
    explicit CacheDatabase(QString connection) : m_connection(std::move(connection)) {}
    QString m_connection;
};

} // namespace pakn
