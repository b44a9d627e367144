#pragma once

// Each case's feed JSON (what GET /feed sends as its "case": CaseJsonWriter's
// text with history and attachments) kept as UTF-8 in the case's row, so a
// feed page is one indexed range read of ready bytes (docs/PERFORMANCE.md,
// "Server throughput against nginx"). CaseRepository::appendEvents, the last
// write of every change of a case, rewrites them in the writer's transaction.
// feed_json_seq says for which seq the bytes were written: bytes of another
// seq (a writer that did not rewrite them, a renamed unit) are stale, never
// sent, and built again from the rows when a page needs them.

#include "domain/Case.h"
#include "storage/Repository.h"

#include <QHash>

namespace pakn::server {

class CaseRepository;

class CaseFeedJson : public Repository
{
public:
    struct Stored
    {
        UnitId unitId = 0;
        QByteArray json; // empty when stale
    };

    CaseFeedJson(QSqlDatabase db, CaseRepository &cases) : Repository(std::move(db)), m_cases(cases)
    {}

    // The JSON of each case of `ids` that exists, built from its rows now.
    std::optional<QHash<CaseId, QByteArray>> build(const QList<CaseId> &ids);
    // One case's unit and stored JSON (for GET /cases/{id}); nullopt when the
    // case does not exist or the database failed (failed() tells which).
    std::optional<Stored> stored(CaseId id);
    // Builds the JSON of `ids` and stores it for each case's current seq.
    // Inside the writer's transaction.
    bool rewrite(const QList<CaseId> &ids);
    // The JSON of `c` as it is in memory, for a writer that holds the case as
    // it has just stored it (CaseRepository::appendEventsOf).
    static QByteArray of(const Case &c);
    // Stores `json` as the case's JSON for its current seq.
    bool store(CaseId id, const QByteArray &json);
    // Rewrites every stale or missing JSON, `batchSize` cases a transaction
    // (at start-up, after the migration that added the column); `done` counts them.
    bool refillStale(int batchSize, qint64 *done);

private:
    CaseRepository &m_cases;
};

} // namespace pakn::server
