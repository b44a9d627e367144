#include "storage/TransactionGuard.h"

#include "ServerLogging.h"

#include <QSqlError>

namespace pakn::server {

TransactionGuard::TransactionGuard(QSqlDatabase db) : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active)
        qCWarning(lcStorage) << "cannot begin a transaction:" << m_db.lastError().text();
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

QString TransactionGuard::errorText() const
{
    return m_db.lastError().text();
}

} // namespace pakn::server
