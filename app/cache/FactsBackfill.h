#pragma once

// Gives the cases cached before the case_facts table existed (cache migration
// 6) their facts, read off the cached JSON, a batch at a time — each batch its
// own transaction, resuming after the last case id done (kept in meta), so it
// can be stopped at any point and the desk never waits for a million cases.
// Cases written since the migration already have their facts (CaseWriter) and
// are skipped. Runs on a connection of its own, never the GUI's.

#include "domain/Case.h"

#include <QSqlDatabase>

namespace pakn {

class FactsBackfill
{
public:
    explicit FactsBackfill(QSqlDatabase db);

    // True when every cached case has its facts (nothing left to backfill).
    bool done() const;
    struct Progress
    {
        qint64 done = 0;  // cases up to the resume point
        qint64 total = 0; // cases cached
    };
    Progress progress() const;
    // Writes the facts of up to `batchSize` more cases in one transaction and
    // moves the resume point; how many cases it went past, -1 with `error`.
    // A case whose JSON cannot be read gets no facts (logged) rather than stopping the rest.
    int runBatch(int batchSize, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace pakn
