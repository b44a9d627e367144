#include "cache/FactsBackfill.h"

#include "ClientLogging.h"
#include "cache/CacheSql.h"
#include "cache/CaseFactStore.h"
#include "cache/CaseWriter.h"
#include "cache/ResumePoint.h"
#include "cache/SqlTransaction.h"
#include "domain/JsonCodec.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace pakn {

namespace {

const QString kResumeKey = QStringLiteral("facts_backfill_after");

qint64 countCases(const QSqlDatabase &db, qint64 upTo)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM cases WHERE id <= ?"));
    q.addBindValue(upTo);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool run(QSqlQuery &q, QString *error = nullptr)
{
    return runCacheQuery(q, "facts backfill", error);
}

} // namespace

FactsBackfill::FactsBackfill(QSqlDatabase db) : m_db(std::move(db)) {}

bool FactsBackfill::done() const
{
    return !readResumePoint(m_db, kResumeKey).has_value();
}

FactsBackfill::Progress FactsBackfill::progress() const
{
    const qint64 total = countCases(m_db, std::numeric_limits<qint64>::max());
    const std::optional<qint64> after = readResumePoint(m_db, kResumeKey);
    return {after ? countCases(m_db, *after) : total, total};
}

int FactsBackfill::runBatch(int batchSize, QString *error)
{
    SqlTransaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return -1;
    }
    // Read under the write lock: the sync thread may have written cases since.
    const std::optional<qint64> after = readResumePoint(m_db, kResumeKey);
    if (!after)
        return 0;
    QSqlQuery select(m_db);
    select.setForwardOnly(true);
    // The JSON only of the cases still without facts: in case_json, or in the
    // row while CaseJsonMove has not been past it.
    select.prepare(QStringLiteral(
        "SELECT id, facts_key, CASE WHEN facts_key = '' THEN"
        " coalesce((SELECT json FROM case_json AS j WHERE j.id = cases.id), json) END"
        " FROM cases WHERE id > ? ORDER BY id LIMIT ?"));
    select.addBindValue(*after);
    select.addBindValue(batchSize);
    if (!run(select, error))
        return -1;
    QList<Case> cases;
    qint64 last = *after;
    int went = 0;
    while (select.next()) {
        ++went;
        last = select.value(0).toLongLong();
        if (!select.value(1).toString().isEmpty())
            continue; // written since the migration: CaseWriter gave it its facts
        QString why;
        const auto c =
            caseFromJson(QJsonDocument::fromJson(select.value(2).toByteArray()).object(), &why);
        if (c)
            cases.append(*c);
        else
            qCWarning(lcCache) << "case" << last << "has no readable JSON for its facts:" << why;
    }
    select.finish();
    CaseFactStore facts(m_db);
    QSqlQuery mark(m_db);
    mark.prepare(QStringLiteral("UPDATE cases SET facts_key = ? WHERE id = ?"));
    for (const Case &c : std::as_const(cases)) {
        mark.addBindValue(factsKeyOf(c));
        mark.addBindValue(c.id);
        if (!facts.replace(c.id, caseFactsOf(c), error) || !run(mark, error))
            return -1;
    }
    QSqlQuery resume(m_db);
    if (went < batchSize) {
        resume.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
        resume.addBindValue(kResumeKey);
    } else {
        resume.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"));
        resume.addBindValue(QString::number(last));
        resume.addBindValue(kResumeKey);
    }
    if (!run(resume, error))
        return -1;
    if (!tx.commit()) {
        *error = tx.error();
        return -1;
    }
    return went;
}

} // namespace pakn
