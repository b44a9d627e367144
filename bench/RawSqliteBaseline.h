#pragma once

// The local limit the initial sync is measured against (issue 7): the rows a
// sync stored in a cache's `cases` table (and, since the narrow row, `case_json`), inserted again
// with SQLite's own C interface into an empty table of the same columns, in one transaction, with
// the cache's journal settings — no JSON, no Qt, no search index or secondary
// index. Reading the rows happens before the clock starts.

#include <QString>
#include <optional>

namespace pakn::bench {

struct RawInsert
{
    qint64 rows = 0;
    double seconds = 0;
};

// Nullopt (with a message on stderr) when a file cannot be read or written.
std::optional<RawInsert> rawInsertOfCases(const QString &cachePath, const QString &scratchPath);

} // namespace pakn::bench
