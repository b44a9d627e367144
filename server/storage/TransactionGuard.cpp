#include "storage/TransactionGuard.h"

#include "ServerLogging.h"
#include "storage/Dialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pakn::server {

TransactionGuard::TransactionGuard(QSqlDatabase db) : m_db(std::move(db))
{
    if (Dialect::isPostgres(m_db)) {
        m_active = m_db.transaction();
        if (!m_active)
            qCWarning(lcStorage) << "cannot begin a transaction:" << m_db.lastError().text();
        return;
    }
    // SQLite: the write lock is taken at BEGIN, waiting (busy timeout) for
    // another connection's transaction to end. A deferred BEGIN would read
    // first and then fail at its first write, without waiting, whenever the
    // server's other connection (ActionWriter's) committed in between.
    QSqlQuery begin(m_db);
    m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        qCWarning(lcStorage) << "cannot begin a transaction:" << begin.lastError().text();
}

TransactionGuard::~TransactionGuard()
{
    if (m_active && !m_db.rollback())
        qCWarning(lcStorage) << "rollback failed:" << m_db.lastError().text();
}

bool TransactionGuard::commit()
{
    if (!m_active)
        return false;
    if (!m_db.commit())
        return false; // still active: the destructor rolls back
    m_active = false;
    return true;
}

bool TransactionGuard::run(const QString &statement)
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    if (q.exec(statement))
        return true;
    qCWarning(lcStorage).noquote() << statement << "failed:" << q.lastError().text();
    return false;
}

bool TransactionGuard::setSavepoint()
{
    return run(QStringLiteral("SAVEPOINT grouped"));
}

bool TransactionGuard::releaseSavepoint()
{
    return run(QStringLiteral("RELEASE SAVEPOINT grouped"));
}

bool TransactionGuard::rollBackToSavepoint()
{
    // ROLLBACK TO keeps the savepoint: released too, so the next one starts afresh.
    return run(QStringLiteral("ROLLBACK TO SAVEPOINT grouped")) && releaseSavepoint();
}

QString TransactionGuard::errorText() const
{
    return m_db.lastError().text();
}

} // namespace pakn::server
