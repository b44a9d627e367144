#include "storage/CaseFactBackfill.h"

#include "ServerLogging.h"
#include "storage/CaseFactRepository.h"
#include "storage/CaseRepository.h"
#include "storage/TransactionGuard.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

namespace pakn::server {

namespace {

// The last case id done, or nullopt when nothing is outstanding (or on error: see `error`).
std::optional<qint64> outstanding(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT next_case_id FROM case_facts_backfill WHERE id = 1"))) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    return q.next() ? std::optional(q.value(0).toLongLong()) : std::nullopt;
}

bool record(QSqlDatabase db, std::optional<qint64> doneUpTo, QString *error)
{
    QSqlQuery q(db);
    if (doneUpTo) {
        q.prepare(QStringLiteral("UPDATE case_facts_backfill SET next_case_id = ? WHERE id = 1"));
        q.addBindValue(*doneUpTo);
    } else {
        q.prepare(QStringLiteral("DELETE FROM case_facts_backfill"));
    }
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace

CaseFactBackfill::CaseFactBackfill(QSqlDatabase db, int batchSize)
    : m_db(std::move(db)), m_batchSize(batchSize)
{}

bool CaseFactBackfill::run(QString *error)
{
    error->clear();
    std::optional<qint64> after = outstanding(m_db, error);
    if (!after)
        return error->isEmpty();
    QElapsedTimer timer;
    timer.start();
    CaseRepository cases(m_db);
    CaseFactRepository facts(m_db);
    for (;;) {
        TransactionGuard transaction(m_db);
        if (!transaction.isActive()) {
            *error = transaction.errorText();
            return false;
        }
        const QList<Case> batch = cases.pageWithHistory(*after, m_batchSize);
        if (cases.failed()) {
            *error = cases.lastError();
            return false;
        }
        for (const Case &c : batch)
            if (!facts.rewrite(c)) {
                *error = facts.lastError();
                return false;
            }
        const std::optional<qint64> next =
            batch.isEmpty() ? std::nullopt : std::optional(batch.last().id);
        if (!record(m_db, next, error))
            return false;
        if (!transaction.commit()) {
            *error = transaction.errorText();
            return false;
        }
        if (!next)
            break;
        m_built += batch.size();
        after = next;
        if (m_built % (m_batchSize * 200) == 0)
            qCInfo(lcStorage) << "building case facts:" << m_built << "cases so far";
    }
    qCInfo(lcStorage) << "built the facts of" << m_built << "cases in" << timer.elapsed() << "ms";
    return true;
}

} // namespace pakn::server
