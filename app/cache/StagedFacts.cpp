#include "cache/StagedFacts.h"

#include "cache/CacheSql.h"
#include "cache/CaseFactStore.h"
#include "cache/FactDayStore.h"
#include "cache/SqliteHandle.h"

namespace pakn {

StagedFacts::StagedFacts(QSqlDatabase db) : m_db(std::move(db)) {}

bool StagedFacts::stage(CaseId caseId, qint64 version, const QList<CaseFact> &facts, QString *error)
{
    if (!m_insert.isPrepared()) {
        sqlite3 *sqlite = sqliteHandleOf(m_db, error);
        if (!sqlite ||
            !m_insert.prepare(
                sqlite,
                QStringLiteral("INSERT INTO case_facts_staged (version, ") + caseFactColumns() +
                    QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                error))
            return false;
    }
    for (const QVariantList &row : caseFactRows(caseId, facts))
        if (!m_insert.run(QVariantList{version} + row, error))
            return false;
    return true;
}

bool StagedFacts::moveAll(QString *error)
{
    const QString columns = caseFactColumns();
    QString picked = QStringLiteral("s.") + columns;
    picked.replace(QStringLiteral(", "), QStringLiteral(", s."));
    // The outer loop over the staged rows, each looking its case up by id.
    const QString current =
        QStringLiteral(" FROM case_facts_staged s CROSS JOIN cases c INDEXED BY cases_by_id"
                       " ON c.id = s.case_id AND c.version = s.version");
    const std::optional<bool> staged =
        cacheTableHoldsRows(m_db, QStringLiteral("case_facts_staged"), error);
    if (!staged || !*staged)
        return staged.has_value(); // nothing staged: no day becomes stale
    // Facts a write made in place meanwhile (CaseWriter: a case the user acted
    // on) give way to those staged for the version the row now holds.
    const std::optional<bool> inPlace =
        cacheTableHoldsRows(m_db, QStringLiteral("case_facts"), error);
    if (!inPlace)
        return false;
    const auto run = [&](const QString &sql) {
        return runCacheSql(m_db, sql, {}, "staged facts", error);
    };
    return (!*inPlace || run(QStringLiteral("DELETE FROM case_facts WHERE case_id IN"
                                            " (SELECT s.case_id") +
                             current + QStringLiteral(")"))) &&
           run(QStringLiteral("INSERT OR REPLACE INTO case_facts (") + columns +
               QStringLiteral(") SELECT ") + picked + current +
               QStringLiteral(" ORDER BY s.at, s.case_id, s.seq")) &&
           run(QStringLiteral("DELETE FROM case_facts_staged")) &&
           FactDayStore(m_db).markFactDaysStale(error);
}

} // namespace pakn
