#pragma once

// Scoped database transaction: begins on construction and rolls back on
// destruction unless commit() succeeded, so an early return or a failed
// statement never leaves half a change behind.

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
    QString errorText() const;

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace pakn::server
