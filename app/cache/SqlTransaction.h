#pragma once

// One write transaction on the cache, rolled back unless committed (RAII), so
// an early return or an error never leaves half a change behind.
//
// It starts with BEGIN IMMEDIATE: two connections (GUI and sync thread) that
// read and then write would otherwise fail to upgrade a stale WAL read
// snapshot; taking the write lock up front makes the second writer wait (busy
// timeout) instead. A guard opened while another is open on the same
// connection joins it: the outer one decides, and refuses to commit when an
// inner one ended without committing.

#include <QSqlDatabase>
#include <QString>

namespace pakn {

class SqlTransaction
{
public:
    explicit SqlTransaction(const QSqlDatabase &db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    bool isActive() const { return m_active; }
    QString error() const { return m_error; } // why BEGIN or COMMIT failed
    bool commit();

private:
    bool run(const QString &statement);

    QSqlDatabase m_db;
    QString m_connection;
    bool m_active = false;
    bool m_joined = false;
    QString m_error;
};

} // namespace pakn
