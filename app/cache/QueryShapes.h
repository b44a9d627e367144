#pragma once

// Chooses the shape a query is read with (CaseQuerySql.h: which index drives,
// how the search is checked) by counting, capped, how many rows its queue and
// its search match, and remembers the choice for the last query read for a
// page and the last one counted. Counting two common words costs more than
// reading a page of them, and one query is read several times in a row: its
// first rows, the rest of its first page, the pages scrolled to, its count.
// The choice only decides speed, never which rows come back; it is counted
// again when the query changes or anything was written to the cache.
// One per connection (CaseStore keeps it), used on that connection's thread.

#include "cache/CaseQuerySql.h"

#include <QSqlDatabase>
#include <optional>

namespace pakn {

class QueryShapes
{
public:
    QueryShape forPage(const QSqlDatabase &db, const CaseQuery &query, UserId me);
    QueryShape forCount(const QSqlDatabase &db, const CaseQuery &query, UserId me);
    // forPage's shape when it is known without measuring it.
    std::optional<QueryShape> recalled(const QSqlDatabase &db, const CaseQuery &query,
                                       UserId me) const;

private:
    struct Remembered
    {
        CaseQuery query; // `now` aside: it moves the deadline queues, not their sizes
        UserId me = 0;
        std::pair<qint64, qint64> writes; // writesSeen() when it was counted
        QueryShape shape;
    };
    QueryShape recall(std::optional<Remembered> &slot, const QSqlDatabase &db,
                      const CaseQuery &query, UserId me, bool forCount);
    static bool holds(const std::optional<Remembered> &slot, const CaseQuery &query, UserId me,
                      const std::pair<qint64, qint64> &writes);

    std::optional<Remembered> m_page;
    std::optional<Remembered> m_count;
};

} // namespace pakn
