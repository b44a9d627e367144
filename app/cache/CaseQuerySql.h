#pragma once

// Turns a CaseQuery into SQL over the cache: the queue's filter, the folded
// word-prefix search, the sort column and the keyset condition. Column names
// come from a fixed table; every user-supplied value is a bound parameter.
// Internal to CaseStore; separate so the statements can be inspected in tests.
//
// Which index drives a query depends on how many rows the filter and the
// search match, so CaseStore measures both (counts capped at kSmallSet) and
// passes the QueryShape: a small set is read through its own index and sorted;
// a large one is checked row by row while walking the sort column's index,
// which stops after one page. Measured at 200,000 cases, either way a page
// takes milliseconds, where the wrong choice takes hundreds.

#include "cache/CaseStore.h"

#include <QString>
#include <QVariantList>

namespace pakn {

struct BoundSql
{
    QString sql;
    QVariantList values; // for the positional placeholders, in order
};

constexpr int kSmallSet = 4000;

struct QueryShape
{
    bool smallQueue = false; // the queue's filter matches fewer than kSmallSet rows
    bool rareSearch = false; // the search matches fewer than kSmallSet rows
};

// The FTS5 expression for a user's search text: each folded word becomes a
// quoted prefix term, all ANDed ("duong"* "lang"*). Empty when there is no word.
QString ftsExpressionFor(const QString &search);

// Selects the CaseRow columns then the sort value (column 10), the channel,
// version and unread mark, at most `limit` rows after `after`.
BoundSql casePageSql(const CaseQuery &query, const PageKey &after, int limit, UserId me,
                     QueryShape shape);
// The same rows' sort value (column 0) and id (column 1) only.
BoundSql caseKeysSql(const CaseQuery &query, const PageKey &after, int limit, UserId me,
                     QueryShape shape);
BoundSql caseCountSql(const CaseQuery &query, UserId me, QueryShape shape);

// Counts capped at kSmallSet, to choose the shape: the queue's (and filter's)
// rows, the search's matches.
BoundSql queueSizeSql(const CaseQuery &query, UserId me);
BoundSql searchSizeSql(const QString &ftsExpression);

} // namespace pakn
