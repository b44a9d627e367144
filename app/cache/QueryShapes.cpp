#include "cache/QueryShapes.h"

#include "cache/CacheSql.h"

#include <QSqlQuery>

namespace pakn {

namespace {

std::optional<qint64> scalar(const QSqlDatabase &db, const BoundSql &bound)
{
    return cacheScalar(db, bound.sql, bound.values, "query shape");
}

// Which index should drive: see CaseQuerySql.h.
QueryShape measure(const QSqlDatabase &db, const CaseQuery &query, UserId me, bool forCount)
{
    QueryShape shape;
    if (!forCount && !queueShapeIsKnown(query))
        shape.smallQueue = scalar(db, queueSizeSql(query, me)).value_or(0) < kSmallSet;
    const QString match = ftsExpressionFor(query.search);
    if (!match.isEmpty() && !(forCount && query.queue == Queue::All && query.filter.isEmpty()) &&
        !hasOneCharacterWord(query.search)) {
        const auto matches = [&db](const QString &expression) {
            return scalar(db, searchSizeSql(expression)).value_or(0);
        };
        // Whole words that are common already make the prefixes common.
        const qint64 n = matches(ftsWholeWordsExpressionFor(query.search)) >= kCommonSearch
                             ? kCommonSearch
                             : matches(match);
        shape.search = n < kRareSearch     ? SearchSize::Rare
                       : n < kCommonSearch ? SearchSize::Middling
                                           : SearchSize::Common;
    }
    return shape;
}

// What was written to the cache file so far: by this connection (its total
// changes) and by the others (SQLite's data_version moves on their commits).
// Reading both touches no page.
std::optional<std::pair<qint64, qint64>> writesSeen(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT total_changes(), (SELECT data_version FROM pragma_data_version)")) ||
        !q.next())
        return std::nullopt;
    return std::pair{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

bool sameQuery(const CaseQuery &a, const CaseQuery &b)
{
    return a.queue == b.queue && a.search == b.search && a.sortColumn == b.sortColumn &&
           a.order == b.order && a.filter == b.filter;
}

} // namespace

QueryShape QueryShapes::forPage(const QSqlDatabase &db, const CaseQuery &query, UserId me)
{
    return recall(m_page, db, query, me, false);
}

QueryShape QueryShapes::forCount(const QSqlDatabase &db, const CaseQuery &query, UserId me)
{
    return recall(m_count, db, query, me, true);
}

std::optional<QueryShape> QueryShapes::recalled(const QSqlDatabase &db, const CaseQuery &query,
                                                UserId me) const
{
    const auto writes = writesSeen(db);
    if (writes && holds(m_page, query, me, *writes))
        return m_page->shape;
    return std::nullopt;
}

bool QueryShapes::holds(const std::optional<Remembered> &slot, const CaseQuery &query, UserId me,
                        const std::pair<qint64, qint64> &writes)
{
    return slot && slot->me == me && slot->writes == writes && sameQuery(slot->query, query);
}

QueryShape QueryShapes::recall(std::optional<Remembered> &slot, const QSqlDatabase &db,
                               const CaseQuery &query, UserId me, bool forCount)
{
    const auto writes = writesSeen(db);
    if (!writes) { // cannot tell whether the cache changed: count again
        slot.reset();
        return measure(db, query, me, forCount);
    }
    if (holds(slot, query, me, *writes))
        return slot->shape;
    slot = Remembered{query, me, *writes, measure(db, query, me, forCount)};
    return slot->shape;
}

} // namespace pakn
