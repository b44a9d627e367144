#include "AutosavedDrafts.h"

#include "CaseStore.h"
#include "ClientLogging.h"
#include "FullDisk.h"
#include "SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pakn {

namespace {
bool setSynchronous(const QSqlDatabase &db, const QString &level, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA synchronous=") + level))
        return true;
    *error = q.lastError().text();
    return false;
}

// Restores NORMAL however the save ends.
class FullSync
{
public:
    explicit FullSync(const QSqlDatabase &db) : m_db(db) {}
    ~FullSync()
    {
        QString ignored;
        if (m_on && !setSynchronous(m_db, QStringLiteral("NORMAL"), &ignored))
            qCWarning(lcCache) << "cannot restore synchronous=NORMAL:" << ignored;
    }
    // SQLite refuses to change the level inside a transaction ("Safety level
    // may not be changed inside a transaction"), so joining one fails here.
    bool begin(QString *error)
    {
        m_on = setSynchronous(m_db, QStringLiteral("FULL"), error);
        return m_on;
    }

private:
    QSqlDatabase m_db;
    bool m_on = false;
};
} // namespace

AutosavedDrafts::AutosavedDrafts(QSqlDatabase db) : m_db(std::move(db)) {}

bool AutosavedDrafts::save(CaseId id, const QString &text, QString *error)
{
    QString ignored;
    QString *err = error ? error : &ignored;
    const bool saved = [&] {
        FullSync full(m_db);
        if (!full.begin(err))
            return false;
        SqlTransaction tx(m_db);
        CaseStore store(m_db);
        if (!tx.isActive()) {
            *err = tx.error();
            return false;
        }
        if (!store.setLocalDraft(id, text, err))
            return false;
        if (!tx.commit()) {
            *err = tx.error();
            return false;
        }
        return true;
    }();
    if (!saved)
        *err = withFullDiskExplained(*err);
    return saved;
}

QString AutosavedDrafts::text(CaseId id) const
{
    return CaseStore(m_db).localDraft(id);
}

} // namespace pakn
