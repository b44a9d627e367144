#pragma once

// Scoped database transaction: begins on construction and rolls back on
// destruction unless commit() succeeded, so an early return or a failed
// statement never leaves half a change behind. Savepoints (one level, for a
// group commit: CommitGroup) let one part of the transaction be undone alone;
// on PostgreSQL that is also what clears a failed statement's abort state.
// On SQLite the transaction holds the write lock from its start (BEGIN
// IMMEDIATE): the server writes through two connections.

#include <QSqlDatabase>
#include <QString>

namespace pakn::server {

class TransactionGuard
{
public:
    explicit TransactionGuard(QSqlDatabase db);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    bool isActive() const { return m_active; } // false if BEGIN failed
    bool commit();
    // SAVEPOINT / RELEASE / ROLLBACK TO (then RELEASE) of the one savepoint.
    bool setSavepoint();
    bool releaseSavepoint();
    bool rollBackToSavepoint();
    QString errorText() const;

private:
    bool run(const QString &statement);

    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace pakn::server
