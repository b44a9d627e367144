#pragma once

// Turns a CaseQuery into SQL over the cache: the queue's filter, the folded
// word-prefix search, the sort column and the keyset condition. Column names
// come from a fixed table; every user-supplied value is a bound parameter.
// Internal to CaseStore; separate so the statements can be inspected in tests.
//
// Which index drives a query depends on how many rows the filter and the
// search match, so QueryShapes measures both (counts capped at kSmallSet) and
// CaseStore passes the QueryShape: a small set is read through its own index
// and sorted; a large one is checked row by row while walking the sort column's index,
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
// A search is "rare" below this many matches: collecting them from the full-text
// index and sorting them is then cheaper than checking rows in the sort order
// until a page is full. Measured at 1,000,000 cases (docs/PERFORMANCE.md) the two
// cost the same near 20,000 matches (about 2% of the cache).
constexpr int kRareSearch = 20000;
// Up to this many matches (4% of 1,000,000) the set of matches is still cheap to
// collect, and checking each row met in the sort order against it needs no row
// read; above, reading the row's folded text is cheaper than collecting the set.
constexpr int kCommonSearch = 40000;

// A search's first rows (at most kFirstRowsAtMost: a screenful) are looked for
// among the queue's next kFirstRowsWalk rows, each checked on its folded text,
// before its matches are counted: the count takes longer than the walk for
// any word common enough to fill the rows there (one case in forty), and a
// rarer one loses only that walk, as the rest is read as counted.
constexpr int kFirstRowsAtMost = 100;
constexpr int kFirstRowsWalk = 1000;

// How many rows the search matches, which decides how it is checked.
enum class SearchSize
{
    Common,   // kCommonSearch or more: each row met is checked on its folded text
    Middling, // each row met is checked against the set of matches
    Rare,     // under kRareSearch: the matches are read first and sorted
};

struct QueryShape
{
    bool smallQueue = false; // the queue's filter matches fewer than kSmallSet rows
    SearchSize search = SearchSize::Common;
};

// The FTS5 expression for a user's search text: each folded word becomes a
// quoted prefix term, all ANDed ("duong"* "lang"*). Empty when there is no word.
QString ftsExpressionFor(const QString &search);
// The same words as whole words ("duong" "lang"): what they match is a part of
// what the prefixes match, and counting it reads one list per word, where a
// prefix merges the lists of every word that starts with it (40 ms for "duong"*
// at 1,000,000 cases, against 1 ms for "duong").
QString ftsWholeWordsExpressionFor(const QString &search);
// The row-by-row check of one search word over the folded text: `glob`, with a
// space in front of the text, matches a word that starts with the search word
// ("*[^a-z0-9]duong*"); `token`, its longest run of letters and digits, must be
// in the text for that, and `instr` finds it several times faster than GLOB
// rules a row out. Longest tokens first (the rarer, as a rule). Together they
// find what the full-text index finds.
struct WordCheck
{
    QString token;
    QString glob;
};
QList<WordCheck> wordChecksFor(const QString &search);
// True when a word of the search is a single letter or digit: the full-text
// index keeps no one-character prefixes, so even counting its matches merges
// every word with that first letter (half a second at 1,000,000 cases), and such
// a prefix is never rare anyway.
bool hasOneCharacterWord(const QString &search);

// True when the query's queue is walked in index order whatever its size (the
// default order, or every case, unfiltered): its shape then hangs on the
// search alone.
bool queueShapeIsKnown(const CaseQuery &query);

// Selects the CaseRow columns then the sort value (column 10), the channel,
// version and unread mark, at most `limit` rows after `after`.
BoundSql casePageSql(const CaseQuery &query, const PageKey &after, int limit, UserId me,
                     QueryShape shape);
// The same rows' sort value (column 0) and id (column 1) only.
BoundSql caseKeysSql(const CaseQuery &query, const PageKey &after, int limit, UserId me,
                     QueryShape shape);
BoundSql caseCountSql(const CaseQuery &query, UserId me, QueryShape shape);
// The sort value and id of the row `rows` rows after `after` in the query's
// order, the search aside: where a walk of that many rows of its queue ends.
BoundSql walkEndSql(const CaseQuery &query, const PageKey &after, int rows, UserId me);
// casePageSql's rows for a common search, from those up to `until` (included).
BoundSql casePageUntilSql(const CaseQuery &query, const PageKey &after, const PageKey &until,
                          int limit, UserId me);

// Counts capped at kSmallSet and kCommonSearch, to choose the shape: the queue's
// (and filter's) rows, the search's matches.
BoundSql queueSizeSql(const CaseQuery &query, UserId me);
BoundSql searchSizeSql(const QString &ftsExpression);

} // namespace pakn
