#include "cache/SqlTransaction.h"

#include "ClientLogging.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace pakn {

namespace {
// Open outermost transactions of this thread's connections (a connection is
// only ever used on one thread), with whether a joined inner step failed.
thread_local QHash<QString, bool> t_innerFailed;
} // namespace

SqlTransaction::SqlTransaction(const QSqlDatabase &db) : m_db(db), m_connection(db.connectionName())
{
    if (t_innerFailed.contains(m_connection)) {
        m_joined = true;
        m_active = true;
        return;
    }
    m_active = run(QStringLiteral("BEGIN IMMEDIATE"));
    if (m_active)
        t_innerFailed.insert(m_connection, false);
}

SqlTransaction::~SqlTransaction()
{
    if (m_joined) {
        if (m_active)
            t_innerFailed[m_connection] = true;
        return;
    }
    if (!m_active)
        return;
    t_innerFailed.remove(m_connection);
    if (!run(QStringLiteral("ROLLBACK")))
        qCWarning(lcCache) << "rollback failed:" << m_error;
}

bool SqlTransaction::commit()
{
    if (!m_active)
        return false;
    if (m_joined) {
        m_active = false;
        return true;
    }
    if (t_innerFailed.value(m_connection)) {
        m_error =
            QCoreApplication::translate("pakn::CacheDatabase", "a step of the transaction failed");
        return false; // still active: the destructor rolls back
    }
    if (!run(QStringLiteral("COMMIT")))
        return false;
    t_innerFailed.remove(m_connection);
    m_active = false;
    return true;
}

bool SqlTransaction::run(const QString &statement)
{
    QSqlQuery q(m_db);
    if (q.exec(statement))
        return true;
    m_error = q.lastError().text();
    return false;
}

} // namespace pakn
