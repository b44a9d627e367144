#pragma once

// Builds the facts of every case once, for a database migrated from before
// the facts table (schema 6): the row in case_facts_backfill asks for it and
// remembers how far it got, so a server stopped midway carries on from there.
// Batches of cases, one transaction each; a count in the log.

#include <QSqlDatabase>
#include <QString>

namespace pakn::server {

class CaseFactBackfill
{
public:
    explicit CaseFactBackfill(QSqlDatabase db, int batchSize = 500);

    // Does the outstanding work, if any. False with a message when the database failed.
    bool run(QString *error);
    // Cases whose facts run() built.
    qint64 built() const { return m_built; }

private:
    QSqlDatabase m_db;
    int m_batchSize;
    qint64 m_built = 0;
};

} // namespace pakn::server
