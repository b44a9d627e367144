#pragma once

// Moves the JSON of the cases cached before the narrow row (cache migration 9)
// out of their list rows into case_json, a batch of cases per transaction,
// resuming after the last case id moved (kept in meta). Done in place by the
// migration it took minutes at 1,000,000 cases (3 GB of JSON copied, every
// row rewritten) with the desk frozen at start; in batches the desk starts at
// once and reads a case not moved yet from its row (CaseStore::caseById).
// A case written since the migration is moved already (CaseWriter). Runs on
// the backfill thread's connection, never the GUI's.

#include <QSqlDatabase>

namespace pakn {

class CaseJsonMove
{
public:
    explicit CaseJsonMove(QSqlDatabase db);

    // True when no case keeps its JSON in its list row.
    bool done() const;
    // Moves the JSON of up to `batchSize` more cases in one transaction; how
    // many cases it went past (0: done), -1 with `error`.
    int runBatch(int batchSize, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace pakn
