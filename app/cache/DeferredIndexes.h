#pragma once

// The secondary indexes a first sync builds once at its end instead of row by
// row. Into an empty cache each index entry costs a B-tree insert at a random
// place (22 for a case's row, 4 for each of its facts); CREATE INDEX over the
// loaded table sorts once. defer() drops the indexes of the cases and their facts, keeping
// their definitions in the cache (deferred_indexes, migration 11) so that an
// interrupted first sync still rebuilds them when it resumes and ends;
// restore() creates them again. Both run inside the caller's transaction.
//
// Kept while deferred: the indexes a statement names (INDEXED BY cases_by_id)
// or that a write looks rows up by (case_facts_case: the facts are replaced by
// case id). The desk reads during a first sync without the others: its queues
// scan the rows loaded so far instead of walking an index.

#include <QSqlDatabase>

namespace pakn {

class DeferredIndexes
{
public:
    explicit DeferredIndexes(QSqlDatabase db);

    // True when indexes were dropped and not yet restored.
    bool pending() const;
    bool defer(QString *error);
    bool restore(QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace pakn
