#pragma once

// The facts of a first sync into an empty cache, kept aside until its end.
// case_facts is clustered by time and the feed comes in change order, so
// writing each case's facts in place costs B-tree inserts all over the table
// (and the pages they dirty, in every commit); the staging table
// (case_facts_staged, cache migration 12) only grows at its end. moveAll()
// copies them into case_facts in the table's own order, keeping of each case
// only the facts staged with the version its row holds (not those of a case
// the feed sent again or removed, or whose row CaseWriter rewrote), and marks
// their days stale for FactDayStore. Until then the figures do not count the
// staged facts. Runs inside the caller's transaction.

#include "cache/SqliteStatement.h"
#include "domain/CaseFacts.h"

#include <QSqlDatabase>

namespace pakn {

class StagedFacts
{
public:
    explicit StagedFacts(QSqlDatabase db);

    bool stage(CaseId caseId, qint64 version, const QList<CaseFact> &facts, QString *error);
    // Moves whatever is staged (nothing: no-op) into case_facts.
    bool moveAll(QString *error);

private:
    QSqlDatabase m_db;
    SqliteStatement m_insert;
};

} // namespace pakn
